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

    private TreeBuilder(YamlSource source, string text)
    {
        _source = source;
        _text = text;
        _scanner = new Scanner(new StringReader(text), skipComments: true);
    }

    public static List<YamlNode> Build(YamlSource source, string text)
    {
        var builder = new TreeBuilder(source, text);
        try
        {
            builder.Run();
        }
        catch (ParserException ex)
        {
            throw new YamlException(ParserMessage(ex), (int)ex.Start.Line, (int)ex.Start.Column, ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet 18.1 throws this from ScanPlainScalar on some malformed flow input. Our own
            // words: in the trimmed AOT binary ex.Message is only a resource key (UseSystemResourceKeys).
            var mark = builder._scanner.CurrentPosition;
            throw new YamlException("malformed YAML in a flow sequence or mapping (is a '[' or '{' not closed?)", (int)mark.Line, (int)mark.Column, ex);
        }

        return builder._documents;
    }

    private YamlNode Collection(YamlNodeKind kind, NodeEvent start, bool isFlow) =>
        new(_source, kind, Offset(start.Start), Offset(start.End))
        {
            Anchor = AnchorOf(start.Anchor),
            Tag = TagOf(start.Tag),
            Style = ScalarStyle.None,
            IsFlow = isFlow,
        };

    private void Run()
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
                    Open(Collection(YamlNodeKind.Mapping, mapping, mapping.Style == MappingStyle.Flow));
                    break;
                case SequenceStart sequence:
                    Open(Collection(YamlNodeKind.Sequence, sequence, sequence.Style == SequenceStyle.Flow));
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
    }

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
            PlaceEmptyScalar(node, anchor is not null || tag is not null);
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

    private void Open(YamlNode node)
    {
        Attach(node);
        _stack.Add(node);
        _keySets.Add(null);
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

        var p = mapping.RawChildren[0].Start - 1;
        while (p >= 0 && _text[p] is ' ' or '\t' or '\r' or '\n')
        {
            p--;
        }

        return p < 0 || _text[p] != '{';
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

    /// <summary>Duplicate keys are refused: which one wins differs between readers.</summary>
    private void CheckDuplicateKey(YamlNode mapping, YamlNode key)
    {
        var resolved = key.Resolved;
        if (resolved.Kind != YamlNodeKind.Scalar)
        {
            return;
        }

        var value = resolved.Value!;
        var children = mapping.RawChildren;
        var keyCount = children.Count / 2;
        if (keyCount < LinearKeyScanLimit)
        {
            for (var i = 0; i < children.Count; i += 2)
            {
                var other = children[i].Resolved;
                if (other.Kind == YamlNodeKind.Scalar && other.ValueEquals(value))
                {
                    throw Duplicate(value, key, other);
                }
            }

            return;
        }

        var set = _keySets[^1];
        if (set is null)
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < children.Count; i += 2)
            {
                var other = children[i].Resolved;
                if (other.Kind == YamlNodeKind.Scalar)
                {
                    set.Add(other.Value!);
                }
            }

            _keySets[^1] = set;
        }

        if (!set.Add(value))
        {
            for (var i = 0; i < children.Count; i += 2)
            {
                var other = children[i].Resolved;
                if (other.Kind == YamlNodeKind.Scalar && other.ValueEquals(value))
                {
                    throw Duplicate(value, key, other);
                }
            }
        }
    }

    private YamlException Duplicate(string value, YamlNode key, YamlNode first) =>
        new($"duplicate mapping key \"{value}\" (first defined on line {_source.LineOf(first.Start)})", _source.LineOf(key.Start), _source.ColumnOf(key.Start));

    /// <summary>
    /// An empty plain scalar's event marks sit on the next token (often the next line). Place it
    /// where it is written instead: right after its properties (<c>a: &amp;x</c>), else right after
    /// the <c>:</c> or <c>-</c> indicator introducing it.
    /// </summary>
    private void PlaceEmptyScalar(YamlNode node, bool hasProperties)
    {
        if (hasProperties)
        {
            var p = node.Start;
            var end = p;
            while (p < _text.Length && _text[p] is '&' or '!')
            {
                while (p < _text.Length && !IsSpaceOrBreak(_text[p]) && _text[p] is not (',' or ']' or '}'))
                {
                    p++;
                }

                end = p;
                while (p < _text.Length && _text[p] is ' ' or '\t')
                {
                    p++;
                }
            }

            node.End = end;
            return;
        }

        if (_stack.Count == 0)
        {
            return;
        }

        var parent = _stack[^1];
        var siblings = parent.RawChildren;
        int from;
        char indicator;
        if (parent.Kind == YamlNodeKind.Mapping)
        {
            if (siblings.Count % 2 == 0)
            {
                return; // an empty key: nothing to anchor it to
            }

            from = siblings[^1].End;
            indicator = ':';
        }
        else
        {
            from = siblings.Count > 0 ? siblings[^1].End : parent.Start + (parent.IsFlow ? 1 : 0);
            indicator = parent.IsFlow ? ',' : '-';
            if (parent.IsFlow && siblings.Count == 0)
            {
                node.Start = node.End = from;
                return;
            }
        }

        var q = TextScan.SkipTrivia(_text, from, _text.Length);
        var position = q < _text.Length && _text[q] == indicator ? q + 1 : from;
        node.Start = position;
        node.End = position;
    }

    private static bool IsSpaceOrBreak(char c) => c is ' ' or '\t' or '\r' or '\n';

    private static int Offset(Mark mark) => (int)mark.Index;

    private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private static string? TagOf(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : ShortTag(tag.Value);

    /// <summary>Core-schema tags in their usual short form (<c>!!str</c>), others as resolved.</summary>
    private static string ShortTag(string tag) =>
        tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag["tag:yaml.org,2002:".Length..] : tag;

    private static ScalarStyle StyleOf(CoreScalarStyle style) => style switch
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
