namespace Krm.Yaml;

/// <summary>
/// Where a collection being parsed sits: the chain of open collections from its document's root
/// (depth 0) down to it (depth <see cref="Depth"/>), asked level by level without allocating.
/// </summary>
public readonly ref struct CollectionPath
{
    /// <summary>The open ancestors, root first; each node on the path is its parent's last child so far.</summary>
    private readonly IReadOnlyList<YamlNode> _ancestors;

    internal CollectionPath(IReadOnlyList<YamlNode> ancestors) => _ancestors = ancestors;

    /// <summary>The collection's depth: 1 for a value of a document root's key.</summary>
    public int Depth => _ancestors.Count;

    /// <summary>Whether the node at <paramref name="depth"/> (1 to <see cref="Depth"/>) is the value of the key <paramref name="key"/>.</summary>
    public bool KeyIs(int depth, string key) =>
        Parent(depth) is { Kind: YamlNodeKind.Mapping } mapping
        && mapping.RawChildren.Count % 2 == 0
        && mapping.RawChildren[^2] is { Kind: YamlNodeKind.Scalar, AliasTarget: null } keyNode
        && keyNode.ValueEquals(key);

    /// <summary>Whether the node at <paramref name="depth"/> (1 to <see cref="Depth"/>) is an element of a sequence.</summary>
    public bool IsSequenceItem(int depth) => Parent(depth) is { Kind: YamlNodeKind.Sequence };

    /// <summary>
    /// The plain or quoted scalar value of <paramref name="key"/> written before the node at
    /// <paramref name="depth"/> in the same mapping (a resource's <c>kind</c> before its <c>spec</c>); null if not (yet) seen.
    /// </summary>
    public string? EarlierValue(int depth, string key)
    {
        if (Parent(depth) is not { Kind: YamlNodeKind.Mapping } mapping)
        {
            return null;
        }

        var children = mapping.RawChildren;
        for (var i = 0; i + 1 < children.Count; i += 2)
        {
            if (children[i] is { Kind: YamlNodeKind.Scalar, AliasTarget: null } k && k.ValueEquals(key))
            {
                return children[i + 1] is { Kind: YamlNodeKind.Scalar, AliasTarget: null } value ? value.Value : null;
            }
        }

        return null;
    }

    private YamlNode? Parent(int depth) => depth >= 1 && depth <= Depth ? _ancestors[depth - 1] : null;
}
