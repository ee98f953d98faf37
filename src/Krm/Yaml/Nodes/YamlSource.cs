using System.Text;

namespace Krm.Yaml;

/// <summary>
/// A parsed YAML stream: the original text, the position tree of each document, and the edits
/// recorded against it. <see cref="Render"/> applies the edits as splices to the original text, so
/// bytes nobody edited are never re-emitted.
/// </summary>
public sealed class YamlSource
{
    private readonly List<Splice> _splices = [];
    private string? _rendered;
    private Splice[]? _ordered;
    private int[]? _lineStarts;
    private int _nextOrder;

    private YamlSource(SourceText sourceText)
    {
        SourceText = sourceText;
        Text = sourceText.Text;
        Documents = [];
        Nodes = new NodeTable(this);
    }

    /// <summary>The decoded input (BOM and newline style).</summary>
    internal SourceText SourceText { get; }

    /// <summary>The text the offsets refer to: the input, or the input with flow-mapping (JSON) roots converted to block YAML.</summary>
    public string Text { get; private set; }

    /// <summary>The newline of the input, used for every line this document adds.</summary>
    public string NewLine => SourceText.NewLine;

    /// <summary>The root node of each document, in order.</summary>
    public IReadOnlyList<YamlNode> Documents { get; private set; }

    /// <summary>Whether any edit was recorded (otherwise the output is the input, byte for byte).</summary>
    public bool HasEdits => _splices.Count > 0;

    /// <summary>The nodes of <see cref="Documents"/>, as records.</summary>
    internal NodeTable Nodes { get; private set; }

    /// <summary>The recorded edits, for checks that must know exactly which text they touch.</summary>
    internal IReadOnlyList<Splice> Splices => _splices;

    /// <summary>What each edit claimed, so a second edit of one node is a named conflict at once.</summary>
    internal EditLedger Ledger { get; } = new();

    /// <summary>The order the next splice gets: edits from here on can be undone with <see cref="UndoFrom"/>.</summary>
    internal int EditMark => _nextOrder;

    /// <summary>Parses <paramref name="text"/> (one or more <c>---</c> documents); refuses what it cannot edit faithfully with a <see cref="YamlException"/>.</summary>
    public static YamlSource Parse(string text) => Parse(SourceText.FromString(text));

    /// <summary>Parses the whole text; collections <paramref name="lazy"/> allows are built on first read.</summary>
    /// <param name="text">The decoded input.</param>
    /// <param name="lazy">Which collections may wait until first read; null builds everything.</param>
    /// <param name="keepFlowRoots">
    /// Keep a flow-mapping (JSON) root as it is, to be edited in place (standalone mode: JSON stays
    /// JSON); otherwise it is converted to block YAML, as orchestrators need.
    /// </param>
    internal static YamlSource Parse(SourceText text, LazyPolicy? lazy = null, bool keepFlowRoots = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = new YamlSource(text);
        var documents = TreeBuilder.Build(source, source.Text, lazy);
        if (!keepFlowRoots && FlowRootConversion.IsNeeded(documents))
        {
            source.Text = FlowRootConversion.Convert(source.Text, documents, source.NewLine);
            source._lineStarts = null;
            source.Nodes = new NodeTable(source);
            documents = TreeBuilder.Build(source, source.Text, lazy);
        }

        source.Documents = documents;
        return source;
    }

    /// <summary>This source, or, when a root is a flow mapping, the source parsed again with it converted to block YAML.</summary>
    internal YamlSource WithBlockRoots(LazyPolicy? lazy) =>
        FlowRootConversion.IsNeeded(Documents) ? Parse(SourceText, lazy) : this;

    /// <summary><see cref="Text"/> with every recorded edit applied.</summary>
    /// <remarks>Cached until the next edit: a check may render before the writer does.</remarks>
    public string Render()
    {
        if (_splices.Count == 0)
        {
            return Text;
        }

        if (_rendered is null)
        {
            using var writer = new StringWriter(new StringBuilder(Text.Length + 256), System.Globalization.CultureInfo.InvariantCulture);
            WriteTo(writer);
            _rendered = writer.ToString();
        }

        return _rendered;
    }

    /// <summary>
    /// Writes <see cref="Render"/> piece by piece (untouched text, then each edit), so the output
    /// never exists as a second whole copy of the input (inputs can be hundreds of MB).
    /// </summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_rendered is not null)
        {
            writer.Write(_rendered);
            return;
        }

