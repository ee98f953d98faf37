namespace Krm.Yaml;

/// <summary>
/// Constructs the writer refuses to edit because kyaml never writes them and a splice could
/// silently change their meaning.
/// </summary>
internal static class Refusals
{
    /// <summary>
    /// Every edit starts here: the target must not be reached through a merge key, nor sit in a
    /// single-pair flow mapping or an entry with an explicit or complex key.
    /// </summary>
    public static void CheckEditable(YamlNode target)
    {
        if (target.IsMergeView)
        {
            throw target.Refusal("cannot edit a node reached only through a << merge key: edit the anchored mapping it comes from, or set the key explicitly");
        }

        var child = target;
        for (var parent = target.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent.IsSinglePair || child.IsSinglePair)
            {
                throw target.Refusal("cannot edit inside a single-pair mapping in a flow sequence ([a: 1]): write it as {a: 1}");
            }

            if (parent.Kind == YamlNodeKind.Mapping)
            {
                var index = IndexOf(parent, child);
                CheckEditableKey(parent.RawChildren[index - (index % 2)]);
            }
        }
    }

    /// <summary>A mapping to add to or remove from: all its keys must be plain implicit scalars.</summary>
    public static void CheckEditableMapping(YamlNode mapping)
    {
        CheckEditable(mapping);
        var children = mapping.RawChildren;
        for (var i = 0; i < children.Count; i += 2)
        {
            CheckEditableKey(children[i]);
        }
    }

    /// <summary>Removing text that defines an anchor some alias uses would leave the alias dangling.</summary>
    public static void CheckRemovable(YamlNode raw)
    {
        var pending = new Stack<YamlNode>();
        pending.Push(raw);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.AliasTarget is not null)
            {
                continue;
            }

            if (node.IsAliased)
            {
                throw node.Refusal($"cannot remove the node anchored &{node.Anchor}: aliases refer to it");
            }

            foreach (var child in node.RawChildren)
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>Explicit <c>? key</c> entries and non-scalar keys.</summary>
    public static void CheckEditableKey(YamlNode rawKey)
    {
        var text = rawKey.Source.Text;
        var key = rawKey.Resolved;
        if (key.Kind != YamlNodeKind.Scalar)
        {
            throw rawKey.Refusal("cannot edit an entry with a complex (collection) key");
        }

        if (IsExplicitKey(text, rawKey))
        {
            throw rawKey.Refusal($"cannot edit the explicit '? {key.Value}' entry: write it as a plain key");
        }
    }

    /// <summary>Empty flow entries (<c>[a, , b]</c>, <c>{a: 1, , }</c>) and single-pair mappings in flow sequences.</summary>
    public static void CheckEditableScalarPosition(YamlNode node)
    {
        if (node.Parent is { IsFlow: true, Kind: YamlNodeKind.Sequence } && node.Value!.Length == 0 && node.Anchor is null && node.Tag is null)
        {
            throw node.Refusal("cannot edit an empty flow sequence entry");
        }
    }

    private static int IndexOf(YamlNode parent, YamlNode child)
    {
        var children = parent.RawChildren;
        for (var i = 0; i < children.Count; i++)
        {
            if (ReferenceEquals(children[i], child))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>A <c>?</c> indicator before the key on its line.</summary>
    public static bool IsExplicitKey(string text, YamlNode rawKey)
    {
        var p = rawKey.Start - 1;
        while (p >= 0 && text[p] is ' ' or '\t' or '\r' or '\n')
        {
            p--;
        }

        return p >= 0 && text[p] == '?' && (p == 0 || text[p - 1] is ' ' or '\t' or '\n' or '{' or ',' or '[');
    }
}
