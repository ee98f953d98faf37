namespace Krm.Yaml;

/// <summary>The type a <see cref="YamlValue"/> is written with.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Mirrors the YamlValue factory names.")]
public enum YamlValueKind
{
    /// <summary><c>null</c></summary>
    Null,
    /// <summary>A string.</summary>
    String,
    /// <summary>An integer.</summary>
    Int,
    /// <summary>A boolean.</summary>
    Bool,
    /// <summary>A mapping.</summary>
    Map,
    /// <summary>A sequence.</summary>
    Seq,
}
