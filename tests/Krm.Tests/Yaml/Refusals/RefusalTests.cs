using Krm.Yaml;

namespace Krm.Tests.Yaml;

public class RefusalTests
{
    [Theory]
    [InlineData("a: [x, , y]\n")]
    [InlineData("a: {b: 1, , c: 2}\n")]
    public void Empty_flow_entries_are_refused_at_parse(string yaml) =>
        Assert.Throws<YamlException>(() => YamlSource.Parse(yaml));

    [Fact]
    public void Explicit_keys_are_read_but_not_edited()
    {
        var root = YamlSource.Parse("? a\n: 1\nb: 2\n").Documents[0];

        Assert.Equal("1", root.GetString("a"));
        var ex = Assert.Throws<YamlException>(() => root["a"]!.SetInt(3));
        Assert.Contains("explicit", ex.Message, StringComparison.Ordinal);
        Assert.Throws<YamlException>(() => root.Set("c", 1));
        Assert.Throws<YamlException>(() => root.Remove("b"));
    }

    [Fact]
    public void Complex_keys_are_refused_for_edits()
    {
        var root = YamlSource.Parse("? [a, b]\n: 1\nc: 2\n").Documents[0];

        var ex = Assert.Throws<YamlException>(() => root.Set("d", 1));

        Assert.Contains("complex", ex.Message, StringComparison.Ordinal);
        Assert.Equal("2", root.GetString("c"));
    }

    [Fact]
    public void Single_pair_mappings_in_flow_sequences_are_read_but_not_edited()
    {
        var source = YamlSource.Parse("a: [b: 1, c]\n");
        var pair = source.Documents[0]["a"]![0]!;

        Assert.Equal("1", pair.GetString("b"));
        Assert.Equal("b: 1", source.Text[pair.Start..pair.End]);
        Assert.Throws<YamlException>(() => pair["b"]!.SetInt(2));
        Assert.Throws<YamlException>(() => pair.Set("d", 2));
        source.Documents[0]["a"]![1]!.SetString("ok");
        Assert.Equal("a: [b: 1, ok]\n", source.Render());
    }

    [Fact]
    public void Nodes_reached_only_through_a_merge_key_are_not_edited()
    {
        var source = YamlSource.Parse("base: &b\n  port: 8443\n  tls: {on: 1}\nsvc:\n  <<: *b\n  name: x\n");
        var svc = source.Documents[0]["svc"]!;

        Assert.Equal("8443", svc.GetString("port"));
        var ex = Assert.Throws<YamlException>(() => svc["port"]!.SetInt(8080));
        Assert.Contains("merge", ex.Message, StringComparison.Ordinal);
        Assert.Throws<YamlException>(() => svc["tls"]!.Set("x", 1));
        Assert.Throws<YamlException>(() => svc.Remove("port"));
    }

    [Fact]
    public void Setting_a_merged_key_adds_an_overriding_entry()
    {
        var source = YamlSource.Parse("base: &b\n  port: 8443\nsvc:\n  <<: *b\n  name: x\n");

        source.Documents[0]["svc"]!.Set("port", 8080);

        Assert.Equal("base: &b\n  port: 8443\nsvc:\n  <<: *b\n  name: x\n  port: 8080\n", source.Render());
    }

    [Fact]
    public void The_anchored_mapping_itself_stays_editable()
    {
        var source = YamlSource.Parse("base: &b\n  port: 8443\nsvc:\n  <<: *b\n");

        source.Documents[0]["base"]!["port"]!.SetInt(8080);

        Assert.Equal("base: &b\n  port: 8080\nsvc:\n  <<: *b\n", source.Render());
    }

    [Fact]
    public void Refusals_carry_the_position_of_the_node()
    {
        var root = YamlSource.Parse("a: 1\nb: {c: 2}\n").Documents[0];

        var ex = Assert.Throws<YamlException>(() => root["b"]!.SetInt(1));

        Assert.Equal(2, ex.Line);
        Assert.Equal(4, ex.Column);
    }
}
