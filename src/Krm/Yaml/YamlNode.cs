namespace Krm.Yaml;

/// <summary>
/// A node of the position tree: kind, text offsets, properties and children. Public navigation
/// follows aliases, so callers never see an alias: they get the anchored node (and edits made
/// through it change the anchored text, as yaml.v3 does).
/// </summary>
public sealed partial class YamlNode
{
    // Kept small: a 10,000-item ResourceList builds ~500k nodes and the time goes into the GC
    // promoting them, so rarely set properties live in _extras and flags share one byte.
    private List<YamlNode>? _children;
    private object? _view;
    private string? _value;
    private NodeExtras? _extras;
    private readonly byte _kind;
    private byte _style;
    private NodeFlags _flags;

    internal YamlNode(YamlSource source, YamlNodeKind kind, int start, int end)
    {
        Source = source;
        _kind = (byte)kind;
        Start = start;
        End = end;
    }

    [Flags]
    private enum NodeFlags : byte
    {
        None = 0,
        Flow = 1,
        HasAliasChild = 2,
        SinglePair = 4,
        MergeView = 8,
        Aliased = 16,
        ValueIsText = 32,
        Deferred = 64,
    }

    public YamlSource Source { get; }

    public YamlNodeKind Kind => (YamlNodeKind)_kind;

    /// <summary>Offset (UTF-16 index into <see cref="YamlSource.Text"/>) where the node's text starts, properties included.</summary>
    public int Start { get; internal set; }

    /// <summary>Offset just past the node's text (for flow collections: past the closing bracket).</summary>
    public int End { get; internal set; }

    /// <summary>1-based line of <see cref="Start"/>.</summary>
    public int Line => Source.LineOf(Start);

    /// <summary>1-based column of <see cref="Start"/>.</summary>
    public int Column => Source.ColumnOf(Start);

    public string? Anchor
    {
        get => _extras?.Anchor;
        internal init => SetExtra(value, static (e, v) => e.Anchor = v);
    }

    public string? Tag
    {
        get => _extras?.Tag;
        internal init => SetExtra(value, static (e, v) => e.Tag = v);
    }

    public ScalarStyle Style
    {
        get => (ScalarStyle)_style;
        internal init => _style = (byte)value;
    }

    /// <summary>A flow collection (<c>{…}</c>/<c>[…]</c>) or a scalar inside one.</summary>
    public bool IsFlow
    {
        get => Has(NodeFlags.Flow);
        internal init => SetFlag(NodeFlags.Flow, value);
    }

    /// <summary>Scalar text after unquoting and folding; <c>null</c> for collections.</summary>
    public string? Value
    {
        get => _value ?? (Has(NodeFlags.ValueIsText) ? _value = Source.Text.Substring(Start, End - Start) : null);
        internal init => _value = value;
    }

    /// <summary>
    /// The scalar's value is exactly its text (a one-line plain scalar): the string is not kept,
    /// only sliced from the text when read, so the parser's copy dies young (GC cost, see above).
    /// </summary>
    internal void UseTextAsValue()
    {
        _value = null;
        _flags |= NodeFlags.ValueIsText;
    }

    /// <summary>The scalar value without materialising it (empty for collections).</summary>
    internal ReadOnlySpan<char> ValueSpan =>
        _value is not null ? _value.AsSpan() : Has(NodeFlags.ValueIsText) ? Source.Text.AsSpan(Start, End - Start) : default;

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
    internal bool IsSinglePair
    {
        get => Has(NodeFlags.SinglePair);
        set => SetFlag(NodeFlags.SinglePair, value);
    }

    /// <summary>
    /// A view of a node reached through a <c>&lt;&lt;</c> merge key: reads like the merged node,
    /// refuses edits (they would change every mapping merging it).
    /// </summary>
    internal bool IsMergeView
    {
        get => Has(NodeFlags.MergeView);
        private init => SetFlag(NodeFlags.MergeView, value);
    }

    /// <summary>An alias somewhere in the document refers to this node.</summary>
    internal bool IsAliased
    {
        get => Has(NodeFlags.Aliased);
        set => SetFlag(NodeFlags.Aliased, value);
    }

    /// <summary>The anchored node when this node is an alias in the text.</summary>
    internal YamlNode? AliasTarget
    {
        get => _extras?.AliasTarget;
        init => SetExtra(value, static (e, v) => e.AliasTarget = v);
    }

    /// <summary>The collection holding this node in the text, null for a document root.</summary>
    internal YamlNode? Parent { get; set; }

    /// <summary>Children as written: aliases unresolved; a mapping alternates key, value.</summary>
    internal IReadOnlyList<YamlNode> RawChildren => (IReadOnlyList<YamlNode>?)Children ?? [];

    /// <summary>A collection whose children are built on first read (<see cref="LazyPolicy"/>).</summary>
    internal bool IsDeferred => Has(NodeFlags.Deferred);

    /// <summary>The children, building a deferred collection's on first read.</summary>
    private List<YamlNode>? Children
    {
        get
        {
            if (Has(NodeFlags.Deferred))
            {
                BuildDeferred();
            }

            return _children;
        }
    }

