using Krm.Yaml;

namespace Krm.Tests.Yaml;

public class ScalarEditTests
{
    private static string Edit(string yaml, Action<YamlNode> edit) => Golden.Edit(yaml, edit);

    [Theory]
    [InlineData("a: x  # keep\n", "z", "a: z  # keep\n")]
    [InlineData("a: x\n", "y", "a: \"y\"\n")]
    [InlineData("a: x\n", "8080", "a: \"8080\"\n")]
    [InlineData("a: x\n", "yes", "a: \"yes\"\n")]
    [InlineData("a: x\n", "n", "a: \"n\"\n")]
    [InlineData("a: x\n", "off", "a: \"off\"\n")]
    [InlineData("a: x\n", "~", "a: \"~\"\n")]
    [InlineData("a: x\n", "", "a: \"\"\n")]
    [InlineData("a: x\n", "1.5e3", "a: \"1.5e3\"\n")]
    [InlineData("a: x\n", "0o17", "a: \"0o17\"\n")]
    [InlineData("a: x\n", "2026-11-27", "a: \"2026-11-27\"\n")]
    [InlineData("a: x\n", "a: b", "a: \"a: b\"\n")]
    [InlineData("a: x\n", "a #b", "a: \"a #b\"\n")]
    [InlineData("a: x\n", "a#b", "a: a#b\n")]
    [InlineData("a: x\n", "--insecure=true", "a: --insecure=true\n")]
    [InlineData("a: x\n", "- x", "a: \"- x\"\n")]
    [InlineData("a: x\n", "*x", "a: \"*x\"\n")]
    [InlineData("a: x\n", "http://h:8443/x", "a: http://h:8443/x\n")]
    [InlineData("a: x\n", "two\nlines", "a: \"two\\nlines\"\n")]
    [InlineData("a: x\n", "tab\there", "a: \"tab\\there\"\n")]
    [InlineData("a: x\n", "say \"hi\"", "a: say \"hi\"\n")]
    [InlineData("a: x\n", "é", "a: é\n")]
    [InlineData("a: [x, y]\n", "p,q", "a: [\"p,q\", y]\n")]
    [InlineData("a: {k: x}\n", "{v}", "a: {k: \"{v}\"}\n")]
    [InlineData("a: {k: x}\n", "u:v", "a: {k: u:v}\n")]
    [InlineData("a: 'x'\n", "it's", "a: 'it''s'\n")]
    [InlineData("a: 'x'\n", "8080", "a: '8080'\n")]
    [InlineData("a: 'x'\n", "l1\nl2", "a: \"l1\\nl2\"\n")]
    [InlineData("a: \"x\"\n", "q\"\\", "a: \"q\\\"\\\\\"\n")]
    [InlineData("a: \"x\"\n", "bell\u0007", "a: \"bell\\x07\"\n")]
    [InlineData("a: &k x\n", "z", "a: &k z\n")]
    [InlineData("a: !!str x\n", "8080", "a: !!str 8080\n")]
    [InlineData("a: \"multi\n  line\"\nb: 1\n", "one", "a: \"one\"\nb: 1\n")]
    [InlineData("a: plain\n  continued\nb: 1\n", "one", "a: one\nb: 1\n")]
    public void SetString_keeps_the_style_and_quotes_only_when_needed(string yaml, string value, string expected)
    {
        var actual = Edit(yaml, root => (root["a"]!.Kind == YamlNodeKind.Scalar ? root["a"]! : root["a"]![0] ?? root["a"]!["k"]!).SetString(value));

        Assert.Equal(expected, actual);
        var reread = YamlSource.Parse(actual).Documents[0]["a"]!;
        var node = reread.Kind == YamlNodeKind.Scalar ? reread : reread[0] ?? reread["k"]!;
        Assert.Equal(value, node.Value);
        Assert.True(node.IsString);
    }

