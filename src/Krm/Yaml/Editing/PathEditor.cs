namespace Krm.Yaml;

/// <summary>
/// Sets a value at a path of mapping keys, adding the mappings that are missing. Edits never change
/// the tree, so a second path through a mapping an earlier edit added merges into that edit.
/// </summary>
internal static class PathEditor
{
    public static void SetAt(YamlNode root, IReadOnlyList<string> path, YamlValue value)
    {
        if (path.Count == 0)
        {
            throw root.Refusal("SetAt needs a path of at least one key");
        }

        var current = root;
        for (var i = 0; i < path.Count; i++)
        {
            var key = path[i];
            var last = i == path.Count - 1;
            if (last)
            {
                current.Set(key, value);
                return;
            }

            var child = current.Kind == YamlNodeKind.Mapping ? current[key] : null;
            if (child is null)
            {
                AddNested(current, key, path.Skip(i + 1).ToList(), value);
                return;
            }

            if (child.Kind != YamlNodeKind.Mapping && !child.IsNull)
            {
                throw child.Refusal($"cannot set {string.Join('.', path)}: {string.Join('.', path.Take(i + 1))} is a {child.Kind.ToString().ToLowerInvariant()}, not a mapping");
            }

            current = child;
        }
    }

    /// <summary>Adds <paramref name="key"/> holding the rest of the path, or merges into the entry an earlier edit added for it.</summary>
    private static void AddNested(YamlNode parent, string key, List<string> rest, YamlValue value)
    {
        var source = parent.Source;
        if (source.Ledger.CreationOf(parent, key) is not { } earlier)
        {
            parent.Set(key, Nest(rest, value));
            return;
        }

        var merged = Merge(parent, key, earlier.Value, rest, value);
        if (EditLedger.Same(merged, earlier.Value))
        {
            return;
        }

        source.RemoveSplices(earlier.From, earlier.To);
        source.Ledger.Forget(parent, key);
        parent.Set(key, merged);
    }

    private static YamlValue Nest(List<string> path, YamlValue value)
    {
        for (var i = path.Count - 1; i >= 0; i--)
        {
            value = YamlValue.Map((path[i], value));
        }

        return value;
    }

    private static YamlValue Merge(YamlNode parent, string key, YamlValue earlier, List<string> rest, YamlValue value)
    {
        if (earlier.Kind != YamlValueKind.Map)
        {
            throw EditLedger.Conflict(parent, $"key \"{key}\" added as {earlier}, then a path through it");
        }

        var entries = earlier.Entries.ToList();
        var index = entries.FindIndex(e => e.Key == rest[0]);
        if (index < 0)
        {
            entries.Add((rest[0], Nest(rest[1..], value)));
        }
        else if (rest.Count == 1)
        {
            if (!EditLedger.Same(entries[index].Value, value))
            {
                throw EditLedger.Conflict(parent, $"{key}.{rest[0]} set to {entries[index].Value}, then to {value}");
            }
        }
        else
        {
            entries[index] = (rest[0], Merge(parent, $"{key}.{rest[0]}", entries[index].Value, rest[1..], value));
        }

        return YamlValue.Map([.. entries]);
    }
}
