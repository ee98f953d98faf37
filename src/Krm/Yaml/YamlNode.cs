namespace Krm.Yaml;

/// <summary>
/// A node of the position tree: kind, text offsets, properties and children. Public navigation
/// follows aliases, so callers never see an alias: they get the anchored node (and edits made
/// through it change the anchored text, as yaml.v3 does).
/// </summary>
public sealed partial class YamlNode
{
    private List<YamlNode>? _children;
    private IReadOnlyList<YamlEntry>? _entries;
    private IReadOnlyList<YamlNode>? _items;
    private bool _hasAliasChild;

    internal YamlNode(YamlSource source, YamlNodeKind kind, int start, int end)
    {
        Source = source;
        Kind = kind;
        Start = start;
        End = end;
    }

    public YamlSource Source { get; }

    public YamlNodeKind Kind { get; }

    /// <summary>Offset (UTF-16 index into <see cref="YamlSource.Text"/>) where the node's text starts, properties included.</summary>
    public int Start { get; internal set; }

    /// <summary>Offset just past the node's text (for flow collections: past the closing bracket).</summary>
    public int End { get; internal set; }

    /// <summary>1-based line of <see cref="Start"/>.</summary>
    public int Line => Source.LineOf(Start);

    /// <summary>1-based column of <see cref="Start"/>.</summary>
    public int Column => Source.ColumnOf(Start);

    public string? Anchor { get; internal init; }

    public string? Tag { get; internal init; }

    public ScalarStyle Style { get; internal init; }

    /// <summary>A flow collection (<c>{…}</c>/<c>[…]</c>) or a scalar inside one.</summary>
    public bool IsFlow { get; internal init; }

    /// <summary>Scalar text after unquoting and folding; <c>null</c> for collections.</summary>
    public string? Value { get; internal init; }

    /// <summary>Plain <c>""</c>, <c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c> (untagged).</summary>
    public bool IsNull => Kind == YamlNodeKind.Scalar && Style == ScalarStyle.Plain && Tag is null && ScalarResolution.IsNull(Value!);

    /// <summary>Quoted, block, or plain resolving to a string under YAML 1.1 and 1.2.</summary>
    public bool IsString => Kind == YamlNodeKind.Scalar
        && (Style != ScalarStyle.Plain || Tag is "!!str" or "tag:yaml.org,2002:str" || ScalarResolution.IsPlainString(Value!));

    /// <summary>Sequence elements (empty for other kinds).</summary>
    public IReadOnlyList<YamlNode> Items => _items ??= BuildItems();

    /// <summary>Mapping entries in text order (empty for other kinds).</summary>
    public IReadOnlyList<YamlEntry> Entries => _entries ??= BuildEntries();

    /// <summary>A mapping written as a single pair inside a flow sequence (<c>[a: 1]</c>): read, never edited.</summary>
    internal bool IsSinglePair { get; set; }

    /// <summary>
    /// A view of a node reached through a <c>&lt;&lt;</c> merge key: reads like the merged node,
    /// refuses edits (they would change every mapping merging it).
    /// </summary>
    internal bool IsMergeView { get; private init; }

    /// <summary>An alias somewhere in the document refers to this node.</summary>
    internal bool IsAliased { get; set; }

    /// <summary>The anchored node when this node is an alias in the text.</summary>
    internal YamlNode? AliasTarget { get; init; }

    /// <summary>The collection holding this node in the text, null for a document root.</summary>
    internal YamlNode? Parent { get; set; }

    /// <summary>Children as written: aliases unresolved; a mapping alternates key, value.</summary>
    internal IReadOnlyList<YamlNode> RawChildren => (IReadOnlyList<YamlNode>?)_children ?? [];

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
            if (Kind != YamlNodeKind.Sequence || _children is null || index < 0 || index >= _children.Count)
            {
                return null;
            }

            var item = _children[index].Resolved;
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
        _hasAliasChild |= child.AliasTarget is not null;
        child.Parent = this;
    }

    /// <summary>
    /// The entry for <paramref name="key"/>: the mapping's own entries first, then those merged
    /// in through <c>&lt;&lt;</c> (YAML 1.1 merge keys, which Kubernetes manifests use).
    /// </summary>
    internal RawEntry? FindEntry(string key)
    {
        if (Kind != YamlNodeKind.Mapping || _children is null)
        {
            return null;
        }

        var children = _children;
        var hasMerge = false;
        var mergeKey = key == "<<";
        for (var i = 0; i + 1 < children.Count; i += 2)
        {
            var k = children[i].Resolved;
            if (k.Kind == YamlNodeKind.Scalar && string.Equals(k.Value, key, StringComparison.Ordinal))
            {
                if (k.Value == "<<" && k.Style == ScalarStyle.Plain && !mergeKey)
                {
                    hasMerge = true;
                    continue;
                }

                return new RawEntry(this, i, Merged: false);
            }

            hasMerge |= k.Style == ScalarStyle.Plain && k.Value == "<<";
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
            if (!visited.Add(mapping) || mapping._children is null)
            {
                continue;
            }

            var children = mapping._children;
            var sources = new List<YamlNode>();
            for (var i = 0; i + 1 < children.Count; i += 2)
            {
                var k = children[i].Resolved;
                if (k.Kind != YamlNodeKind.Scalar)
                {
                    continue;
                }

                if (k.Style == ScalarStyle.Plain && k.Value == "<<")
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
                else if (mapping != this && string.Equals(k.Value, key, StringComparison.Ordinal))
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
        view._children = _children;
        view._hasAliasChild = _hasAliasChild;
        return view;
    }

    private IReadOnlyList<YamlNode> BuildItems()
    {
        if (Kind != YamlNodeKind.Sequence || _children is null)
        {
            return [];
        }

        if (!_hasAliasChild && !IsMergeView)
        {
            return _children.AsReadOnly();
        }

        var items = new YamlNode[_children.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = IsMergeView ? _children[i].Resolved.AsMergeView() : _children[i].Resolved;
        }

        return items;
    }

    private YamlEntry[] BuildEntries()
    {
        if (Kind != YamlNodeKind.Mapping || _children is null)
        {
            return [];
        }

        var entries = new YamlEntry[_children.Count / 2];
        for (var i = 0; i < entries.Length; i++)
        {
            var key = _children[2 * i].Resolved;
            var value = _children[(2 * i) + 1].Resolved;
            entries[i] = IsMergeView ? new YamlEntry(key.AsMergeView(), value.AsMergeView()) : new YamlEntry(key, value);
        }

        return entries;
    }
}
