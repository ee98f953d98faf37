using Krm.Yaml;

namespace Krm.Tests.Yaml;

public class ReadingApiTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: numaflow-server   # the UX server
          labels: {app: numaflow-ux, "tier": 'web'}
        spec:
          replicas: 1
          template:
            spec:
              containers:
              - name: main
                args:
                  - "server"
                  - --insecure=true
                ports:
                - containerPort: 8443
                readinessProbe:
                  httpGet: {path: /readyz, port: 8443, scheme: HTTPS}
        """;

    private static YamlNode Root(string yaml) => YamlSource.Parse(yaml).Documents[0];

    [Fact]
    public void At_walks_nested_mappings()
    {
        var spec = Root(Deployment).At("spec", "template", "spec");

        Assert.NotNull(spec);
        Assert.Equal(YamlNodeKind.Mapping, spec.Kind);
        Assert.Equal("main", spec["containers"]![0]!.GetString("name"));
    }

    [Fact]
    public void Missing_keys_and_wrong_kinds_give_null()
    {
        var root = Root(Deployment);

        Assert.Null(root.At("spec", "nope", "x"));
        Assert.Null(root["kind"]!["x"]);
        Assert.Null(root["metadata"]![0]);
        Assert.Null(root.At("spec", "template", "spec", "containers")![5]);
        Assert.Null(root.GetString("metadata"));
        Assert.Empty(root["kind"]!.Items);
        Assert.Empty(root["kind"]!.Entries);
    }

    [Fact]
    public void Scalar_values_are_unquoted_and_styles_reported()
    {
        var labels = Root(Deployment).At("metadata", "labels")!;

        Assert.True(labels.IsFlow);
        Assert.Equal(["app", "tier"], labels.Entries.Select(e => e.Key.Value));
        Assert.Equal(ScalarStyle.DoubleQuoted, labels.Entries[1].Key.Style);
        Assert.Equal("web", labels.GetString("tier"));
        Assert.Equal(ScalarStyle.SingleQuoted, labels["tier"]!.Style);
    }

    [Fact]
    public void Ints_and_bools_resolve_from_plain_scalars_only()
    {
        var root = Root("""
            a: 8443
            b: "8443"
            c: 0x1F
            d: 1_000
            e: yes
            f: "true"
            g: Off
            h: 99999999999999999999
            i: !!str 12
            """);

        Assert.True(root["a"]!.TryGetInt(out var a));
        Assert.Equal(8443, a);
        Assert.False(root["b"]!.TryGetInt(out _));
        Assert.True(root["c"]!.TryGetInt(out var c));
        Assert.Equal(31, c);
        Assert.True(root["d"]!.TryGetInt(out var d));
        Assert.Equal(1000, d);
        Assert.True(root["e"]!.TryGetBool(out var e));
        Assert.True(e);
        Assert.False(root["f"]!.TryGetBool(out _));
        Assert.True(root["g"]!.TryGetBool(out var g));
        Assert.False(g);
        Assert.False(root["h"]!.TryGetInt(out _));
        Assert.False(root["i"]!.TryGetInt(out _));
    }

    [Theory]
    [InlineData("a: hello", true)]
    [InlineData("a: '8080'", true)]
    [InlineData("a: 8080", false)]
    [InlineData("a: 1.5", false)]
    [InlineData("a: .inf", false)]
    [InlineData("a: yes", false)]
    [InlineData("a: y", false)]
    [InlineData("a: ~", false)]
    [InlineData("a: 2001-12-14", false)]
    [InlineData("a: 1:30", false)]
    [InlineData("a: |\n  8080\n", true)]
    [InlineData("a: !!str 8080", true)]
    [InlineData("a: v1.2", true)]
    public void IsString_holds_only_when_every_reader_sees_a_string(string yaml, bool expected) =>
        Assert.Equal(expected, Root(yaml)["a"]!.IsString);

    [Theory]
    [InlineData("a:")]
    [InlineData("a: ~")]
    [InlineData("a: null")]
    [InlineData("a: NULL")]
    [InlineData("a: Null")]
    public void Null_forms_are_null(string yaml)
    {
        var root = Root(yaml);

        Assert.True(root["a"]!.IsNull);
        Assert.Null(root.GetString("a"));
    }

    [Theory]
    [InlineData("a: ''")]
    [InlineData("a: nil")]
    [InlineData("a: !!str")]
    public void Quoted_empty_and_other_words_are_not_null(string yaml) => Assert.False(Root(yaml)["a"]!.IsNull);

    [Fact]
    public void Aliases_yield_the_anchored_node_itself()
    {
        var root = Root("""
            base: &b {x: 1}
            copy: *b
            list: [*b, &s two, *s]
            """);

        Assert.Same(root["base"], root["copy"]);
        Assert.Same(root["base"], root["list"]![0]);
        Assert.Same(root["list"]![1], root["list"]![2]);
        Assert.Same(root["base"], root.Entries[1].Value);
        Assert.Same(root["base"], root["list"]!.Items[0]);
        Assert.Equal("b", root["base"]!.Anchor);
    }

    [Fact]
    public void Merge_keys_are_followed_by_key_lookup()
    {
        var root = Root("""
            defaults: &d {port: 8443, scheme: HTTPS}
            probe:
              <<: *d
              port: 8080
            """);

        Assert.Equal("8080", root.At("probe", "port")!.Value);
        Assert.Equal("HTTPS", root.At("probe", "scheme")!.Value);
    }

    [Fact]
    public void An_alias_to_an_unknown_anchor_is_refused()
    {
        var ex = Assert.Throws<YamlException>(() => YamlSource.Parse("a: 1\nb: *nope\n"));

        Assert.Equal(2, ex.Line);
        Assert.Contains("nope", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_keys_are_refused_naming_the_key_and_its_line()
    {
        var ex = Assert.Throws<YamlException>(() => YamlSource.Parse("a: 1\nb:\n  c: 1\n  'c': 2\n"));

        Assert.Equal(4, ex.Line);
        Assert.Equal(3, ex.Column);
        Assert.Contains("\"c\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_keys_are_refused_in_large_mappings_too()
    {
        var yaml = string.Concat(Enumerable.Range(0, 40).Select(i => $"k{i}: {i}\n")) + "k7: again\n";

        var ex = Assert.Throws<YamlException>(() => YamlSource.Parse(yaml));

        Assert.Equal(41, ex.Line);
        Assert.Contains("k7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_key_in_different_documents_is_not_a_duplicate() =>
        Assert.Equal(2, YamlSource.Parse("a: 1\n---\na: 2\n").Documents.Count);

    [Fact]
    public void Parser_errors_become_one_line_yaml_exceptions_with_position()
    {
        var ex = Assert.Throws<YamlException>(() => YamlSource.Parse("a: 1\nb: [1, 2\nc: 3\n"));

        Assert.True(ex.Line >= 2);
        Assert.True(ex.Column >= 1);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.StartsWith($"line {ex.Line}, column {ex.Column}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_as_deep_as_the_limit_does_not_overflow()
    {
        // The mapping holding "a" is the first level; deeper is refused (NestingDepthTests).
        const int depth = DepthLimitedParser.MaxDepth - 1;
        var yaml = "a: " + new string('[', depth) + new string(']', depth) + "\n";

        var node = YamlSource.Parse(yaml).Documents[0]["a"];
        var level = 0;
        while (node is { Kind: YamlNodeKind.Sequence } && node.Items.Count > 0)
        {
            node = node[0];
            level++;
        }

        Assert.Equal(depth - 1, level);
    }

    [Fact]
    public void Documents_are_listed_in_order()
    {
        var source = YamlSource.Parse("kind: A\n---\nkind: B\n---\n# only a comment\n");

        Assert.Equal(["A", "B"], source.Documents.Take(2).Select(d => d.GetString("kind")));
    }

    [Fact]
    public void Line_and_column_are_one_based()
    {
        var probe = Root(Deployment).At("spec", "template", "spec", "containers")![0]!["readinessProbe"]!;

        var probeKey = Root(Deployment).At("spec", "template", "spec", "containers")![0]!.Entries[3].Key;

        Assert.Equal(17, probeKey.Line);
        Assert.Equal(9, probeKey.Column);
        Assert.Equal(18, probe.Line);
        Assert.Equal(11, probe.Column);
        Assert.Equal(42, probe["httpGet"]!["port"]!.Column);
    }

    [Fact]
    public void Spans_cover_the_written_text()
    {
        var source = YamlSource.Parse(Deployment);
        var root = source.Documents[0];

        Assert.Equal("{app: numaflow-ux, \"tier\": 'web'}", Slice(root.At("metadata", "labels")!));
        Assert.Equal("'web'", Slice(root.At("metadata", "labels", "tier")!));
        Assert.Equal("numaflow-server", Slice(root.At("metadata", "name")!));
        Assert.Equal("- \"server\"\n          - --insecure=true", Slice(root.At("spec", "template", "spec", "containers")![0]!["args"]!));

        string Slice(YamlNode node) => source.Text[node.Start..node.End];
    }

    [Fact]
    public void Empty_values_sit_right_after_their_indicator()
    {
        var source = YamlSource.Parse("a:\nb:   # c\n  # d\nc: [x, ]\nd:\n- \n-\ne: x\n");
        var root = source.Documents[0];

        Assert.Equal(2, root["a"]!.Start);
        Assert.Equal(2, root["a"]!.End);
        Assert.Equal("b:".Length, root["b"]!.Start - root.Entries[1].Key.Start);
        Assert.Equal(source.Text.IndexOf("- \n", StringComparison.Ordinal) + 1, root["d"]![0]!.Start);
        Assert.Equal(source.Text.IndexOf("-\ne", StringComparison.Ordinal) + 1, root["d"]![1]!.Start);
    }

    [Fact]
    public void An_empty_value_with_properties_ends_after_them()
    {
        var source = YamlSource.Parse("a: &x\nb: !!str\nc: &y !t   # note\nd: 1\n");
        var root = source.Documents[0];

        Assert.Equal("&x", source.Text[root["a"]!.Start..root["a"]!.End]);
        Assert.Equal("!!str", source.Text[root["b"]!.Start..root["b"]!.End]);
        Assert.Equal("&y !t", source.Text[root["c"]!.Start..root["c"]!.End]);
        Assert.Equal("!!str", root["b"]!.Tag);
        Assert.Equal("x", root["a"]!.Anchor);
    }

    [Fact]
    public void Block_mapping_ends_with_its_last_child_not_at_the_next_token()
    {
        var source = YamlSource.Parse("a:\n  b: 1\n  c: 2\n\n# trailing\nd: 3\n");

        var a = source.Documents[0]["a"]!;

        Assert.Equal("b: 1\n  c: 2", source.Text[a.Start..a.End]);
    }
}
