namespace Krm.Yaml;

/// <summary>How a scalar is written in the text. Collections report <see cref="None"/>.</summary>
public enum ScalarStyle
{
    None,
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}
