using Krm.ResourceLists;
using Krm.Tests.Yaml.Sweep;
using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary>
/// Lazy trees: a deferred collection, once read, is exactly the subtree the eager parse builds
/// (spans, values, styles, properties), and the lazy parse refuses what the eager one refuses, so
/// deferring saves work without changing what any reader or editor sees.
/// </summary>
public class LazyParseTests
{
    public static TheoryData<string> TrickyShapes() =>
    [
        "a:\n  b:\n  c: 1\n",
        "a:\n  b: 1\n  c:\n",
        "a:\n  b: 1\n  c:   \n\n# after\nd: 2\n",
        "a:\n- \n- x\n-\n",
        "a:\n-\nb: 1\n",
        "a: [ ]\nb: {}\nc: { }\n",
        "a: [x: 1, {b: 2}, c, d: ]\n",
        "a: {b, c: , d: [,]}\n".Replace(",]", "]", StringComparison.Ordinal),
        "a: !!map\n  b: 1\n",
        "a:\n  b: |+\n    keep\n\n\nc: 1\n",
        "a:\n  b: |+\n    keep at the end\n\n\n",
        "a:\n  b: |\n    no break at the end",
        "a:\r\n  b: 1\r\n  c:\r\nd: [1,\r\n 2]\r\n",
        "a:\n  b: 1 # c\n  # trailing\n# top\nc: 2\n",
        "a: {b: 1,\n  c: [1,\n 2]}\nd: 1\n",
        "a:\n  b: \"x\n    y\"\n  c: 'p\n\n    q'\n  d: plain\n    continued\n",
        "a:\n  - b: 1\n    c:\n  - d\n  - - e\n    -\n",
        "a:\n  ? x\n  : y\n  ? z\n",
        "a:\n  [x, y]: 1\n  {k: v}: 2\n",
        "a:\n  b: 1\n---\na:\n  c: 2\n...\n--- \na:\n  d: [3]\n",
        "a:\n  b: !!str 1\n  c: !t\n",
        "a:\n  b: !t\n",
        "{\"a\": {\"b\": [1, 2, {\"c\": null}]}, \"d\": {}}\n",
        "a:\n    b:\n        c: 1\n        d:\n    e: [x]\n",
        "a:\n  ключ: значение 😀\n  b:\n",
        "a: &x\n  b: 1\nc: *x\n",
        "a:\n  b: &y 1\nc: *y\n",
        "a:\n  b: &y\n    c: 1\n  d: *y\n",
        "a:\n  <<: {m: 1}\n  b: 2\n",
        "a: {b: {c: {d: [e, {f: g}]}}}\n",
        "a:\n- {x: 1}\n- [y]\n- z: [1, {w: }]\n",
        "emptyitem:\n-\n- !\n", // a non-specific tag is no property: placed after the dash, as eagerly
        "json: {\"a\": \"1\"}\n:\n::", // a mapping YamlDotNet reads only in context: built from the eager tree
        "x: {\"a\": \"1\"}\n:\n::\n---\ny: {\"b\": \"2\"}\n:\n::\n", // two such: the one eager tree serves both
    ];

