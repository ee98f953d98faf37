namespace Krm.Yaml;

public enum YamlNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}
