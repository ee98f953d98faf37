using Krm.Yaml;

namespace Krm.Tests.Yaml;

public class MappingEditTests
{
    private static string Edit(string yaml, Action<YamlNode> edit) => Golden.Edit(yaml, edit);

    [Theory]
    [InlineData("a: 1\nb: 2\n", "a: 1\nb: 2\nk: v\n")]
    [InlineData("a: 1\nb: 2", "a: 1\nb: 2\nk: v\n")]
    [InlineData("a: 1   # trailing\n\n\n", "a: 1   # trailing\nk: v\n\n\n")]
    [InlineData("a: |\n  text\n\nb: |\n  more\n\n\n", "a: |\n  text\n\nb: |\n  more\nk: v\n\n\n")]
    [InlineData("a: |+\n  text\n\n", "a: |+\n  text\n\nk: v\n")]
    [InlineData("a:\n  - x\n  - y\n", "a:\n  - x\n  - y\nk: v\n")]
    [InlineData("a:\n  b:\n    c: >\n      folded\n", "a:\n  b:\n    c: >\n      folded\nk: v\n")]
    public void New_keys_go_after_the_last_entry_at_the_first_key_indentation(string yaml, string expected) =>
        Assert.Equal(expected, Edit(yaml, root => root.Set("k", "v")));

    [Fact]
    public void Comment_lines_indented_at_the_key_column_belong_to_the_mapping()
    {
        var actual = Edit("m:\n  a: 1\n  # owned by m\n\n    # deeper, owned\n# not owned\nc: 3\n", root => root["m"]!.Set("k", "v"));

        Assert.Equal("m:\n  a: 1\n  # owned by m\n\n    # deeper, owned\n  k: v\n# not owned\nc: 3\n", actual);
    }

    [Fact]
    public void A_key_after_comments_at_its_own_column_is_set_apart_by_a_blank_line()
    {
        // Without the blank line kpt reads the comments as the new key's head comment and restores
        // them as the previous key's foot comment too: the user's file gets the block twice.
        var actual = Edit("data:\n  a: \"1\"\n  #\n  # b: \"2\"\nkind: ConfigMap\n", root => root["data"]!.Set("k", "v"));

        Assert.Equal("data:\n  a: \"1\"\n  #\n  # b: \"2\"\n\n  k: v\nkind: ConfigMap\n", actual);
    }

    [Fact]
    public void Nested_mapping_in_a_sequence_item_gains_a_key_at_its_own_column()
    {
        var actual = Edit("items:\n- name: a\n  value: b\n- name: c\n", root => root["items"]![0]!.Set("k", 1));

        Assert.Equal("items:\n- name: a\n  value: b\n  k: 1\n- name: c\n", actual);
    }

    [Theory]
    [InlineData("data:\n", "data:\n  k: v\n")]
    [InlineData("data:", "data:\n  k: v\n")]
    [InlineData("data: ~\nx: 1\n", "data:\n  k: v\nx: 1\n")]
    [InlineData("data: null   # empty\n", "data:   # empty\n  k: v\n")]
    [InlineData("data:\n  # c1\n\n  # c2\nx: 1\n", "data:\n  # c1\n\n  # c2\n  k: v\nx: 1\n")]
    [InlineData("data: &d\nx: 1\n", "data: &d\n  k: v\nx: 1\n")]
    [InlineData("- data:\n  x: 1\n", "- data:\n    k: v\n  x: 1\n")]
    [InlineData("a: {data: }\n", "a: {data: {k: v}}\n")]
    public void A_null_value_becomes_a_mapping_under_its_key(string yaml, string expected)
    {
        var actual = Edit(yaml, root => (root.Kind == YamlNodeKind.Sequence ? root[0]!["data"]! : root["data"] ?? root["a"]!["data"]!).Set("k", "v"));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("a: {x: 1}\n", "a: {x: 1, k: v}\n")]
    [InlineData("a: {}\n", "a: {k: v}\n")]
    [InlineData("a: { }\n", "a: {k: v }\n")]
    [InlineData("a: {\"x\": 1}\n", "a: {\"x\": 1, \"k\": \"v\"}\n")]
    [InlineData("a: {x: 1,\n  y: 2\n}\n", "a: {x: 1,\n  y: 2,\n  k: v\n}\n")]
    [InlineData("a: {\r\n  x: 1\r\n}\r\n", "a: {\r\n  x: 1,\r\n  k: v\r\n}\r\n")]
    [InlineData("a: {x}\n", "a: {x, k: v}\n")]
    public void Flow_mappings_gain_keys_inline_or_on_their_own_line_when_each_has_one(string yaml, string expected) =>
        Assert.Equal(expected, Edit(yaml, root => root["a"]!.Set("k", "v")));

