using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using CoreScalarStyle = YamlDotNet.Core.ScalarStyle;
using ParserException = YamlDotNet.Core.YamlException;

namespace Krm.Yaml;

/// <summary>
/// Builds the position tree from YamlDotNet's low-level parser with comments skipped
/// (comment events make YamlDotNet 17.x/18.x throw on valid YAML). Iterative with an explicit
/// stack so deep nesting cannot overflow the call stack.
/// </summary>
internal sealed class TreeBuilder
{
    private const int LinearKeyScanLimit = 16;

    private readonly YamlSource _source;
    private readonly NodeTable _table;
    private readonly string _text;
    private readonly Dictionary<string, int> _anchors = new(StringComparer.Ordinal);
    private readonly OpenCollections _open;
    private readonly List<int> _documents = [];

    private readonly Scanner _scanner;

    /// <summary>Offset of the parser's input in <see cref="_text"/>: non-zero when a deferred collection is built.</summary>
    private readonly int _base;
    private readonly LazyPolicy? _policy;
    private readonly SubtreeSkimmer? _skimmer;

    private TreeBuilder(YamlSource source, string text, TextReader input, int baseOffset, LazyPolicy? policy)
    {
        _source = source;
        _table = source.Nodes;
        _open = new OpenCollections(_table);
        _text = text;
        _base = baseOffset;
        _policy = policy;
        _skimmer = policy is null ? null : new SubtreeSkimmer(source, text, Offset);
        _scanner = new Scanner(input, skipComments: true);
    }

    /// <summary>The documents of <paramref name="text"/>; collections the policy allows are deferred.</summary>
    public static List<YamlNode> Build(YamlSource source, string text, LazyPolicy? policy = null)
    {
        var builder = new TreeBuilder(source, text, new TextSliceReader(text, 0, text.Length), 0, policy);
        if (!RunOrRefuse(builder))
        {
            // A deferred collection held an anchor or alias: nodes are needed for those, build it all.
            builder = new TreeBuilder(source, text, new TextSliceReader(text, 0, text.Length), 0, policy: null);
            RunOrRefuse(builder);
        }

        return builder._documents.ConvertAll(source.Nodes.Node);
    }

    /// <summary>
    /// The children of a deferred collection, parsed from its own text: the line's prefix before it
    /// becomes spaces, so the collection is the root of a document with unchanged columns and offsets.
    /// YamlDotNet accepts a few odd layouts only in their context (a block mapping starting mid-line
    /// after an empty key, say); those are taken from an eager parse of the whole text instead.
    /// </summary>
    public static void BuildDeferred(YamlNode collection, int cut)
    {
        var source = collection.Source;
        var table = collection.Table;
        var text = source.Text;
        var lineStart = TextScan.LineStart(text, collection.Start);
        var input = new TextSliceReader(text, collection.Start, cut, leadingSpaces: collection.Start - lineStart);
        var builder = new TreeBuilder(source, text, input, lineStart, policy: null);
        try
        {
            RunOrRefuse(builder);
            if (builder._documents is [var root] && SameSpan(table, root, collection.Id))
            {
                table.AdoptChildren(collection.Id, root);
                return;
            }
        }
        catch (YamlException)
        {
            // Not parseable on its own: the whole text was, so read it from there.
        }

        table.AdoptChildren(collection.Id, InEagerTree(collection));
    }

    /// <summary>The node at the same place in an eager parse of the whole text: the same child indices from the same document.</summary>
    private static int InEagerTree(YamlNode collection)
    {
        var table = collection.Table;
        var path = new Stack<int>();
        var id = collection.Id;
        for (; table[id].Parent is >= 0 and var parent; id = parent)
        {
            path.Push(table.Children(parent).IndexOf(id));
        }

        var source = collection.Source;
        // Built once per source: its records stay in the table, so a second would only add more.
        var documents = table.EagerDocuments ??= Build(source, source.Text);
        var found = documents[IndexOfRoot(source.Documents, id)].Id;
        while (path.Count > 0)
        {
            found = table.Children(found)[path.Pop()];
        }

        return SameSpan(table, found, collection.Id)
            ? found
            : throw new InvalidOperationException($"the deferred {collection.Kind} at line {collection.Line} is not where the eager parse has it");
    }

