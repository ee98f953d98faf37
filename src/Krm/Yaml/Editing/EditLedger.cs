namespace Krm.Yaml;

/// <summary>
/// What the edits on one source claimed: each edited node's new value (or its removal), and each
/// entry added where none was. A second edit of one node with the same value is no change; with
/// another value it is a named conflict at the moment it is made, not an unwritable output later.
/// </summary>
internal sealed class EditLedger
{
    private readonly Dictionary<int, Claimed> _claims = [];
    private readonly Dictionary<(int Parent, string Key), Creation> _creations = [];

    /// <summary>
    /// Claims <paramref name="node"/> for <paramref name="value"/> (null: removed). False when the
    /// same edit is already recorded, so the caller records nothing.
    /// </summary>
    public bool Claim(YamlNode node, YamlValue? value, int order)
    {
        if (_claims.TryGetValue(node.Id, out var earlier))
        {
            if (Same(earlier.Value, value))
            {
                return false;
            }

            throw Conflict(node, $"{Describe(earlier.Value)}, then {Describe(value)}");
        }

        _claims[node.Id] = new Claimed(value, order);
        return true;
    }

    /// <summary>The entry an earlier edit added under <paramref name="parent"/> for <paramref name="key"/>, if any.</summary>
    public Creation? CreationOf(YamlNode parent, string key) => _creations.GetValueOrDefault((parent.Id, key));

    /// <summary>Records that the splices with orders in <c>[from, to)</c> added <paramref name="key"/> with <paramref name="value"/>.</summary>
    public void Created(YamlNode parent, string key, YamlValue value, int from, int to) =>
        _creations[(parent.Id, key)] = new Creation(value, from, to);

    public void Forget(YamlNode parent, string key) => _creations.Remove((parent.Id, key));

    public void UndoFrom(int mark)
    {
        foreach (var (id, claim) in _claims.ToList())
        {
            if (claim.Order >= mark)
            {
                _claims.Remove(id);
            }
        }

        foreach (var (key, creation) in _creations.ToList())
        {
            if (creation.From >= mark)
            {
                _creations.Remove(key);
            }
        }
    }

    public static YamlException Conflict(YamlNode node, string what) =>
        new($"conflicting edits of {NodePath.Of(node)}: {what}", node.Line, node.Column) { Node = node };

    /// <summary>Structural equality of two values (null: a removal).</summary>
    public static bool Same(YamlValue? a, YamlValue? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.Kind != b.Kind || a.Text != b.Text || a.Entries.Count != b.Entries.Count || a.Items.Count != b.Items.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Entries.Count; i++)
        {
            if (a.Entries[i].Key != b.Entries[i].Key || !Same(a.Entries[i].Value, b.Entries[i].Value))
            {
                return false;
            }
        }

        for (var i = 0; i < a.Items.Count; i++)
        {
            if (!Same(a.Items[i], b.Items[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(YamlValue? value) => value switch
    {
        null => "removed",
        { IsScalar: true } => $"set to {value}",
        _ => $"replaced with {value}",
    };

    private sealed record Claimed(YamlValue? Value, int Order);

    /// <summary>An entry added by one edit: its value and the orders of its splices.</summary>
    internal sealed record Creation(YamlValue Value, int From, int To);
}
