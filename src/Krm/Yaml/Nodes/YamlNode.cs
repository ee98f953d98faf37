namespace Krm.Yaml;

/// <summary>
/// A node of the position tree: kind, text offsets, properties and children. Public navigation
/// follows aliases, so callers never see an alias: they get the anchored node (and edits made
/// through it change the anchored text, as yaml.v3 does).
/// </summary>
public sealed partial class YamlNode
{
    // The node's data lives in its source's NodeTable (a 10,000-item input has ~600k nodes: as objects, the GC traced them all);
    // the object holds only what reading it caches.
    private readonly NodeTable _table;
    private readonly int _id;
    private YamlNode[]? _children;
    private object? _view;
    private string? _value;

    internal YamlNode(YamlSource source, NodeTable table, int id, bool isMergeView = false)
    {
        Source = source;
        _table = table;
        _id = id;
        IsMergeView = isMergeView;
    }

    /// <summary>The document this node belongs to; its edits are recorded there.</summary>
    public YamlSource Source { get; }

    /// <summary>Scalar, mapping or sequence.</summary>
    public YamlNodeKind Kind => Record.Kind;

    /// <summary>Offset (UTF-16 index into <see cref="YamlSource.Text"/>) where the node's text starts, properties included.</summary>
    public int Start => Record.Start;

    /// <summary>Offset just past the node's text (for flow collections: past the closing bracket).</summary>
    public int End => Record.End;

    /// <summary>1-based line of <see cref="Start"/>.</summary>
    public int Line => Source.LineOf(Start);

    /// <summary>1-based column of <see cref="Start"/>.</summary>
    public int Column => Source.ColumnOf(Start);

    /// <summary>The node's anchor name (<c>&amp;name</c>) without the <c>&amp;</c>; null when it has none.</summary>
    public string? Anchor => _table.Extras(_id).Anchor;

    /// <summary>The node's explicit tag (<c>!!str</c>, <c>!custom</c>); null when untagged.</summary>
    public string? Tag => _table.Extras(_id).Tag;

    /// <summary>How the scalar is written; <see cref="ScalarStyle.None"/> for collections.</summary>
    public ScalarStyle Style => Record.Style;

    /// <summary>A flow collection (<c>{…}</c>/<c>[…]</c>) or a scalar inside one.</summary>
    public bool IsFlow => Record.Has(NodeFlags.Flow);

    /// <summary>Scalar text after unquoting and folding; <c>null</c> for collections.</summary>
    public string? Value => _value ??= _table.ValueString(_id);

    /// <summary>The scalar value without materialising it (empty for collections).</summary>
    internal ReadOnlySpan<char> ValueSpan => _value is not null ? _value.AsSpan() : _table.ValueSpan(_id);

    /// <summary>Compares the scalar value without materialising it.</summary>
    internal bool ValueEquals(ReadOnlySpan<char> other) => Kind == YamlNodeKind.Scalar && AliasTarget is null && ValueSpan.SequenceEqual(other);

    /// <summary>Plain <c>""</c>, <c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c> (untagged).</summary>
    public bool IsNull => Kind == YamlNodeKind.Scalar && Style == ScalarStyle.Plain && Tag is null && ScalarResolution.IsNull(Value!);

    /// <summary>Quoted, block, or plain resolving to a string under YAML 1.1 and 1.2.</summary>
    public bool IsString => Kind == YamlNodeKind.Scalar
        && (Style != ScalarStyle.Plain || Tag is "!!str" or "tag:yaml.org,2002:str" || ScalarResolution.IsPlainString(Value!));

    /// <summary>Sequence elements (empty for other kinds).</summary>
    public IReadOnlyList<YamlNode> Items => Kind == YamlNodeKind.Sequence ? (IReadOnlyList<YamlNode>)(_view ??= BuildItems()) : [];

    /// <summary>Mapping entries in text order (empty for other kinds).</summary>
    public IReadOnlyList<YamlEntry> Entries => Kind == YamlNodeKind.Mapping ? (IReadOnlyList<YamlEntry>)(_view ??= BuildEntries()) : [];

    /// <summary>A mapping written as a single pair inside a flow sequence (<c>[a: 1]</c>): read, never edited.</summary>
    internal bool IsSinglePair => Record.Has(NodeFlags.SinglePair);

