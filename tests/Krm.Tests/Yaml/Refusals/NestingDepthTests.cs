using Krm.ResourceLists;
using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary>
/// Collections nest at most <see cref="DepthLimitedParser.MaxDepth"/> deep, so deep flow nesting
/// cannot cost YamlDotNet's scanner O(depth²) time (docs/safety.md, Depth); one level more is
/// refused at the collection that goes too deep.
/// </summary>
public class NestingDepthTests
{
    private const int Limit = DepthLimitedParser.MaxDepth;

    [Theory]
    [InlineData("flow")]
    [InlineData("block")]
    [InlineData("compact")]
    public void Nesting_at_the_limit_is_read(string style)
    {
        var source = YamlSource.Parse(Nested(style, Limit));

        var depth = 0;
        var node = source.Documents[0];
        while (node.Kind != YamlNodeKind.Scalar)
        {
            depth++;
            node = node.Kind == YamlNodeKind.Sequence ? node.Items[0] : node.Entries[0].Value;
        }

        Assert.Equal(Limit, depth);
        Assert.Equal("x", node.Value);
    }

    [Theory]
    [InlineData("flow", 1, 1001)]
    [InlineData("block", 1001, 1001)]
    [InlineData("compact", 1, 2001)]
    public void One_level_deeper_is_refused_where_it_opens(string style, int line, int column)
    {
        var ex = Assert.Throws<YamlException>(() => YamlSource.Parse(Nested(style, Limit + 1)));

        Assert.Equal($"line {line}, column {column}: nesting deeper than {Limit} levels", ex.Message);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
    }

    [Fact]
    public void Depth_counts_open_collections_not_collections_read()
    {
        var wide = string.Concat(Enumerable.Repeat(Nested("flow", Limit - 1) + "\n---\n", 3)) + "k: " + Nested("flow", Limit - 1) + "\n";

        var source = YamlSource.Parse(wide);

        Assert.Equal(4, source.Documents.Count);
    }

    [Theory]
    [InlineData("flow")]
    [InlineData("block")]
    [InlineData("compact")]
    public void A_deferred_collection_is_held_to_the_limit_too(string style)
    {
        // "deep" is a stream document's field: the KRM policy skims it instead of opening it.
        var yaml = "apiVersion: v1\nkind: ConfigMap\ndeep:\n" + Indented(Nested(style, Limit)) + "\n";

        var eager = Assert.Throws<YamlException>(() => YamlSource.Parse(yaml));
        var lazy = Assert.Throws<YamlException>(() => YamlSource.Parse(SourceText.FromString(yaml), KrmLazyPolicy.Instance));

        Assert.Equal((eager.Message, eager.Line, eager.Column), (lazy.Message, lazy.Line, lazy.Column));
        Assert.EndsWith($"nesting deeper than {Limit} levels", lazy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_deep_far_into_a_large_stream_names_its_line_in_the_whole_stream()
    {
        var filler = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"---\nname: n{i}\n"));
        var text = SourceText.FromString(filler + "---\nk: " + Nested("flow", Limit) + "\n---\nok: 1\n");

        var eager = Assert.Throws<YamlException>(() => YamlSource.Parse(text));
        var lazy = Assert.Throws<YamlException>(() => YamlSource.Parse(text, KrmLazyPolicy.Instance));

        Assert.Equal((eager.Message, eager.Line, eager.Column), (lazy.Message, lazy.Line, lazy.Column));
        Assert.Equal($"line 40002, column {Limit + 3}: nesting deeper than {Limit} levels", lazy.Message);
    }

    private static string Indented(string yaml) =>
        string.Join('\n', yaml.TrimEnd('\n').Split('\n').Select(line => "  " + line));

    /// <summary>
    /// <paramref name="depth"/> collections, each the only child of the one before:
    /// <c>[[[x]]]</c>, indented <c>k:</c> mappings, or <c>- - - x</c> on one line.
    /// </summary>
    private static string Nested(string style, int depth) => style switch
    {
        "flow" => new string('[', depth) + "x" + new string(']', depth),
        "block" => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i) + "k:\n")) + new string(' ', depth) + "x\n",
        "compact" => string.Concat(Enumerable.Repeat("- ", depth)) + "x\n",
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };
}
