namespace Krm.Yaml;

/// <summary>What a <see cref="YamlNode"/> is.</summary>
public enum YamlNodeKind
{
    /// <summary>A single value.</summary>
    Scalar,
    /// <summary>Key-value entries.</summary>
    Mapping,
    /// <summary>Ordered elements.</summary>
    Sequence,
}
