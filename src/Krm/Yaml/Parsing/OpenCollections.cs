namespace Krm.Yaml;

/// <summary>
/// The collections a <see cref="TreeBuilder"/> has open, outermost first, with the children each has
/// so far. Children reach the <see cref="NodeTable"/> when their collection closes, as one run.
/// </summary>
internal sealed class OpenCollections(NodeTable table)
{
    private readonly List<int> _ids = [];
    private readonly List<int> _childrenFrom = [];
    private readonly List<HashSet<string>?> _keySets = [];
    private int[] _children = new int[64];
    private int _childCount;

    public int Count => _ids.Count;

    public int Innermost => _ids[^1];

    /// <summary>The open collection at <paramref name="level"/> (0: a document's root).</summary>
    public int At(int level) => _ids[level];

    /// <summary>The children so far of the collection at <paramref name="level"/>: the next level's collection is its last.</summary>
    public ReadOnlySpan<int> ChildrenAt(int level)
    {
        var from = _childrenFrom[level];
        var to = level + 1 < _ids.Count ? _childrenFrom[level + 1] : _childCount;
        return _children.AsSpan(from, to - from);
    }

    public ReadOnlySpan<int> InnermostChildren => ChildrenAt(_ids.Count - 1);

    /// <summary>The innermost mapping's keys once it has too many to compare one by one; null until then.</summary>
    public HashSet<string>? InnermostKeys
    {
        get => _keySets[^1];
        set => _keySets[^1] = value;
    }

    /// <summary>Opens <paramref name="id"/>, already attached to the collection holding it.</summary>
    public void Open(int id)
    {
        _ids.Add(id);
        _childrenFrom.Add(_childCount);
        _keySets.Add(null);
    }

    public void Attach(int child)
    {
        if (_childCount == _children.Length)
        {
            Array.Resize(ref _children, _childCount * 2);
        }

        _children[_childCount++] = child;
    }

    /// <summary>Closes the innermost collection, storing its children; returns its id.</summary>
    public int Close()
    {
        var id = _ids[^1];
        var from = _childrenFrom[^1];
        table.SetChildren(id, _children.AsSpan(from, _childCount - from));
        _childCount = from;
        _ids.RemoveAt(_ids.Count - 1);
        _childrenFrom.RemoveAt(_childrenFrom.Count - 1);
        _keySets.RemoveAt(_keySets.Count - 1);
        return id;
    }
}
