namespace Krm.Yaml;

/// <summary>
/// The nodes of one <see cref="YamlSource"/> as records in a few large arrays. A 10,000-item
/// ResourceList has ~600k nodes; as objects, the GC spent more time tracing and promoting them than
/// the parser took to read the text. Records hold no references, so the GC skips them;
/// a <see cref="YamlNode"/> object is made only for a node someone reads, one per record.
/// </summary>
internal sealed class NodeTable(YamlSource source)
{
    // Fixed-size chunks, never one growing array: growing copies everything and, past 85 KB, each
    // copy is a new large object that brings on a full collection. Records (96 KB a chunk) and
    // child ids (128 KB) sit on the large object heap, never moved; node objects in 8 KB chunks,
    // made only where someone reads.
    private const int RecordShift = 12;
    private const int ChildShift = 15;
    private const int ObjectShift = 10;

    private NodeRecord[][] _records = [];
    private int[][] _childIds = [];
    private int _childChunks;
    private int _childIdsInLast;
    private YamlNode?[]?[] _objects = [];
    private readonly List<string> _strings = [];
    private readonly Dictionary<int, NodeExtras> _extras = [];

    public int Count { get; private set; }

    /// <summary>An eager parse of the whole text, for deferred collections that parse only in context (see <c>TreeBuilder.BuildDeferred</c>).</summary>
    public List<YamlNode>? EagerDocuments { get; set; }

    /// <summary>The record of <paramref name="id"/>.</summary>
    public ref NodeRecord this[int id] => ref _records[id >> RecordShift][id & ((1 << RecordShift) - 1)];

    public int Add(YamlNodeKind kind, int start, int end)
    {
        var chunk = Count >> RecordShift;
        if (chunk == _records.Length || _records[chunk] is null)
        {
            if (chunk == _records.Length)
            {
                Array.Resize(ref _records, Math.Max(4, chunk * 2));
            }

            _records[chunk] = new NodeRecord[1 << RecordShift];
        }

        this[Count] = new NodeRecord { Kind = kind, Start = start, End = end, Parent = -1, Value = kind == YamlNodeKind.Scalar ? -1 : 0 };
        return Count++;
    }

    /// <summary>The node object for <paramref name="id"/>: always the same one, so nodes compare by reference.</summary>
    public YamlNode Node(int id)
    {
        var chunk = id >> ObjectShift;
        if (chunk >= _objects.Length)
        {
            Array.Resize(ref _objects, Math.Max((Count >> ObjectShift) + 1, _objects.Length * 2));
        }

        var objects = _objects[chunk] ??= new YamlNode?[1 << ObjectShift];
        return objects[id & ((1 << ObjectShift) - 1)] ??= new YamlNode(source, this, id);
    }

    public ReadOnlySpan<int> Children(int id)
    {
        ref var record = ref this[id];
        return record.ChildCount == 0 ? default : _childIds[record.FirstChild >> ChildShift].AsSpan(record.FirstChild & ((1 << ChildShift) - 1), record.ChildCount);
    }

    /// <summary>Stores a closed collection's children as one run (never split across chunks) and points them at it.</summary>
    public void SetChildren(int id, ReadOnlySpan<int> children)
    {
        ref var record = ref this[id];
        record.ChildCount = children.Length;
        if (children.IsEmpty)
        {
            return;
        }

        var chunkSize = 1 << ChildShift;
        if (_childChunks == 0 || _childIdsInLast + children.Length > _childIds[_childChunks - 1].Length)
        {
            if (_childChunks == _childIds.Length)
            {
                Array.Resize(ref _childIds, Math.Max(4, _childChunks * 2));
            }

            // A run longer than a chunk (a list of 100k items) gets a chunk of its own size.
            _childIds[_childChunks++] = new int[Math.Max(chunkSize, children.Length)];
            _childIdsInLast = 0;
        }

        children.CopyTo(_childIds[_childChunks - 1].AsSpan(_childIdsInLast));
        record.FirstChild = ((_childChunks - 1) << ChildShift) | _childIdsInLast; // an own-size chunk is filled from 0
        _childIdsInLast += children.Length;
        foreach (var child in children)
        {
            this[child].Parent = id;
            if (IsAlias(child))
            {
                record.Flags |= NodeFlags.HasAliasChild;
            }
        }
    }

    /// <summary>A deferred collection takes the children its own parse gave <paramref name="builtId"/>.</summary>
    public void AdoptChildren(int id, int builtId)
    {
        ref var record = ref this[id];
        ref var built = ref this[builtId];
        record.FirstChild = built.FirstChild;
        record.ChildCount = built.ChildCount;
        record.Flags = (record.Flags & ~NodeFlags.Deferred) | (built.Flags & NodeFlags.HasAliasChild);
        foreach (var child in Children(id))
        {
            this[child].Parent = id;
        }
    }

    public void SetValue(int id, string value)
    {
        this[id].Value = _strings.Count;
        _strings.Add(value);
    }

    /// <summary>The scalar's value without making a string when it is read from the text.</summary>
    public ReadOnlySpan<char> ValueSpan(int id)
    {
        ref var record = ref this[id];
        if (record.Value >= 0)
        {
            return _strings[record.Value];
        }

        if (record.Has(NodeFlags.ValueIsText))
        {
            return source.Text.AsSpan(record.Start, record.End - record.Start);
        }

        return record.Has(NodeFlags.ValueIsQuotedText) ? source.Text.AsSpan(record.Start + 1, record.End - record.Start - 2) : default;
    }

    /// <summary>The scalar's value as a string (made from the text when it is read from there); null for collections and aliases.</summary>
    public string? ValueString(int id)
    {
        ref var record = ref this[id];
        if (record.Value >= 0)
        {
            return _strings[record.Value];
        }

        return record.Has(NodeFlags.ValueIsText | NodeFlags.ValueIsQuotedText) ? new string(ValueSpan(id)) : null;
    }

    /// <summary>The properties most nodes lack; <see cref="NodeExtras.None"/> when it has none.</summary>
    public NodeExtras Extras(int id) => this[id].Has(NodeFlags.HasExtras) ? _extras[id] : NodeExtras.None;

    public void SetExtras(int id, NodeExtras extras)
    {
        _extras[id] = extras;
        this[id].Flags |= NodeFlags.HasExtras;
    }

    public bool IsAlias(int id) => Extras(id).AliasTarget >= 0;

    /// <summary>The alias's target, or the node itself.</summary>
    public int Resolve(int id) => Extras(id).AliasTarget is >= 0 and var target ? target : id;
}

/// <summary>Anchor, tag, alias target (-1: none) and, for a deferred collection, where its re-parse stops reading.</summary>
internal readonly record struct NodeExtras(string? Anchor, string? Tag, int AliasTarget, int Cut)
{
    public static NodeExtras None { get; } = new(null, null, -1, 0);
}
