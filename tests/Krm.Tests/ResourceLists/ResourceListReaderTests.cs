using System.Text;
using Krm.ResourceLists;
using Krm.Yaml;

namespace Krm.Tests.ResourceLists;

public class ResourceListReaderTests
{
    private static ResourceList Read(string text, string name = "stdin") =>
        ResourceListReader.Read([new InputSource(name, Encoding.UTF8.GetBytes(text))]);

    private const string Items = """
        items:
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: first
            namespace: ns
        - apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: second
        """;

    [Theory]
    [InlineData("config.kubernetes.io/v1", "ResourceList")]
    [InlineData("config.kubernetes.io/v1beta1", "ResourceList")]
    [InlineData("config.kubernetes.io/v1alpha1", "ResourceList")]
    [InlineData("v1", "List\nfunctionConfig:\n  apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: function-input\n  data: {}")]
    public void Every_resource_list_version_is_read_with_items_in_input_order(string apiVersion, string kind)
    {
        var list = Read($"apiVersion: {apiVersion}\nkind: {kind}\n{Items}\n");

        Assert.Equal(ResourceListFormat.ResourceList, list.Format);
        Assert.Equal(["first", "second"], list.Items.Select(i => i.Name));
        Assert.Equal("v1/ConfigMap/ns/first", list.Items[0].Ref.ToString());
        Assert.Null(list.Items[1].Namespace);
    }

    [Fact]
    public void Json_resource_list_is_read()
    {
        var list = Read("""{"apiVersion":"config.kubernetes.io/v1","kind":"ResourceList","items":[{"apiVersion":"v1","kind":"Service","metadata":{"name":"svc","labels":{"app":"x"}}}],"functionConfig":{"apiVersion":"v1","kind":"ConfigMap","data":{"tls":"enabled"}}}""");

        Assert.Equal(ResourceListFormat.ResourceList, list.Format);
        Assert.Equal("svc", Assert.Single(list.Items).Name);
        Assert.Equal("x", list.Items[0].Labels["app"]);
        Assert.Equal("enabled", list.FunctionConfig?.At("data", "tls")?.Value);
    }

    [Fact]
    public void Crlf_and_bom_input_is_read()
    {
        var text = "apiVersion: config.kubernetes.io/v1\r\nkind: ResourceList\r\nitems:\r\n- apiVersion: v1\r\n  kind: Secret\r\n  metadata:\r\n    name: s\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var list = ResourceListReader.Read([new InputSource("stdin", bytes)]);

        Assert.Equal("s", Assert.Single(list.Items).Name);
        Assert.True(list.Source.SourceText.HasBom);
        Assert.Equal("\r\n", list.Source.NewLine);
    }

    [Fact]
    public void Missing_or_null_items_is_an_empty_list()
    {
        Assert.Empty(Read("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n").Items);
        Assert.Empty(Read("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n").Items);
    }

    [Fact]
    public void Missing_function_config_is_null()
    {
        Assert.Null(Read($"apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n{Items}\n").FunctionConfig);
        Assert.Null(Read($"apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nfunctionConfig: ~\n{Items}\n").FunctionConfig);
    }

    [Theory]
    [InlineData("apiVersion: config.kubernetes.io/v2\nkind: ResourceList\nitems: []\n", "unsupported ResourceList apiVersion")]
    [InlineData("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: {a: b}\n", "items must be a sequence")]
    [InlineData("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: [a]\n", "item 0 is not an object")]
    [InlineData("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\nresults: x\n", "results must be a sequence")]
    [InlineData("a: b\n---\n- not an object\n", "document 1 is not an object")]
    [InlineData("a: [b\n", "stdin: ")]
    public void Unreadable_input_is_refused_with_the_input_name(string text, string message)
    {
        var error = Assert.Throws<YamlException>(() => Read(text));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("stdin: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("a: b\nc: ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        Assert.Throws<YamlException>(() => ResourceListReader.Read([new InputSource("in.yaml", bytes)]));
    }

    [Fact]
    public void Plain_stream_items_carry_file_and_document_index()
    {
        var list = Read("# header only\n---\napiVersion: v1\nkind: A\nmetadata: {name: a}\n---\n---\napiVersion: v1\nkind: B\nmetadata: {name: b}\n", "in.yaml");

        Assert.Equal(ResourceListFormat.Stream, list.Format);
        Assert.Equal(["a", "b"], list.Items.Select(i => i.Name));
        Assert.Equal("in.yaml:0", list.Items[0].File?.ToString());
        Assert.Equal("in.yaml:1", list.Items[1].File?.ToString());
        Assert.Null(list.FunctionConfig);
    }

    [Fact]
    public void Several_streams_are_read_in_argument_order()
    {
        var list = ResourceListReader.Read([
            new InputSource("one.yaml", Encoding.UTF8.GetBytes("apiVersion: v1\nkind: A\nmetadata: {name: a}\n")),
            new InputSource("two.yaml", Encoding.UTF8.GetBytes("apiVersion: v1\nkind: B\nmetadata: {name: b}\n---\napiVersion: v1\nkind: C\nmetadata: {name: c}\n")),
        ]);

        Assert.Equal(["one.yaml:0", "two.yaml:0", "two.yaml:1"], list.Items.Select(i => i.File!.ToString()));
        Assert.Equal([0, 1, 2], list.Items.Select(i => i.Position));
        Assert.Equal(2, list.Sources.Count);
    }

    [Fact]
    public void A_resource_list_cannot_be_combined_with_other_inputs()
    {
        var error = Assert.Throws<YamlException>(() => ResourceListReader.Read([
            new InputSource("one.yaml", Encoding.UTF8.GetBytes("apiVersion: v1\nkind: A\n")),
            new InputSource("rl.yaml", Encoding.UTF8.GetBytes("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\n")),
        ]));

        Assert.Contains("rl.yaml: a ResourceList cannot be combined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_is_an_empty_stream()
    {
        var list = Read("");

        Assert.Equal(ResourceListFormat.Stream, list.Format);
        Assert.Empty(list.Items);
    }
}