    [Theory]
    [InlineData("port: 8443\n", "port: 8080\n")]
    [InlineData("port: \"8443\"\n", "port: \"8080\"\n")]
    [InlineData("port: '8443'\n", "port: '8080'\n")]
    [InlineData("port:\n", "port: 8080\n")]
    [InlineData("port: ~\n", "port: 8080\n")]
    [InlineData("port:   # none yet\n", "port: 8080  # none yet\n")]
    [InlineData("port: &p # none yet\n", "port: &p 8080 # none yet\n")]
    [InlineData("port: &p\nx: 1\n", "port: &p 8080\nx: 1\n")]
    [InlineData("port: {a: , b: 1}\n", "port: {a: 8080, b: 1}\n")]
    [InlineData("port: {a, b: 1}\n", "port: {a: 8080, b: 1}\n")]
    public void SetInt_writes_plain_digits_unless_the_scalar_is_quoted(string yaml, string expected)
    {
        var actual = Edit(yaml, root => (root["port"]!.Kind == YamlNodeKind.Scalar ? root["port"]! : root["port"]!["a"]!).SetInt(8080));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("insecure: false\n", "insecure: true\n")]
    [InlineData("insecure: \"false\"\n", "insecure: \"true\"\n")]
    [InlineData("insecure: no\n", "insecure: true\n")]
    [InlineData("- --x\n- false\n", "- --x\n- true\n")]
    public void SetBool_writes_true_or_false_in_the_existing_style(string yaml, string expected)
    {
        var actual = Edit(yaml, root => (root.Kind == YamlNodeKind.Sequence ? root[1]! : root["insecure"]!).SetBool(true));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Setting_through_an_alias_edits_the_anchored_scalar()
    {
        var actual = Edit("a: &p 1\nb: *p\n", root => root["b"]!.SetInt(2));

        Assert.Equal("a: &p 2\nb: *p\n", actual);
    }

    [Fact]
    public void Setting_a_scalar_on_a_collection_is_refused()
    {
        var root = YamlSource.Parse("a: {b: 1}\n").Documents[0];

        var ex = Assert.Throws<YamlException>(() => root["a"]!.SetString("x"));

        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Two_edits_of_the_same_scalar_are_a_named_conflict_when_made()
    {
        var source = YamlSource.Parse("a: 1\n");
        source.Documents[0]["a"]!.SetInt(2);

        var conflict = Assert.Throws<YamlException>(() => source.Documents[0]["a"]!.SetInt(3));

        Assert.Equal((1, 4), (conflict.Line, conflict.Column));
        Assert.Equal("a: 2\n", source.Render());
    }

    [Fact]
    public void Untouched_text_is_left_byte_identical_around_edits()
    {
        const string yaml = "# head\r\na: 1   # one\r\nb: [ x ,  y ]\r\nc: 'q'\r\n";

        var actual = Edit(yaml, root =>
        {
            root["a"]!.SetInt(10);
            root["b"]![1]!.SetString("z");
        });

        Assert.Equal("# head\r\na: 10   # one\r\nb: [ x ,  z ]\r\nc: 'q'\r\n", actual);
    }

    [Theory]
    [InlineData("a: |\n  old\nb: 1\n", "new\n", "a: |\n  new\nb: 1\n")]
    [InlineData("a: |\n  old\nb: 1\n", "new", "a: |-\n  new\nb: 1\n")]
    [InlineData("a: |-\n    old\n    text\n\nb: 1\n", "l1\nl2\n", "a: |\n    l1\n    l2\n\nb: 1\n")]
    [InlineData("a: >\n  old\n  text\nb: 1\n", "one\ntwo\n", "a: >\n  one\n\n  two\nb: 1\n")]
    [InlineData("a: >-\n  old\nb: 1\n", "p\n\nq", "a: >-\n  p\n\n\n  q\nb: 1\n")]
    [InlineData("a: |  # why\n  old\nb: 1\n", "kept\n\n", "a: |+  # why\n  kept\n\nb: 1\n")]
    [InlineData("a: |+\n  old\n\n\nb: 1\n", "x\n", "a: |\n  x\nb: 1\n")]
    [InlineData("- |\n  old\n- x\n", "new\n", "- |\n  new\n- x\n")]
    [InlineData("a: |\n  old", "new\n", "a: |\n  new\n")]
    [InlineData("a: |\n  old\n", "  indented first\n", "a: \"  indented first\\n\"\n")]
    [InlineData("a: &s |\n  old\n", "new\n", "a: &s |\n  new\n")]
    public void Block_scalars_are_rewritten_keeping_indicator_and_indentation(string yaml, string value, string expected)
    {
        var actual = Edit(yaml, root => (root.Kind == YamlNodeKind.Sequence ? root[0]! : root["a"]!).SetString(value));

        Assert.Equal(expected, actual);
        var reread = YamlSource.Parse(actual).Documents[0];
        Assert.Equal(value, (reread.Kind == YamlNodeKind.Sequence ? reread[0]! : reread["a"]!).Value);
    }
}
