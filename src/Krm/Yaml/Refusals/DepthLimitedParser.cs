using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ParserException = YamlDotNet.Core.YamlException;

namespace Krm.Yaml;

/// <summary>
/// The parser's events, refusing a collection nested deeper than <see cref="MaxDepth"/>
/// (docs/safety.md, Depth). YamlDotNet's scanner walks every open flow level for each token, so
/// deep nesting costs O(depth²) (100,000 levels of <c>[</c>: 88 s); refusing at the opening event
/// keeps it linear.
/// Wrapping the parser covers every reader of its events: the tree builder and the subtree skimmer.
/// </summary>
internal sealed class DepthLimitedParser(IParser parser) : IParser
{
    /// <summary>Collections open at once, a document's own one included.</summary>
    public const int MaxDepth = 1000;

    private int _depth;

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        if (!parser.MoveNext())
        {
            return false;
        }

        switch (parser.Current)
        {
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                // A parser error: the tree builder reports it with its line and column like any other.
                throw new ParserException(parser.Current.Start, parser.Current.End, $"nesting deeper than {MaxDepth} levels");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
            default:
                break;
        }

        return true;
    }
}
