using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using CoreScalarStyle = YamlDotNet.Core.ScalarStyle;
using ParserException = YamlDotNet.Core.YamlException;

namespace Krm.Yaml;

/// <summary>
/// Builds the position tree from YamlDotNet's low-level parser with comments skipped
/// (yaml-fidelity.md: comment events make 17.x/18.x throw on valid YAML). Iterative with an explicit
/// stack so deep nesting cannot overflow the call stack.
/// </summary>
internal sealed class TreeBuilder
{
    private const int LinearKeyScanLimit = 16;

    private readonly YamlSource _source;
    private readonly string _text;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private readonly List<YamlNode> _stack = [];
    private readonly List<HashSet<string>?> _keySets = [];
    private readonly List<YamlNode> _documents = [];

    private readonly Scanner _scanner;

    /// <summary>Offset of the parser's input in <see cref="_text"/>: non-zero when a deferred collection is built.</summary>
    private readonly int _base;
    private readonly LazyPolicy? _policy;
    private readonly SubtreeSkimmer? _skimmer;

    private TreeBuilder(YamlSource source, string text, TextReader input, int baseOffset, LazyPolicy? policy)
    {
        _source = source;
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
        if (RunOrRefuse(builder))
        {
            return builder._documents;
        }

        // A deferred collection held an anchor or alias: nodes are needed for those, build it all.
        builder = new TreeBuilder(source, text, new TextSliceReader(text, 0, text.Length), 0, policy: null);
        RunOrRefuse(builder);
        return builder._documents;
    }

    /// <summary>
    /// The children of a deferred collection, parsed from its own text: the line's prefix before it
    /// becomes spaces, so the collection is the root of a document with unchanged columns and offsets.
    /// YamlDotNet accepts a few odd layouts only in their context (a block mapping starting mid-line
    /// after an empty key, say); those are taken from an eager parse of the whole text instead.
    /// </summary>
    public static IReadOnlyList<YamlNode> BuildDeferred(YamlNode collection, int cut)
    {
        var source = collection.Source;
        var text = source.Text;
        var lineStart = TextScan.LineStart(text, collection.Start);
        var input = new TextSliceReader(text, collection.Start, cut, leadingSpaces: collection.Start - lineStart);
        var builder = new TreeBuilder(source, text, input, lineStart, policy: null);
        try
        {
            RunOrRefuse(builder);
            if (builder._documents is [var root] && SameSpan(root, collection))
            {
                return root.RawChildren;
            }
        }
        catch (YamlException)
        {
            // Not parseable on its own: the whole text was, so read it from there.
        }

        return InEagerTree(collection).RawChildren;
    }

    /// <summary>The node at the same place in an eager parse of the whole text: the same child indices from the same document.</summary>
    private static YamlNode InEagerTree(YamlNode collection)
    {
        var path = new Stack<int>();
        var node = collection;
        for (; node.Parent is { } parent; node = parent)
        {
            path.Push(IndexOf(parent.RawChildren, node));
        }

        var source = collection.Source;
        var documents = Build(source, source.Text);
        var found = documents[IndexOf(source.Documents, node)];
        while (path.Count > 0)
        {
            found = found.RawChildren[path.Pop()];
        }

        return SameSpan(found, collection)
            ? found
            : throw new InvalidOperationException($"the deferred {collection.Kind} at line {collection.Line} is not where the eager parse has it");
    }

    private static bool SameSpan(YamlNode a, YamlNode b) => a.Kind == b.Kind && a.Start == b.Start && a.End == b.End;

