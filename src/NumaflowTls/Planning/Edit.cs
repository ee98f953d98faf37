using Krm.Yaml;

namespace NumaflowTls.Planning;

/// <summary>
/// One node edit of the Krm.Yaml edit API, kept as data so a plan can be reported without being
/// applied (validateOnly, --diff). The tree is not mutated: every edit refers to the original nodes.
/// </summary>
public abstract record Edit
{
    public abstract void Apply();
}

/// <summary>Replace a scalar with a string, keeping its style (quoted when it would not read back as a string).</summary>
public sealed record SetScalarString(YamlNode Node, string Value) : Edit
{
    public override void Apply() => Node.SetString(Value);
}

/// <summary>Replace a plain scalar with an integer.</summary>
public sealed record SetScalarInt(YamlNode Node, long Value) : Edit
{
    public override void Apply() => Node.SetInt(Value);
}

/// <summary>Replace or add a key of a mapping.</summary>
public sealed record SetKey(YamlNode Mapping, string Key, YamlValue Value) : Edit
{
    public override void Apply() => Mapping.Set(Key, Value);
}

/// <summary>Remove a sequence item (index in the original sequence).</summary>
public sealed record RemoveItem(YamlNode Sequence, int Index) : Edit
{
    public override void Apply() => Sequence.RemoveAt(Index);
}

/// <summary>Insert a sequence item before the original item at <paramref name="Index"/>.</summary>
public sealed record InsertItem(YamlNode Sequence, int Index, YamlValue Value) : Edit
{
    public override void Apply() => Sequence.Insert(Index, Value);
}

/// <summary>Append a sequence item.</summary>
public sealed record AppendItem(YamlNode Sequence, YamlValue Value) : Edit
{
    public override void Apply() => Sequence.Append(Value);
}
