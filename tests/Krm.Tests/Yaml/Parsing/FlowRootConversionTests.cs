using Krm.Yaml;

namespace Krm.Tests.Yaml;

public class FlowRootConversionTests
{
    private const string Json = """
        {"apiVersion": "config.kubernetes.io/v1", "kind": "ResourceList", "items": [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cm", "annotations": {"note": "a: b # not a comment"}}, "data": {"server.insecure": "true", "port": "8443", "n": null, "e": "", "x": 1.5, "b": false, "long": "LONG"}}], "functionConfig": {}}
        """;

    [Fact]
    public void A_json_root_is_converted_once_to_block_yaml()
    {
        var source = YamlSource.Parse(Json.Replace("LONG", new string('w', 300), StringComparison.Ordinal) + "\n");

        var root = source.Documents[0];
        Assert.False(root.IsFlow);
        Assert.False(source.HasEdits);
        Assert.StartsWith("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- apiVersion: v1\n", source.Text, StringComparison.Ordinal);
        var item = root["items"]![0]!;
        Assert.False(item.IsFlow);
        Assert.Equal("a: b # not a comment", item.At("metadata", "annotations", "note")!.Value);
        Assert.True(item.At("data", "server.insecure")!.IsString);
        Assert.True(item.At("data", "port")!.IsString);
        Assert.True(item.At("data", "n")!.IsNull);
        Assert.Contains("\"n\": null\n", source.Text, StringComparison.Ordinal);
        Assert.True(item.At("data", "e")!.IsString);
        Assert.False(item.At("data", "x")!.IsString);
        Assert.True(item.At("data", "b")!.TryGetBool(out var b) && !b);
        Assert.Contains(new string('w', 300) + "\n", source.Text, StringComparison.Ordinal);
        Assert.Equal(YamlNodeKind.Mapping, root["functionConfig"]!.Kind);
    }

    [Fact]
    public void Edits_after_conversion_splice_into_the_block_text()
    {
        var source = YamlSource.Parse(Json + "\n");
        var data = source.Documents[0]["items"]![0]!["data"]!;

        data.Set("server.insecure", "false");
        data.Set("server.port", "8080");

        var reread = YamlSource.Parse(source.Render()).Documents[0]["items"]![0]!["data"]!;
        Assert.Equal("false", reread.GetString("server.insecure"));
        Assert.Equal("8080", reread.GetString("server.port"));
        Assert.True(reread["server.port"]!.IsString);
    }

    [Fact]
    public void Only_flow_mapping_roots_are_converted()
    {
        var source = YamlSource.Parse("a: [1, 2]  # keep\n---\n{\"b\": [3]}\n---\n[4, 5]\n");

        Assert.Equal("a: [1, 2]  # keep\n---\nb:\n- 3\n---\n[4, 5]\n", source.Text);
    }

    [Fact]
    public void A_tagged_empty_scalar_stays_the_empty_string_and_an_anchored_one_stays_null()
    {
        var root = YamlSource.Parse("{a: !!str , b: &x , c: *x}\n").Documents[0];

        Assert.Equal("", root.GetString("a"));
        Assert.False(root["a"]!.IsNull);
        Assert.True(root["b"]!.IsNull);
        Assert.True(root["c"]!.IsNull);
    }

    [Fact]
    public void A_json_root_on_the_document_marker_line_moves_below_it() =>
        Assert.Equal("--- \na: 1\n", YamlSource.Parse("--- {\"a\": 1}\n").Text);

    [Fact]
    public void Crlf_json_converts_with_crlf() =>
        Assert.Equal("a:\r\n  b: 1\r\n", YamlSource.Parse("{\"a\": {\"b\": 1}}\r\n").Text);

    [Fact]
    public void Bom_survives_conversion()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "{\"a\": 1}"u8];

        var source = YamlSource.Parse(SourceText.Decode(bytes));

        Assert.Equal([0xEF, 0xBB, 0xBF, .. "a: 1\n"u8], source.RenderUtf8());
    }
}
