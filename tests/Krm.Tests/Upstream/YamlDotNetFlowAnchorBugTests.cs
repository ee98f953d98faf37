using Krm.Yaml;
using YamlDotNet.Core;

namespace Krm.Tests.Upstream;

/// <summary>
/// The YamlDotNet bug docs/upstream.md reports, and that the workaround still handles it. When the
/// first test fails, the pinned YamlDotNet is fixed: drop LookaheadSafeScanner and this file.
/// </summary>
public class YamlDotNetFlowAnchorBugTests
{
    private const string Document = "data: {a: &x one, b: two}\n";

    [Fact]
    public void The_bare_parser_refuses_an_anchored_scalar_in_a_flow_mapping()
    {
        var parser = new Parser(new StringReader(Document));

        Assert.Throws<SemanticErrorException>(() =>
        {
            while (parser.MoveNext())
            {
            }
        });
    }

    [Fact]
    public void The_sdk_reads_it()
    {
        var data = YamlSource.Parse(Document).Documents[0]["data"]!;

        Assert.Equal("one", data["a"]!.Value);
        Assert.Equal("two", data["b"]!.Value);
    }
}