        var position = 0;
        foreach (var splice in OrderedSplices())
        {
            writer.Write(Text.AsSpan(position, splice.Start - position));
            writer.Write(splice.Text);
            position = splice.End;
        }

        writer.Write(Text.AsSpan(position));
    }

    /// <summary>
    /// Proves the recorded edits can be written: no region is edited twice (a <see cref="YamlException"/>)
    /// and every new text is valid UTF-16, so writing cannot fail halfway (the output is never partial).
    /// </summary>
    public void ValidateEdits()
    {
        foreach (var splice in OrderedSplices())
        {
            if (!IsValidUtf16(splice.Text))
            {
                throw new InvalidOperationException($"an edit at line {LineOf(splice.Start)} holds invalid UTF-16");
            }
        }
    }

    private static bool IsValidUtf16(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            text = text[consumed..];
        }

        return true;
    }

    /// <summary>The splices in text order (cached until the next edit); overlapping ones are refused.</summary>
    private Splice[] OrderedSplices()
    {
        if (_ordered is not null)
        {
            return _ordered;
        }

        var ordered = _splices.ToArray();
        Array.Sort(ordered, static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank)
            : a.Order.CompareTo(b.Order));
        var position = 0;
        foreach (var splice in ordered)
        {
            if (splice.Start < position)
            {
                throw new YamlException("conflicting edits: a region was edited twice (an edit inside a value another edit replaced or removed)",
                    LineOf(splice.Start), ColumnOf(splice.Start));
            }

            position = splice.End;
        }

        return _ordered = ordered;
    }

    /// <summary><see cref="Render"/> as UTF-8, with the BOM when the input had one.</summary>
    public byte[] RenderUtf8() => SourceText.Encode(Render());

    /// <summary>1-based line of an offset into <see cref="Text"/>.</summary>
    public int LineOf(int offset) => LineIndex(offset) + 1;

    /// <summary>1-based column (in UTF-16 units) of an offset into <see cref="Text"/>.</summary>
    public int ColumnOf(int offset) => offset - LineStarts[LineIndex(offset)] + 1;

    internal void AddSplice(int start, int end, string text, int rank = 0)
    {
        if (start < 0 || end < start || end > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"splice [{start}, {end}) outside the text");
        }

        _splices.Add(new Splice(start, end, text, rank, _nextOrder++));
        _rendered = null;
        _ordered = null;
    }

    /// <summary>Drops every edit recorded since <paramref name="mark"/> (<see cref="EditMark"/>), with what they claimed.</summary>
    internal void UndoFrom(int mark)
    {
        RemoveSplices(mark, int.MaxValue);
        Ledger.UndoFrom(mark);
    }

    /// <summary>Drops the splices whose order is in <c>[from, to)</c>: one edit's, to be recorded again merged.</summary>
    internal void RemoveSplices(int from, int to)
    {
        if (_splices.RemoveAll(s => s.Order >= from && s.Order < to) > 0)
        {
            _rendered = null;
            _ordered = null;
        }
    }

    /// <summary>Records a splice unless the same one is already recorded (idempotent removals, the EOF break).</summary>
    internal void AddSpliceOnce(int start, int end, string text, int rank = 0)
    {
        foreach (var splice in _splices)
        {
            if (splice.Start == start && splice.End == end && splice.Text == text)
            {
                return;
            }
        }

        AddSplice(start, end, text, rank);
    }

    /// <summary>Records a splice, dropping one recorded earlier for exactly the same range (a block scalar header both fixed and rewritten).</summary>
    internal void ReplaceSplice(int start, int end, string text)
    {
        _splices.RemoveAll(s => s.Start == start && s.End == end && s.Start < s.End);
        _ordered = null;
        AddSplice(start, end, text);
    }

    /// <summary>True when a recorded splice already rewrites the end of the text with a final line break.</summary>
    internal bool EditsEndWithBreak()
    {
        foreach (var splice in _splices)
        {
            if (splice.End == Text.Length && splice.Start < splice.End && splice.Text.EndsWith('\n'))
            {
                return true;
            }
        }

        return false;
    }

    internal int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    private int LineIndex(int offset)
    {
        var starts = LineStarts;
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var lf = span[offset..].IndexOf('\n');
            if (lf < 0)
            {
                break;
            }

            offset += lf + 1;
            starts.Add(offset);
        }

        return [.. starts];
    }
}