    public static TheoryData<string> Fixtures_() =>
        [.. Fixtures.NumaflowFiles().Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(TrickyShapes))]
    public void Deferred_collections_read_back_as_the_eager_tree(string yaml) =>
        Assert.Equal(TreeDump.Of(YamlSource.Parse(yaml)), TreeDump.Of(ParseLazily(yaml, DeferEverything.Instance)));

    [Fact]
    public void Sweep_shapes_read_back_as_the_eager_tree()
    {
        foreach (var yaml in SweepShapes.All)
        {
            Assert.Equal(TreeDump.Of(YamlSource.Parse(yaml)), TreeDump.Of(ParseLazily(yaml, DeferEverything.Instance)));
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures_))]
    public void Fixtures_read_back_as_the_eager_tree(string name)
    {
        var yaml = File.ReadAllText(Path.Combine(Fixtures.NumaflowDirectory, name));

        var eager = TreeDump.Of(YamlSource.Parse(yaml));

        Assert.Equal(eager, TreeDump.Of(ParseLazily(yaml, DeferEverything.Instance)));
        Assert.Equal(eager, TreeDump.Of(ParseLazily(yaml, KrmLazyPolicy.Instance)));
    }

    [Fact]
    public void Krm_policy_defers_item_fields_but_builds_metadata_and_the_list_itself()
    {
        const string yaml = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n    labels: {x: y}\n  data:\n    k: v\nfunctionConfig:\n  data:\n    tls: auto\n";

        var root = ParseLazily(yaml, KrmLazyPolicy.Instance).Documents[0];
        var item = root["items"]![0]!;

        Assert.False(root.RawChildren[5].IsDeferred); // items
        Assert.False(item["metadata"]!.IsDeferred);
        Assert.False(item["metadata"]!["labels"]!.IsDeferred);
        Assert.False(root["functionConfig"]!.IsDeferred);
        Assert.True(item.RawChildren[7].IsDeferred); // data, not read yet
        Assert.Equal("v", item["data"]!.GetString("k"));
        Assert.False(item.RawChildren[7].IsDeferred);
    }

    [Fact]
    public void Krm_policy_defers_a_stream_documents_fields_except_metadata()
    {
        var document = ParseLazily("apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n  - port: 8443\n", KrmLazyPolicy.Instance).Documents[0];

        Assert.False(document.RawChildren[5].IsDeferred);
        Assert.True(document.RawChildren[7].IsDeferred);
        Assert.Equal("8443", document.At("spec", "ports")![0]!.GetString("port"));
    }

    [Fact]
    public void Kinds_the_function_reads_are_built_at_once_when_their_kind_comes_first()
    {
        var policy = new KrmLazyPolicy(new HashSet<string> { "Deployment" });
        const string yaml = "kind: Deployment\nspec:\n  replicas: 1\n---\nspec:\n  replicas: 1\nkind: Deployment\n---\nkind: ConfigMap\ndata:\n  a: b\n";

        var documents = ParseLazily(yaml, policy).Documents;

        Assert.False(documents[0].RawChildren[3].IsDeferred); // kind first: built
        Assert.True(documents[1].RawChildren[1].IsDeferred);  // kind after spec: not known yet, deferred
        Assert.True(documents[2].RawChildren[3].IsDeferred);  // a kind the function does not read
        Assert.Equal("1", documents[1].At("spec", "replicas")!.Value);
    }

    [Theory]
    [InlineData("a:\n  b: 1\n  c: 2\n  b: 3\n")]
    [InlineData("a:\n  x:\n    - {k: 1, k: 2}\n")]
    [InlineData("a:\n  k0: 0\n  k1: 1\n  k2: 2\n  k3: 3\n  k4: 4\n  k5: 5\n  k6: 6\n  k7: 7\n  k8: 8\n  k9: 9\n  k10: 10\n  k11: 11\n  k12: 12\n  k13: 13\n  k14: 14\n  k15: 15\n  k16: 16\n  k3: again\n")]
    [InlineData("a:\n  b: [1, 2\n")]
    [InlineData("a:\n  b: \"unclosed\n")]
    [InlineData("a:\n  b: *nowhere\n")]
    [InlineData("a:\n\tb: 1\n")]
    public void Lazy_parse_refuses_what_the_eager_parse_refuses_with_the_same_message(string yaml)
    {
        var eager = Assert.Throws<YamlException>(() => YamlSource.Parse(yaml));

        var lazy = Assert.Throws<YamlException>(() => ParseLazily(yaml, DeferEverything.Instance));

        Assert.Equal((eager.Message, eager.Line, eager.Column), (lazy.Message, lazy.Line, lazy.Column));
    }

    [Fact]
    public void Edits_through_a_deferred_collection_render_as_eager_ones()
    {
        const string yaml = "a: 1\nspec:\n  ports:\n  - port: 8443 # https\n    targetPort: 8443\n  type: ClusterIP\n";
        var eager = YamlSource.Parse(yaml);
        var lazy = ParseLazily(yaml, DeferEverything.Instance);

        foreach (var source in new[] { eager, lazy })
        {
            var port = source.Documents[0].At("spec", "ports")![0]!;
            port["port"]!.SetInt(8080);
            port.Set("name", "http");
            source.Documents[0]["spec"]!.Remove("type");
        }

        Assert.Equal(eager.Render(), lazy.Render());
    }

    private static YamlSource ParseLazily(string yaml, LazyPolicy policy) => YamlSource.Parse(SourceText.FromString(yaml), policy);
}
