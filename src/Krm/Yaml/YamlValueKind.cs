namespace Krm.Yaml;

[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Mirrors the YamlValue factory names fixed by docs/architecture.md.")]
public enum YamlValueKind
{
    Null,
    String,
    Int,
    Bool,
    Map,
    Seq,
}
