namespace Krm.Yaml;

/// <summary>One node of a <see cref="NodeTable"/>: plain data, so a table of them is nothing for the GC to trace.</summary>
internal struct NodeRecord
{
    /// <summary>Text offsets, as <see cref="YamlNode.Start"/> and <see cref="YamlNode.End"/>.</summary>
    public int Start;

    public int End;

    /// <summary>The collection holding the node; -1 for a document root.</summary>
    public int Parent;

    public int ChildCount;

    // A collection's first child or a scalar's value, never both: 24 bytes a record, not 28
    // (a 10,000-item list has ~600k; every fresh page costs a page fault).
    private int _firstChildOrValue;

    private byte _kind;

    private byte _style;

    public NodeFlags Flags;

    public YamlNodeKind Kind
    {
        readonly get => (YamlNodeKind)_kind;
        set => _kind = (byte)value;
    }

    public ScalarStyle Style
    {
        readonly get => (ScalarStyle)_style;
        set => _style = (byte)value;
    }

    /// <summary>Where a collection's children's ids are in the table's child list: its chunk and the offset in it, packed.</summary>
    public int FirstChild
    {
        readonly get => _firstChildOrValue;
        set => _firstChildOrValue = value;
    }

    /// <summary>Index of a scalar's value in the table's strings; -1 when it is read from the text (see <see cref="NodeFlags"/>).</summary>
    public int Value
    {
        readonly get => Kind == YamlNodeKind.Scalar ? _firstChildOrValue : -1;
        set => _firstChildOrValue = value;
    }

    public readonly bool Has(NodeFlags flag) => (Flags & flag) != 0;
}

/// <summary>What a <see cref="NodeRecord"/> says in one byte.</summary>
[Flags]
internal enum NodeFlags : byte
{
    None = 0,
    Flow = 1,
    HasAliasChild = 2,
    SinglePair = 4,
    Aliased = 8,

    /// <summary>The scalar's value is its text exactly (a one-line plain scalar).</summary>
    ValueIsText = 16,

    /// <summary>The scalar's value is its text inside the quotes (a quoted scalar without escapes or line breaks).</summary>
    ValueIsQuotedText = 32,

    /// <summary>A collection whose children are built on first read (<see cref="LazyPolicy"/>).</summary>
    Deferred = 64,

    /// <summary>An anchor, tag, alias target or deferral cut is kept in the table's extras.</summary>
    HasExtras = 128,
}
