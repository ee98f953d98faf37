namespace Krm.Yaml;

/// <summary>How a scalar is written in the text. Collections report <see cref="None"/>.</summary>
public enum ScalarStyle
{
    /// <summary>Not a scalar.</summary>
    None,
    /// <summary><c>value</c></summary>
    Plain,
    /// <summary><c>'value'</c></summary>
    SingleQuoted,
    /// <summary><c>"value"</c></summary>
    DoubleQuoted,
    /// <summary><c>|</c> block scalar.</summary>
    Literal,
    /// <summary><c>&gt;</c> block scalar.</summary>
    Folded,
}