    [Fact]
    public void Flow_mapping_values_are_rendered_in_flow_style()
    {
        var actual = Edit("a: {x: 1}\n", root => root["a"]!.Set("m", YamlValue.Map(("p", 8080), ("q", YamlValue.Seq("on", "b")))));

        Assert.Equal("a: {x: 1, m: {p: 8080, q: [\"on\", b]}}\n", actual);
    }

    [Theory]
    [InlineData("a: 1\n", "8080", "a: \"8080\"\n")]
    [InlineData("a: x\n", 8080, "a: 8080\n")]
    [InlineData("a: 'x'\n", true, "a: 'true'\n")]
    [InlineData("a: {b: 1}\n", "s", "a: s\n")]
    [InlineData("a:\n  b: 1\n  c: 2\nd: 3\n", 5, "a: 5\nd: 3\n")]
    public void Existing_keys_are_replaced_in_place(string yaml, object value, string expected)
    {
        YamlValue v = value switch
        {
            string s => s,
            int i => i,
            bool b => b,
            _ => throw new ArgumentException("type", nameof(value)),
        };

        Assert.Equal(expected, Edit(yaml, root => root.Set("a", v)));
    }

    [Fact]
    public void A_scalar_value_replaced_by_a_mapping_is_written_in_block_style()
    {
        var actual = Edit("probe: none  # todo\nx: 1\n", root => root.Set("probe", YamlValue.Map(("httpGet", YamlValue.Map(("port", 8443), ("scheme", "HTTPS"))))));

        Assert.Equal("probe:\n  httpGet:\n    port: 8443\n    scheme: HTTPS  # todo\nx: 1\n", actual);
    }

    [Fact]
    public void Block_values_of_every_kind_render_at_the_right_indentation()
    {
        var actual = Edit("spec:\n  a: 1\n", root => root["spec"]!.Set("m", YamlValue.Map(
            ("list", YamlValue.Seq(YamlValue.Map(("name", "X"), ("value", "true")), "plain", YamlValue.Seq(1, 2))),
            ("empty", YamlValue.Map()),
            ("none", YamlValue.Seq()),
            ("nothing", YamlValue.Null))));

        Assert.Equal(
            "spec:\n  a: 1\n  m:\n    list:\n    - name: X\n      value: \"true\"\n    - plain\n    - - 1\n      - 2\n    empty: {}\n    none: []\n    nothing: null\n",
            actual);
        Assert.Equal("true", YamlSource.Parse(actual).Documents[0].At("spec", "m", "list")![0]!.GetString("value"));
    }

    [Theory]
    [InlineData("a: 1\nb: 2  # two\nc: 3\n", "b", "a: 1\nc: 3\n")]
    [InlineData("a: 1\nb:\n  x: 1\n  y: |\n    t\n\nc: 3\n", "b", "a: 1\n\nc: 3\n")]
    [InlineData("a: 1\nb: 2\n", "zz", "a: 1\nb: 2\n")]
    [InlineData("m:\n  only: 1\n", "only", "m: {}\n")]
    [InlineData("m: &a\n  only: 1\n", "only", "m: &a {}\n")]
    [InlineData("- only: 1\n", "only", "- {}\n")]
    [InlineData("- a: 1\n  b: 2\n", "a", "- b: 2\n")]
    [InlineData("f: {a: 1, b: 2, c: 3}\n", "b", "f: {a: 1, c: 3}\n")]
    [InlineData("f: {a: 1, b: 2}\n", "a", "f: {b: 2}\n")]
    [InlineData("f: {a: 1}\n", "a", "f: {}\n")]
    public void Remove_takes_out_the_whole_entry(string yaml, string key, string expected)
    {
        var actual = Edit(yaml, root =>
        {
            var target = root.Kind == YamlNodeKind.Sequence ? root[0]! : root["f"] ?? root["m"] ?? root;
            target.Remove(key);
        });

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void New_lines_use_the_document_newline()
    {
        var actual = Edit("a:\r\n  b: 1\r\nc:\r\n  # note\r\n", root =>
        {
            root["a"]!.Set("k", YamlValue.Map(("x", 1)));
            root["c"]!.Set("d", "e");
        });

        Assert.Equal("a:\r\n  b: 1\r\n  k:\r\n    x: 1\r\nc:\r\n  # note\r\n  d: e\r\n", actual);
    }

    [Fact]
    public void Keys_that_would_not_read_back_as_strings_are_quoted()
    {
        var actual = Edit("a: 1\n", root =>
        {
            root.Set("yes", 1);
            root.Set("8080", 2);
            root.Set("k: v", 3);
        });

        Assert.Equal("a: 1\n\"yes\": 1\n\"8080\": 2\n\"k: v\": 3\n", actual);
    }
}