    /// <summary>Marks a collection as unbuilt: its span is known, its text up to <paramref name="cut"/> is parsed on first read.</summary>
    internal void Defer(int end, int cut)
    {
        End = end;
        (_extras ??= new NodeExtras()).Cut = cut;
        _flags |= NodeFlags.Deferred;
    }

    private void BuildDeferred()
    {
        var children = TreeBuilder.BuildDeferred(this, _extras!.Cut);
        _flags &= ~NodeFlags.Deferred;
        foreach (var child in children)
        {
            AddChild(child);
        }
    }

    internal YamlNode Resolved => AliasTarget ?? this;

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

    public YamlNode? this[int index]
    {
        get
        {
            var children = Children;
            if (Kind != YamlNodeKind.Sequence || children is null || index < 0 || index >= children.Count)
            {
                return null;
            }

            var item = children[index].Resolved;
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

    public bool TryGetInt(out long value)
    {
        value = 0;
        return Kind == YamlNodeKind.Scalar && Style == ScalarStyle.Plain && Tag is null or "!!int" && ScalarResolution.TryInt(Value!, out value);
    }

    public bool TryGetBool(out bool value)
    {
        value = false;
        return Kind == YamlNodeKind.Scalar && Style == ScalarStyle.Plain && Tag is null or "!!bool" && ScalarResolution.TryBool(Value!, out value);
    }

    public override string ToString() => Kind switch
    {
        YamlNodeKind.Scalar => $"{Value} ({Line}:{Column})",
        _ => $"{Kind} ({Line}:{Column})",
    };

    internal void AddChild(YamlNode child)
    {
        (_children ??= []).Add(child);
        if (child.AliasTarget is not null)
        {
            _flags |= NodeFlags.HasAliasChild;
        }

        child.Parent = this;
    }

    /// <summary>
    /// The entry for <paramref name="key"/>: the mapping's own entries first, then those merged
    /// in through <c>&lt;&lt;</c> (YAML 1.1 merge keys, which Kubernetes manifests use).
    /// </summary>
    internal RawEntry? FindEntry(string key)
    {
        var children = Children;
        if (Kind != YamlNodeKind.Mapping || children is null)
        {
            return null;
        }

        var hasMerge = false;
        for (var i = 0; i + 1 < children.Count; i += 2)
        {
            var k = children[i].Resolved;
            if (k.Kind == YamlNodeKind.Scalar && k.ValueEquals(key))
            {
                return new RawEntry(this, i, Merged: false); // "<<" itself too: its own entry
            }

            hasMerge |= k.Style == ScalarStyle.Plain && k.ValueEquals("<<");
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
            var children = mapping.Children;
            if (!visited.Add(mapping) || children is null)
            {
                continue;
            }

            var sources = new List<YamlNode>();
            for (var i = 0; i + 1 < children.Count; i += 2)
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

    private YamlNode AsMergeView()
    {
        if (IsMergeView)
        {
            return this;
        }

        var view = new YamlNode(Source, Kind, Start, End)
        {
            Anchor = Anchor,
            Tag = Tag,
            Style = Style,
            IsFlow = IsFlow,
            Value = Value,
            IsMergeView = true,
            Parent = Parent,
            IsSinglePair = IsSinglePair,
        };
        view._children = Children;
        view._flags |= _flags & NodeFlags.HasAliasChild;
        return view;
    }

    private bool Has(NodeFlags flag) => (_flags & flag) != 0;

    private void SetFlag(NodeFlags flag, bool on) => _flags = on ? _flags | flag : _flags & ~flag;

    /// <summary>Allocates the extras only for a value that is actually set.</summary>
    private void SetExtra<T>(T? value, Action<NodeExtras, T> assign)
        where T : class
    {
        if (value is not null)
        {
            assign(_extras ??= new NodeExtras(), value);
        }
    }

    /// <summary>Properties most nodes do not have.</summary>
    private sealed class NodeExtras
    {
        public string? Anchor { get; set; }

        public string? Tag { get; set; }

        public YamlNode? AliasTarget { get; set; }

        /// <summary>For a deferred collection: where the text its re-parse reads ends.</summary>
        public int Cut { get; set; }
    }

    private IReadOnlyList<YamlNode> BuildItems()
    {
        var children = Children;
        if (Kind != YamlNodeKind.Sequence || children is null)
        {
            return [];
        }

        if (!Has(NodeFlags.HasAliasChild) && !IsMergeView)
        {
            return children.AsReadOnly();
        }

        var items = new YamlNode[children.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = IsMergeView ? children[i].Resolved.AsMergeView() : children[i].Resolved;
        }

        return items;
    }

    private YamlEntry[] BuildEntries()
    {
        var children = Children;
        if (Kind != YamlNodeKind.Mapping || children is null)
        {
            return [];
        }

        var entries = new YamlEntry[children.Count / 2];
        for (var i = 0; i < entries.Length; i++)
        {
            var key = children[2 * i].Resolved;
            var value = children[(2 * i) + 1].Resolved;
            entries[i] = IsMergeView ? new YamlEntry(key.AsMergeView(), value.AsMergeView()) : new YamlEntry(key, value);
        }

        return entries;
    }
}