    /// <summary>
    /// A view of a node reached through a <c>&lt;&lt;</c> merge key: reads like the merged node,
    /// refuses edits (they would change every mapping merging it).
    /// </summary>
    internal bool IsMergeView { get; }

    /// <summary>An alias somewhere in the document refers to this node.</summary>
    internal bool IsAliased => Record.Has(NodeFlags.Aliased);

    /// <summary>The anchored node when this node is an alias in the text.</summary>
    internal YamlNode? AliasTarget => _table.IsAlias(_id) ? _table.Node(_table.Resolve(_id)) : null;

    /// <summary>The collection holding this node in the text, null for a document root.</summary>
    internal YamlNode? Parent => Record.Parent >= 0 ? _table.Node(Record.Parent) : null;

    /// <summary>Children as written: aliases unresolved; a mapping alternates key, value.</summary>
    internal IReadOnlyList<YamlNode> RawChildren => Children;

    /// <summary>A collection whose children are built on first read (<see cref="LazyPolicy"/>).</summary>
    internal bool IsDeferred => Record.Has(NodeFlags.Deferred);

    internal YamlNode Resolved => AliasTarget ?? this;

    private ref NodeRecord Record => ref _table[_id];

    /// <summary>The children as objects, building a deferred collection's on first read.</summary>
    private YamlNode[] Children
    {
        get
        {
            if (_children is null)
            {
                var ids = ChildIds();
                var children = ids.IsEmpty ? [] : new YamlNode[ids.Length];
                for (var i = 0; i < children.Length; i++)
                {
                    children[i] = _table.Node(ids[i]);
                }

                _children = children;
            }

            return _children;
        }
    }

    /// <summary>The children's ids, building a deferred collection's on first read.</summary>
    private ReadOnlySpan<int> ChildIds()
    {
        if (IsDeferred)
        {
            TreeBuilder.BuildDeferred(this, _table.Extras(_id).Cut);
        }

        return _table.Children(_id);
    }

    /// <summary>The raw child at <paramref name="index"/>, without making objects for the others.</summary>
    internal YamlNode ChildAt(int index) => _children?[index] ?? _table.Node(ChildIds()[index]);

    internal int Id => _id;

    internal NodeTable Table => _table;

    /// <summary>The value of <paramref name="key"/> in a mapping (merge keys <c>&lt;&lt;</c> included); null when missing or not a mapping.</summary>
    public YamlNode? this[string key]
    {
        get
        {
            var entry = FindEntry(key);
            if (entry is not { } found)
            {
                return null;
            }

            return found.Merged || IsMergeView ? found.Value.AsMergeView() : found.Value;
        }
    }

    /// <summary>Element <paramref name="index"/> of a sequence; null when out of range or not a sequence.</summary>
    public YamlNode? this[int index]
    {
        get
        {
            if (Kind != YamlNodeKind.Sequence || index < 0 || index >= ChildIds().Length)
            {
                return null;
            }

            var item = ChildAt(index).Resolved;
            return IsMergeView ? item.AsMergeView() : item;
        }
    }