    private static int IndexOf(IReadOnlyList<YamlNode> nodes, YamlNode node)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (ReferenceEquals(nodes[i], node))
            {
                return i;
            }
        }

        throw new InvalidOperationException("a node is not among its parent's children");
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
            // YamlDotNet 18.1 throws this from TagName for a tag that is not a URI (found by the lazy-parse fuzz test).
            var mark = builder._scanner.CurrentPosition;
            throw new YamlException("invalid tag: a tag must be a URI (or a !local / !!core name)", builder.LineOf(mark), (int)mark.Column, ex);
        }
    }

    /// <summary>1-based line of a parser mark in the whole text.</summary>
    private int LineOf(Mark mark) => _base == 0 ? (int)mark.Line : _source.LineOf(Offset(mark));

    private YamlNode Collection(YamlNodeKind kind, NodeEvent start, bool isFlow) =>
        new(_source, kind, Offset(start.Start), Offset(start.End))
        {
            Anchor = AnchorOf(start.Anchor),
            Tag = TagOf(start.Tag),
            Style = ScalarStyle.None,
            IsFlow = isFlow,
        };

    private bool Run()
    {
        var parser = new DepthLimitedParser(new Parser(_scanner));
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
        var node = Collection(kind, opening, isFlow);
        Attach(node);
        if (!MayDefer(node))
        {
            _stack.Add(node);
            _keySets.Add(null);
            return true;
        }

        if (_skimmer!.Skim(parser, opening, isFlow) is not var (end, cut))
        {
            return false;
        }

        node.Defer(end, cut);
        return true;
    }

    /// <summary>Only an attached mapping value without properties, and only when the policy agrees.</summary>
    private bool MayDefer(YamlNode node) =>
        _policy is not null && node.Anchor is null && node.Tag is null
        && _stack.Count > 0 && _stack[^1] is { Kind: YamlNodeKind.Mapping } parent && parent.RawChildren.Count % 2 == 0
        && _policy.ShouldDefer(new CollectionPath(_stack));

    private void AddScalar(Scalar scalar)
    {
        var start = Offset(scalar.Start);
        var end = Offset(scalar.End);
        var anchor = AnchorOf(scalar.Anchor);
        var tag = TagOf(scalar.Tag);
        var style = StyleOf(scalar.Style);
        var node = new YamlNode(_source, YamlNodeKind.Scalar, start, end)
        {
            Anchor = anchor,
            Tag = tag,
            Style = style,
            IsFlow = _stack.Count > 0 && _stack[^1].IsFlow,
            Value = scalar.Value,
        };

        if (scalar.Value.Length == 0 && style == ScalarStyle.Plain)
        {
            (node.Start, node.End) = EmptyScalarPlacement.Place(_text, start, end, anchor is not null || tag is not null, ParentShape());
        }
        else if (style == ScalarStyle.Plain && anchor is null && tag is null && end - start == scalar.Value.Length
            && _text.AsSpan(start, end - start).SequenceEqual(scalar.Value))
        {
            node.UseTextAsValue();
        }

        Attach(node);
        if (anchor is not null)
        {
            _anchors[anchor] = node;
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

        target.IsAliased = true;
        Attach(new YamlNode(_source, target.Kind, Offset(alias.Start), Offset(alias.End))
        {
            AliasTarget = target,
            Style = target.Style,
            IsFlow = _stack.Count > 0 && _stack[^1].IsFlow,
        });
    }

    private void Close(ParsingEvent end)
    {
        var node = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        _keySets.RemoveAt(_keySets.Count - 1);

        // Flow end events sit on the bracket; block end events on the next token, so a block
        // collection ends where its last child does (yaml-fidelity.md, "Offsets").
        if (node.IsFlow && node.Kind == YamlNodeKind.Mapping && IsSinglePair(node))
        {
            // "[a: 1]": the parser's marks for the implicit mapping are not its text.
            node.IsSinglePair = true;
            node.Start = node.RawChildren[0].Start;
            node.End = node.RawChildren[^1].End;
        }
        else if (node.IsFlow)
        {
            var bracket = Offset(end.Start);
            node.End = bracket < _text.Length && _text[bracket] is '}' or ']' ? bracket + 1 : Offset(end.End);
        }
        else if (node.RawChildren.Count > 0)
        {
            node.End = node.RawChildren[^1].End;
        }

        // Registered when complete: an alias inside its own anchored node would make a cycle.
        if (node.Anchor is not null)
        {
            _anchors[node.Anchor] = node;
        }
    }

    /// <summary>A flow mapping inside a flow sequence written without braces (<c>[a: 1]</c>).</summary>
    private bool IsSinglePair(YamlNode mapping)
    {
        if (mapping.Parent is not { Kind: YamlNodeKind.Sequence, IsFlow: true } || mapping.RawChildren.Count == 0)
        {
            return false;
        }

        return IsWrittenWithoutBraces(_text, mapping.RawChildren[0].Start);
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

    private void Attach(YamlNode node)
    {
        if (_stack.Count == 0)
        {
            _documents.Add(node);
            return;
        }

        var parent = _stack[^1];
        if (parent.Kind == YamlNodeKind.Mapping && parent.RawChildren.Count % 2 == 0)
        {
            CheckDuplicateKey(parent, node);
        }

        parent.AddChild(node);
    }

    /// <summary>
    /// Duplicate keys are refused: which one wins differs between readers. Keys are compared as
    /// spans of the text, so checking them leaves no string behind in the tree (issue 5: GC cost).
    /// </summary>
    private void CheckDuplicateKey(YamlNode mapping, YamlNode key)
    {
        var resolved = key.Resolved;
        if (resolved.Kind != YamlNodeKind.Scalar)
        {
            return;
        }

        var value = resolved.ValueSpan;
        var children = mapping.RawChildren;
        var keyCount = children.Count / 2;
        if (keyCount >= LinearKeyScanLimit)
        {
            var set = _keySets[^1];
            if (set is null)
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                var keys = set.GetAlternateLookup<ReadOnlySpan<char>>();
                for (var i = 0; i < children.Count; i += 2)
                {
                    if (children[i].Resolved is { Kind: YamlNodeKind.Scalar } other)
                    {
                        keys.Add(other.ValueSpan);
                    }
                }

                _keySets[^1] = set;
            }

            if (set.GetAlternateLookup<ReadOnlySpan<char>>().Add(value))
            {
                return;
            }
        }

        for (var i = 0; i < children.Count; i += 2)
        {
            var other = children[i].Resolved;
            if (other.Kind == YamlNodeKind.Scalar && other.ValueEquals(value))
            {
                throw Duplicate(value.ToString(), key, other);
            }
        }
    }

    private YamlException Duplicate(string value, YamlNode key, YamlNode first) =>
        new($"duplicate mapping key \"{value}\" (first defined on line {_source.LineOf(first.Start)})", _source.LineOf(key.Start), _source.ColumnOf(key.Start));

    private ParentShape? ParentShape()
    {
        if (_stack.Count == 0)
        {
            return null;
        }

        var parent = _stack[^1];
        var siblings = parent.RawChildren;
        return new ParentShape(parent.Kind == YamlNodeKind.Mapping, parent.IsFlow, parent.Start, siblings.Count, siblings.Count > 0 ? siblings[^1].End : 0);
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
