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

    private YamlNode? Parent(int depth) => depth >= 1 && depth <= Depth ? _ancestors[depth - 1] : null;
}
