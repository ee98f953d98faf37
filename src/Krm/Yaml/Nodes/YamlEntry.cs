namespace Krm.Yaml;

/// <summary>One key/value pair of a mapping; both nodes already follow aliases.</summary>
public sealed record YamlEntry(YamlNode Key, YamlNode Value);