    /// <summary>Nested mapping lookup: <c>node.At("spec", "template", "spec")</c>.</summary>
    public YamlNode? At(params string[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var node = this;
        foreach (var key in path)
        {
            node = node[key];
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>The scalar value at <paramref name="key"/>; null when missing, null-valued or not a scalar.</summary>
    public string? GetString(string key)
    {
        var node = this[key];
        return node is { Kind: YamlNodeKind.Scalar, IsNull: false } ? node.Value : null;
    }

    /// <summary>Whether this is a plain scalar that resolves to an integer (YAML 1.2 core and 1.1 forms), and its value.</summary>
    public bool TryGetInt(out long value)
    {
        value = 0;
        return Kind == YamlNodeKind.Scalar && Style == ScalarStyle.Plain && Tag is null or "!!int" && ScalarResolution.TryInt(Value!, out value);
    }

    /// <summary>Whether this is a plain scalar that resolves to a boolean (<c>true</c>/<c>false</c>, and YAML 1.1 <c>yes</c>/<c>no</c>/<c>on</c>/<c>off</c>/<c>y</c>/<c>n</c>), and its value.</summary>
    public bool TryGetBool(out bool value)
    {
        value = false;
        return Kind == YamlNodeKind.Scalar && Style == ScalarStyle.Plain && Tag is null or "!!bool" && ScalarResolution.TryBool(Value!, out value);
    }

    /// <summary>The value (or kind) and position, for messages and debugging.</summary>
    public override string ToString() => Kind switch
    {
        YamlNodeKind.Scalar => $"{Value} ({Line}:{Column})",
        _ => $"{Kind} ({Line}:{Column})",
    };

    /// <summary>
    /// The entry for <paramref name="key"/>: the mapping's own entries first, then those merged
    /// in through <c>&lt;&lt;</c> (YAML 1.1 merge keys, which Kubernetes manifests use).
    /// </summary>
    internal RawEntry? FindEntry(string key)
    {
        if (Kind != YamlNodeKind.Mapping)
        {
            return null;
        }

        // On ids: looking a key up makes no node objects but the one returned.
        var children = ChildIds();
        var hasMerge = false;
        for (var i = 0; i + 1 < children.Length; i += 2)
        {
            var k = _table.Resolve(children[i]);
            ref var record = ref _table[k];
            if (record.Kind != YamlNodeKind.Scalar)
            {
                continue;
            }

            var value = _table.ValueSpan(k);
            if (value.SequenceEqual(key))
            {
                return new RawEntry(this, i, Merged: false); // "<<" itself too: its own entry
            }

            hasMerge |= record.Style == ScalarStyle.Plain && value.SequenceEqual("<<");
        }

        return hasMerge ? FindMerged(key) : null;
    }

    private RawEntry? FindMerged(string key)
    {
        // Iterative walk with a visited set: merge sources may themselves merge.
        var pending = new Stack<YamlNode>();
        var visited = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        pending.Push(this);
        while (pending.Count > 0)
        {
            var mapping = pending.Pop();
            if (!visited.Add(mapping))
            {
                continue;
            }

            var children = mapping.Children;
            var sources = new List<YamlNode>();
            for (var i = 0; i + 1 < children.Length; i += 2)
            {
                var k = children[i].Resolved;
                if (k.Kind != YamlNodeKind.Scalar)
                {
                    continue;
                }

                if (k.Style == ScalarStyle.Plain && k.ValueEquals("<<"))
                {
                    var source = children[i + 1].Resolved;
                    if (source.Kind == YamlNodeKind.Mapping)
                    {
                        sources.Add(source);
                    }
                    else if (source.Kind == YamlNodeKind.Sequence)
                    {
                        sources.AddRange(source.Items.Where(s => s.Kind == YamlNodeKind.Mapping));
                    }
                }
                else if (mapping != this && k.ValueEquals(key))
                {
                    return new RawEntry(mapping, i, Merged: true);
                }
            }

            // Earlier sources win (YAML 1.1 merge): push in reverse so the first is popped first.
            for (var s = sources.Count - 1; s >= 0; s--)
            {
                pending.Push(sources[s]);
            }
        }

        return null;
    }

    private YamlNode AsMergeView() => IsMergeView ? this : new YamlNode(Source, _table, _id, isMergeView: true);

    private IReadOnlyList<YamlNode> BuildItems()
    {
        if (Kind != YamlNodeKind.Sequence)
        {
            return [];
        }

        var children = Children;
        if (!Record.Has(NodeFlags.HasAliasChild) && !IsMergeView)
        {
            return Array.AsReadOnly(children);
        }

        var items = new YamlNode[children.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = IsMergeView ? children[i].Resolved.AsMergeView() : children[i].Resolved;
        }

        return items;
    }

    private YamlEntry[] BuildEntries()
    {
        if (Kind != YamlNodeKind.Mapping)
        {
            return [];
        }

        var children = Children;
        var entries = new YamlEntry[children.Length / 2];
        for (var i = 0; i < entries.Length; i++)
        {
            var key = children[2 * i].Resolved;
            var value = children[(2 * i) + 1].Resolved;
            entries[i] = IsMergeView ? new YamlEntry(key.AsMergeView(), value.AsMergeView()) : new YamlEntry(key, value);
        }

        return entries;
    }
}
