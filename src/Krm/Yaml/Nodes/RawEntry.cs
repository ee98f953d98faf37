namespace Krm.Yaml;

/// <summary>
/// A mapping entry as written: the mapping holding it and the index of its key among the raw
/// children. <see cref="Merged"/> marks an entry found only through a <c>&lt;&lt;</c> merge key.
/// </summary>
internal readonly record struct RawEntry(YamlNode Mapping, int KeyIndex, bool Merged)
{
    public YamlNode RawKey => Mapping.ChildAt(KeyIndex);

    public YamlNode RawValue => Mapping.ChildAt(KeyIndex + 1);

    public YamlNode Key => RawKey.Resolved;

    public YamlNode Value => RawValue.Resolved;
}
