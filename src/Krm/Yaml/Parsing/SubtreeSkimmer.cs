using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Krm.Yaml;

/// <summary>
/// Reads the events of a deferred collection without building nodes: it refuses what the tree
/// builder would refuse (duplicate keys; parse errors come from the parser itself) and computes the
/// collection's end offset exactly as the builder would, so the node's span is right before it is
/// ever built. Anchors and aliases need nodes: it gives up on them and the whole input is built eagerly.
/// </summary>
internal sealed class SubtreeSkimmer
{
    private readonly YamlSource _source;
    private readonly string _text;
    private readonly Func<Mark, int> _offset;
    private readonly List<Frame> _frames = [];
    private readonly List<KeySet> _keySets = [];

    public SubtreeSkimmer(YamlSource source, string text, Func<Mark, int> offset)
    {
        _source = source;
        _text = text;
        _offset = offset;
    }

    /// <summary>
    /// Consumes the events after <paramref name="opening"/> through its matching end. Returns the
    /// collection's end and the offset the re-parse must read up to (the next token), or null when
    /// the collection holds an anchor or alias.
    /// </summary>
    public (int End, int Cut)? Skim(IParser parser, NodeEvent opening, bool isFlow)
    {
        _frames.Clear();
        Push(opening, isMapping: opening is MappingStart, isFlow);
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case Scalar scalar:
                    if (!scalar.Anchor.IsEmpty)
                    {
                        return null;
                    }

                    AddScalar(scalar);
                    break;
                case MappingStart mapping:
                    if (!mapping.Anchor.IsEmpty)
                    {
                        return null;
                    }

                    Push(mapping, isMapping: true, mapping.Style == MappingStyle.Flow);
                    break;
                case SequenceStart sequence:
                    if (!sequence.Anchor.IsEmpty)
                    {
                        return null;
                    }

                    Push(sequence, isMapping: false, sequence.Style == SequenceStyle.Flow);
                    break;
                case MappingEnd or SequenceEnd:
                    var (start, end) = Close(parser.Current);
                    if (_frames.Count == 0)
                    {
                        return (end, isFlow ? end : _offset(parser.Current.Start));
                    }

                    AddChild(start, end);
                    break;
                case AnchorAlias:
                    return null;
                default:
                    break;
            }
        }

        throw new InvalidOperationException("the parser ended inside a collection");
    }

    private void Push(NodeEvent opening, bool isMapping, bool isFlow)
    {
        if (_keySets.Count <= _frames.Count)
        {
            _keySets.Add(new KeySet());
        }

        var keys = _keySets[_frames.Count];
        keys.Clear();
        _frames.Add(new Frame(isMapping, isFlow, _offset(opening.Start), _offset(opening.End), keys));
    }

    private void AddScalar(Scalar scalar)
    {
        var start = _offset(scalar.Start);
        var end = _offset(scalar.End);
        var frame = _frames[^1];
        // The tree builder's rules exactly: a non-specific tag ("!") is no property, "Any" style is plain.
        if (scalar.Value.Length == 0 && TreeBuilder.StyleOf(scalar.Style) == ScalarStyle.Plain)
        {
            (start, end) = EmptyScalarPlacement.Place(_text, start, end, hasProperties: TreeBuilder.TagOf(scalar.Tag) is not null, frame.Shape);
        }

        if (frame.IsMapping && frame.ChildCount % 2 == 0 && !frame.Keys.Add(scalar.Value, start, out var first))
        {
            throw new YamlException(
                $"duplicate mapping key \"{scalar.Value}\" (first defined on line {_source.LineOf(first)})", _source.LineOf(start), _source.ColumnOf(start));
        }

        AddChild(start, end);
    }

    private void AddChild(int start, int end)
    {
        var frame = _frames[^1];
        _frames[^1] = frame with
        {
            ChildCount = frame.ChildCount + 1,
            FirstChildStart = frame.ChildCount == 0 ? start : frame.FirstChildStart,
            LastChildEnd = end,
        };
    }

    /// <summary>The closed collection's span, by the tree builder's rules (see <c>TreeBuilder.Close</c>).</summary>
    private (int Start, int End) Close(ParsingEvent closing)
    {
        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        if (frame.IsFlow && frame.IsMapping && frame.ChildCount > 0
            && _frames.Count > 0 && _frames[^1] is { IsMapping: false, IsFlow: true }
            && TreeBuilder.IsWrittenWithoutBraces(_text, frame.FirstChildStart))
        {
            return (frame.FirstChildStart, frame.LastChildEnd);
        }

        if (frame.IsFlow)
        {
            var bracket = _offset(closing.Start);
            return (frame.Start, bracket < _text.Length && _text[bracket] is '}' or ']' ? bracket + 1 : _offset(closing.End));
        }

        return (frame.Start, frame.ChildCount > 0 ? frame.LastChildEnd : frame.OpeningEnd);
    }

    private readonly record struct Frame(bool IsMapping, bool IsFlow, int Start, int OpeningEnd, KeySet Keys)
    {
        public int ChildCount { get; init; }

        public int FirstChildStart { get; init; }

        public int LastChildEnd { get; init; }

        public ParentShape Shape => new(IsMapping, IsFlow, Start, ChildCount, LastChildEnd);
    }

    /// <summary>A mapping's keys so far with where each starts: a list while small, then hashed too.</summary>
    private sealed class KeySet
    {
        private const int LinearLimit = 16;
        private readonly List<(string Key, int Start)> _keys = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public void Clear()
        {
            _keys.Clear();
            _index.Clear();
        }

        /// <summary>Adds the key; false (with the first one's start) when it is already there.</summary>
        public bool Add(string key, int start, out int firstStart)
        {
            if (_keys.Count < LinearLimit)
            {
                foreach (var (existing, at) in _keys)
                {
                    if (string.Equals(existing, key, StringComparison.Ordinal))
                    {
                        firstStart = at;
                        return false;
                    }
                }

                _keys.Add((key, start));
                if (_keys.Count == LinearLimit)
                {
                    foreach (var (k, s) in _keys)
                    {
                        _index[k] = s;
                    }
                }

                firstStart = -1;
                return true;
            }

            if (!_index.TryAdd(key, start))
            {
                firstStart = _index[key];
                return false;
            }

            firstStart = -1;
            return true;
        }
    }
}
