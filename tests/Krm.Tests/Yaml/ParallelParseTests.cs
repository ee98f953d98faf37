using System.Text;
using Krm.ResourceLists;
using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary>
/// Issue 5: a large stream is parsed as a few runs of documents at once. The tree, and every
/// refusal, must be exactly those of the sequential parse.
/// </summary>
public class ParallelParseTests
{
    private const int Large = 300 * 1024;

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Split_cuts_only_at_document_marker_lines_and_covers_the_text(int parts)
    {
        var text = Stream(Large);

        var chunks = DocumentChunks.Split(text, parts);

        Assert.Equal(parts, chunks.Count);
        Assert.Equal(0, chunks[0].Start);
        Assert.Equal(text.Length, chunks[^1].End);
        for (var i = 1; i < chunks.Count; i++)
        {
            Assert.Equal(chunks[i - 1].End, chunks[i].Start);
            Assert.StartsWith("---", text[chunks[i].Start..], StringComparison.Ordinal);
            Assert.True(chunks[i].Start == 0 || text[chunks[i].Start - 1] == '\n');
        }
    }

    [Fact]
    public void Split_keeps_small_texts_and_streams_with_directives_whole()
    {
        Assert.Single(DocumentChunks.Split("a: 1\n---\nb: 2\n", 2));
        Assert.Single(DocumentChunks.Split("%YAML 1.2\n" + Stream(Large), 2));
        Assert.Single(DocumentChunks.Split(Stream(Large), 1));
    }

    [Fact]
    public void Split_ignores_indented_and_longer_dashes()
    {
        var filler = new string('x', Large);
        var text = $"a: |\n  ---\n  {filler}\nb: ----\n----\n---x\n---\nc: 1\n";

        var chunks = DocumentChunks.Split(text, 2);

        Assert.Equal(2, chunks.Count);
        Assert.Equal(text.IndexOf("---\nc: 1", StringComparison.Ordinal), chunks[1].Start);
    }

    [Fact]
    public void Install_fixture_parses_in_parallel_to_the_sequential_tree()
    {
        var text = SourceText.Decode(File.ReadAllBytes(Path.Combine(Fixtures.NumaflowDirectory, "numaflow-v1.8.3-install.yaml")));

        Assert.Equal(
            TreeDump.Of(YamlSource.Parse(text, KrmLazyPolicy.Instance, parallelism: 1)),
            TreeDump.Of(YamlSource.Parse(text, KrmLazyPolicy.Instance, parallelism: 2)));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Mixed_stream_parses_in_parallel_to_the_sequential_tree(string newLine)
    {
        var text = SourceText.FromString(Stream(Large).Replace("\n", newLine, StringComparison.Ordinal));

        Assert.Equal(TreeDump.Of(YamlSource.Parse(text, null, parallelism: 1)), TreeDump.Of(YamlSource.Parse(text, null, parallelism: 4)));
    }

    [Theory]
    [InlineData("key: [unclosed\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: *nowhere\n")]
    [InlineData("a:\n\tb: 1\n")]
    public void A_refusal_in_a_later_run_reads_as_the_sequential_one(string bad)
    {
        var text = SourceText.FromString(Stream(Large) + "---\n" + bad + "---\nok: 1\n");

        var sequential = Assert.Throws<YamlException>(() => YamlSource.Parse(text, null, parallelism: 1));
        var parallel = Assert.Throws<YamlException>(() => YamlSource.Parse(text, KrmLazyPolicy.Instance, parallelism: 2));

        Assert.Equal((sequential.Message, sequential.Line, sequential.Column), (parallel.Message, parallel.Line, parallel.Column));
    }

    /// <summary>Documents of every shape a stream mixes: block, flow, JSON, scalars, empty, anchored, block scalars.</summary>
    private static string Stream(int length)
    {
        string[] shapes =
        [
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c{0}\ndata:\n  a: |\n    ---\n    text\n  b:\n",
            "{{\"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": {{\"name\": \"s{0}\"}}, \"spec\": {{\"ports\": [{{\"port\": 8443}}]}}}}\n",
            "just a scalar {0}\n",
            "",
            "base: &b\n  port: {0}\ncopy: *b\n",
            "--- |\n  root literal {0}\n",
            "list:\n- a\n-\n- {{k: v}}\n...\n",
        ];
        var text = new StringBuilder();
        for (var i = 0; text.Length < length; i++)
        {
            text.Append("---\n").AppendFormat(System.Globalization.CultureInfo.InvariantCulture, shapes[i % shapes.Length], i);
        }

        return text.ToString().Replace("---\n--- |", "--- |", StringComparison.Ordinal);
    }
}