    private static bool SameSpan(NodeTable table, int a, int b) =>
        table[a].Kind == table[b].Kind && table[a].Start == table[b].Start && table[a].End == table[b].End;

    private static int IndexOfRoot(IReadOnlyList<YamlNode> documents, int id)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Id == id)
            {
                return i;
            }
        }

        throw new InvalidOperationException("a deferred node is in no document");
    }

    /// <summary>Runs the parse, parser errors as <see cref="YamlException"/>s; false when a deferred collection needs the eager build after all.</summary>
    private static bool RunOrRefuse(TreeBuilder builder)
    {
        try
        {
            return builder.Run();
        }
        catch (ParserException ex)
        {
            throw new YamlException(ParserMessage(ex), builder.LineOf(ex.Start), (int)ex.Start.Column, ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet 18.1 throws this from ScanPlainScalar on some malformed flow input. Our own
            // words: in the trimmed AOT binary ex.Message is only a resource key (UseSystemResourceKeys).
            var mark = builder._scanner.CurrentPosition;
            throw new YamlException("malformed YAML in a flow sequence or mapping (is a '[' or '{' not closed?)", builder.LineOf(mark), (int)mark.Column, ex);
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet 18.1 throws this from TagName for a tag that is not a URI (LazyParseFuzzTests reaches it).
            var mark = builder._scanner.CurrentPosition;
            throw new YamlException("invalid tag: a tag must be a URI (or a !local / !!core name)", builder.LineOf(mark), (int)mark.Column, ex);
        }
    }

    /// <summary>1-based line of a parser mark in the whole text.</summary>
    private int LineOf(Mark mark) => _base == 0 ? (int)mark.Line : _source.LineOf(Offset(mark));

    private int Collection(YamlNodeKind kind, NodeEvent start, bool isFlow)
    {
        var id = _table.Add(kind, Offset(start.Start), Offset(start.End));
        ref var record = ref _table[id];
        record.Style = ScalarStyle.None;
        record.Flags = isFlow ? NodeFlags.Flow : NodeFlags.None;
        SetProperties(id, AnchorOf(start.Anchor), TagOf(start.Tag));
        return id;
    }

    private void SetProperties(int id, string? anchor, string? tag)
    {
        if (anchor is not null || tag is not null)
        {
            _table.SetExtras(id, NodeExtras.None with { Anchor = anchor, Tag = tag });
        }
    }

    /// <summary>Scalars and aliases inside a flow collection are flow too.</summary>
    private NodeFlags InheritedFlow() => _open.Count > 0 && _table[_open.Innermost].Has(NodeFlags.Flow) ? NodeFlags.Flow : NodeFlags.None;

    private bool Run()
    {
        var parser = new DepthLimitedParser(new Parser(new LookaheadSafeScanner(_scanner)));
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case Scalar scalar:
                    AddScalar(scalar);
                    break;
                case MappingStart mapping:
                    if (!OpenOrSkim(parser, mapping, YamlNodeKind.Mapping, mapping.Style == MappingStyle.Flow))
                    {
                        return false;
                    }

                    break;
                case SequenceStart sequence:
                    if (!OpenOrSkim(parser, sequence, YamlNodeKind.Sequence, sequence.Style == SequenceStyle.Flow))
                    {
                        return false;
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    Close(parser.Current);
                    break;
                case AnchorAlias alias:
                    AddAlias(alias);
                    break;
                case DocumentStart:
                    _anchors.Clear();
                    break;
                default:
                    break;
            }
        }

        return true;
    }

    /// <summary>
    /// Opens the collection, or, when the policy defers it, attaches it unbuilt after skimming its
    /// events. False when the skim met an anchor or alias.
    /// </summary>
    private bool OpenOrSkim(IParser parser, NodeEvent opening, YamlNodeKind kind, bool isFlow)
    {
        var id = Collection(kind, opening, isFlow);
        Attach(id);
        if (!MayDefer(id))
        {
            _open.Open(id);
            return true;
        }

        if (_skimmer!.Skim(parser, opening, isFlow) is not var (end, cut))
        {
            return false;
        }

        // Its span is known, its text up to the cut is parsed on first read.
        ref var record = ref _table[id];
        record.End = end;
        record.Flags |= NodeFlags.Deferred;
        _table.SetExtras(id, NodeExtras.None with { Cut = cut });
        return true;
    }

    /// <summary>Only an attached mapping value without properties, and only when the policy agrees.</summary>
    private bool MayDefer(int id) =>
        _policy is not null && !_table[id].Has(NodeFlags.HasExtras)
        && _open.Count > 0 && _table[_open.Innermost].Kind == YamlNodeKind.Mapping && _open.InnermostChildren.Length % 2 == 0
        && _policy.ShouldDefer(new CollectionPath(_open, _table));

    private void AddScalar(Scalar scalar)
    {
        var start = Offset(scalar.Start);
        var end = Offset(scalar.End);
        var anchor = AnchorOf(scalar.Anchor);
        var tag = TagOf(scalar.Tag);
        var style = StyleOf(scalar.Style);
        var value = scalar.Value;
        var id = _table.Add(YamlNodeKind.Scalar, start, end);
        ref var record = ref _table[id];
        record.Style = style;
        record.Flags = InheritedFlow();
        SetProperties(id, anchor, tag);
        var hasProperties = anchor is not null || tag is not null;
        if (value.Length == 0 && style == ScalarStyle.Plain)
        {
            (record.Start, record.End) = EmptyScalarPlacement.Place(_text, start, end, hasProperties, ParentShape());
            _table.SetValue(id, value);
        }
        else if (!hasProperties && style == ScalarStyle.Plain && _text.AsSpan(start, end - start).SequenceEqual(value))
        {
            // The value is read from the text when asked for: no string per scalar is kept (GC cost).
            record.Flags |= NodeFlags.ValueIsText;
        }
        else if (!hasProperties && style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted
            && end - start == value.Length + 2 && _text.AsSpan(start + 1, value.Length).SequenceEqual(value))
        {
            record.Flags |= NodeFlags.ValueIsQuotedText;
        }
        else
        {
            _table.SetValue(id, value);
        }

        Attach(id);
        if (anchor is not null)
        {
            _anchors[anchor] = id;
        }
    }

    private void AddAlias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (!_anchors.TryGetValue(name, out var target))
        {
            var mark = alias.Start;
            throw new YamlException($"alias *{name} refers to no anchor defined before it", (int)mark.Line, (int)mark.Column);
        }

        _table[target].Flags |= NodeFlags.Aliased;
        var id = _table.Add(_table[target].Kind, Offset(alias.Start), Offset(alias.End));
        ref var record = ref _table[id];
        record.Style = _table[target].Style;
        record.Flags = InheritedFlow();
        _table.SetExtras(id, NodeExtras.None with { AliasTarget = target });
        Attach(id);
    }

    private void Close(ParsingEvent end)
    {
        var children = _open.InnermostChildren;
        var id = _open.Innermost;
        ref var record = ref _table[id];

        // Flow end events sit on the bracket; block end events on the next token, so a block
        // collection ends where its last child does.
        if (record.Has(NodeFlags.Flow) && record.Kind == YamlNodeKind.Mapping && IsSinglePair(children))
        {
            // "[a: 1]": the parser's marks for the implicit mapping are not its text.
            record.Flags |= NodeFlags.SinglePair;
            record.Start = _table[children[0]].Start;
            record.End = _table[children[^1]].End;
        }
        else if (record.Has(NodeFlags.Flow))
        {
            var bracket = Offset(end.Start);
            record.End = bracket < _text.Length && _text[bracket] is '}' or ']' ? bracket + 1 : Offset(end.End);
        }
        else if (children.Length > 0)
        {
            record.End = _table[children[^1]].End;
        }

        _open.Close();

        // Registered when complete: an alias inside its own anchored node would make a cycle.
        if (_table.Extras(id).Anchor is { } anchor)
        {
            _anchors[anchor] = id;
        }
    }

    /// <summary>The innermost mapping, inside a flow sequence, written without braces (<c>[a: 1]</c>).</summary>
    private bool IsSinglePair(ReadOnlySpan<int> children)
    {
        if (_open.Count < 2 || children.IsEmpty)
        {
            return false;
        }

        ref var parent = ref _table[_open.At(_open.Count - 2)];
        return parent.Kind == YamlNodeKind.Sequence && parent.Has(NodeFlags.Flow) && IsWrittenWithoutBraces(_text, _table[children[0]].Start);
    }

    /// <summary>No <c>{</c> before a flow mapping's first child: it is a single pair (<c>[a: 1]</c>).</summary>
    internal static bool IsWrittenWithoutBraces(string text, int firstChildStart)
    {
        var p = firstChildStart - 1;
        while (p >= 0 && text[p] is ' ' or '\t' or '\r' or '\n')
        {
            p--;
        }

        return p < 0 || text[p] != '{';
    }

    private void Attach(int id)
    {
        if (_open.Count == 0)
        {
            _documents.Add(id);
            return;
        }

        if (_table[_open.Innermost].Kind == YamlNodeKind.Mapping && _open.InnermostChildren.Length % 2 == 0)
        {
            CheckDuplicateKey(id);
        }

        _open.Attach(id);
    }

    /// <summary>
    /// Duplicate keys are refused: which one wins differs between readers. Keys are compared as
    /// spans of the text, so checking them leaves no string behind in the tree (fewer objects for the GC).
    /// </summary>
    private void CheckDuplicateKey(int key)
    {
        var resolved = _table.Resolve(key);
        if (_table[resolved].Kind != YamlNodeKind.Scalar)
        {
            return;
        }

        var value = _table.ValueSpan(resolved);
        var children = _open.InnermostChildren;
        var keyCount = children.Length / 2;
        if (keyCount >= LinearKeyScanLimit)
        {
            var set = _open.InnermostKeys;
            if (set is null)
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                var keys = set.GetAlternateLookup<ReadOnlySpan<char>>();
                for (var i = 0; i < children.Length; i += 2)
                {
                    if (IsScalarKey(children[i], out var other))
                    {
                        keys.Add(_table.ValueSpan(other));
                    }
                }

                _open.InnermostKeys = set;
            }

            if (set.GetAlternateLookup<ReadOnlySpan<char>>().Add(value))
            {
                return;
            }
        }

        for (var i = 0; i < children.Length; i += 2)
        {
            if (IsScalarKey(children[i], out var other) && _table.ValueSpan(other).SequenceEqual(value))
            {
                throw Duplicate(value.ToString(), _table[key].Start, _table[other].Start);
            }
        }
    }

    /// <summary>The key, through an alias, when it is a scalar.</summary>
    private bool IsScalarKey(int key, out int resolved)
    {
        resolved = _table.Resolve(key);
        return _table[resolved].Kind == YamlNodeKind.Scalar;
    }

    private YamlException Duplicate(string value, int keyStart, int firstStart) =>
        new($"duplicate mapping key \"{value}\" (first defined on line {_source.LineOf(firstStart)})", _source.LineOf(keyStart), _source.ColumnOf(keyStart));

    private ParentShape? ParentShape()
    {
        if (_open.Count == 0)
        {
            return null;
        }

        ref var parent = ref _table[_open.Innermost];
        var siblings = _open.InnermostChildren;
        return new ParentShape(parent.Kind == YamlNodeKind.Mapping, parent.Has(NodeFlags.Flow), parent.Start, siblings.Length, siblings.Length > 0 ? _table[siblings[^1]].End : 0);
    }


    private int Offset(Mark mark) => _base + (int)mark.Index;

    private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    internal static string? TagOf(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : ShortTag(tag.Value);

    /// <summary>Core-schema tags in their usual short form (<c>!!str</c>), others as resolved.</summary>
    private static string ShortTag(string tag) =>
        tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag["tag:yaml.org,2002:".Length..] : tag;

    internal static ScalarStyle StyleOf(CoreScalarStyle style) => style switch
    {
        CoreScalarStyle.SingleQuoted => ScalarStyle.SingleQuoted,
        CoreScalarStyle.DoubleQuoted => ScalarStyle.DoubleQuoted,
        CoreScalarStyle.Literal => ScalarStyle.Literal,
        CoreScalarStyle.Folded => ScalarStyle.Folded,
        _ => ScalarStyle.Plain,
    };

    /// <summary>YamlDotNet prefixes its message with the marks; keep the reason only.</summary>
    private static string ParserMessage(ParserException ex)
    {
        var message = ex.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message;
    }
}
