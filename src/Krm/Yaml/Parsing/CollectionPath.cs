namespace Krm.Yaml;

/// <summary>
/// Where a collection being parsed sits: the chain of open collections from its document's root
/// (depth 0) down to it (depth <see cref="Depth"/>), asked level by level without allocating.
/// </summary>
internal readonly ref struct CollectionPath
{
    /// <summary>The open ancestors, root first; each node on the path is its parent's last child so far.</summary>
    private readonly OpenCollections _ancestors;
    private readonly NodeTable _table;

    internal CollectionPath(OpenCollections ancestors, NodeTable table)
    {
        _ancestors = ancestors;
        _table = table;
    }

    /// <summary>The collection's depth: 1 for a value of a document root's key.</summary>
    public int Depth => _ancestors.Count;

    /// <summary>Whether the node at <paramref name="depth"/> (1 to <see cref="Depth"/>) is the value of the key <paramref name="key"/>.</summary>
    public bool KeyIs(int depth, string key)
    {
        if (!IsParentOfKind(depth, YamlNodeKind.Mapping))
        {
            return false;
        }

        var children = _ancestors.ChildrenAt(depth - 1);
        return children.Length % 2 == 0 && IsScalarWithValue(children[^2], key);
    }

    /// <summary>Whether the node at <paramref name="depth"/> (1 to <see cref="Depth"/>) is an element of a sequence.</summary>
    public bool IsSequenceItem(int depth) => IsParentOfKind(depth, YamlNodeKind.Sequence);

    /// <summary>
    /// The plain or quoted scalar value of <paramref name="key"/> written before the node at
    /// <paramref name="depth"/> in the same mapping (a resource's <c>kind</c> before its <c>spec</c>); null if not (yet) seen.
    /// </summary>
    public string? EarlierValue(int depth, string key)
    {
        if (!IsParentOfKind(depth, YamlNodeKind.Mapping))
        {
            return null;
        }

        var children = _ancestors.ChildrenAt(depth - 1);
        for (var i = 0; i + 1 < children.Length; i += 2)
        {
            if (IsScalarWithValue(children[i], key))
            {
                var value = children[i + 1];
                return IsScalar(value) ? _table.ValueString(value) : null;
            }
        }

        return null;
    }

    private bool IsParentOfKind(int depth, YamlNodeKind kind) =>
        depth >= 1 && depth <= Depth && _table[_ancestors.At(depth - 1)].Kind == kind;

    private bool IsScalar(int id) => _table[id].Kind == YamlNodeKind.Scalar && !_table.IsAlias(id);

    private bool IsScalarWithValue(int id, string value) => IsScalar(id) && _table.ValueSpan(id).SequenceEqual(value);
}
