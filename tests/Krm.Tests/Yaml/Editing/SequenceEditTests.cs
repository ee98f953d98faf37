using Krm.Yaml;

namespace Krm.Tests.Yaml;

public class SequenceEditTests
{
    private static string Edit(string yaml, Action<YamlNode> edit) => Golden.Edit(yaml, edit);

    [Theory]
    [InlineData("l:\n- a\n- b\n", "l:\n- a\n- b\n- c\n")]
    [InlineData("l:\n  - a\n  - b\n", "l:\n  - a\n  - b\n  - c\n")]
    [InlineData("l:\n    -   a\n", "l:\n    -   a\n    - c\n")]
    [InlineData("l:\n  - a\n  # owned\nx: 1\n", "l:\n  - a\n  # owned\n  - c\nx: 1\n")]
    [InlineData("l:\n  - a", "l:\n  - a\n  - c\n")]
    [InlineData("l: [a, b]\n", "l: [a, b, c]\n")]
    [InlineData("l: []\n", "l: [c]\n")]
    [InlineData("l: [\"a\"]\n", "l: [\"a\", \"c\"]\n")]
    [InlineData("l:\n- - a\n  - b\n", "l:\n- - a\n  - b\n- c\n")]
    public void Append_keeps_the_sequence_style(string yaml, string expected) =>
        Assert.Equal(expected, Edit(yaml, root => root["l"]!.Append("c")));

    [Fact]
    public void Appending_a_map_to_an_indented_env_list_renders_it_in_block_style()
    {
        var actual = Edit("env:\n  - name: A\n    value: x\n", root => root["env"]!.Append(YamlValue.Map(("name", "X"), ("value", "true"))));

        Assert.Equal("env:\n  - name: A\n    value: x\n  - name: X\n    value: \"true\"\n", actual);
    }

    [Theory]
    [InlineData(0, "l:\n- new\n- a\n- b\n")]
    [InlineData(1, "l:\n- a\n- new\n- b\n")]
    [InlineData(2, "l:\n- a\n- b\n- new\n")]
    public void Insert_puts_the_item_before_the_index(int index, string expected) =>
        Assert.Equal(expected, Edit("l:\n- a\n- b\n", root => root["l"]!.Insert(index, "new")));

    [Theory]
    [InlineData("l: [a, b]\n", 0, "l: [new, a, b]\n")]
    [InlineData("l: [a, b]\n", 1, "l: [a, new, b]\n")]
    [InlineData("l:\n- - a\n  - b\n", 0, "l:\n- new\n- - a\n  - b\n")]
    public void Insert_works_in_flow_and_nested_sequences(string yaml, int index, string expected) =>
        Assert.Equal(expected, Edit(yaml, root => (index == 0 && yaml.Contains("- -", StringComparison.Ordinal) ? root["l"]! : root["l"]!).Insert(index, "new")));

    [Fact]
    public void Insert_into_an_inline_nested_sequence_keeps_its_column()
    {
        var actual = Edit("l:\n- - a\n  - b\n", root => root["l"]![0]!.Insert(0, "new"));

        Assert.Equal("l:\n- - new\n  - a\n  - b\n", actual);
    }

    [Theory]
    [InlineData("l:\n- a\n- b  # bee\n- c\n", 1, "l:\n- a\n- c\n")]
    [InlineData("l:\n  - name: a\n    v: 1\n  - name: b\n", 0, "l:\n  - name: b\n")]
    [InlineData("l:\n- a\n", 0, "l: []\n")]
    [InlineData("l: &x\n  - a\n", 0, "l: &x []\n")]
    [InlineData("- a\n", 0, "[]\n")]
    [InlineData("l: [a, b, c]\n", 2, "l: [a, b]\n")]
    [InlineData("l: [a, b, c]\n", 0, "l: [b, c]\n")]
    [InlineData("l: [a]\n", 0, "l: []\n")]
    public void RemoveAt_takes_out_the_item(string yaml, int index, string expected) =>
        Assert.Equal(expected, Edit(yaml, root => (root.Kind == YamlNodeKind.Sequence ? root : root["l"]!).RemoveAt(index)));

    [Fact]
    public void Removing_the_first_of_an_inline_nested_sequence_moves_the_next_up()
    {
        var actual = Edit("l:\n- - a\n  - b\n", root => root["l"]![0]!.RemoveAt(0));

        Assert.Equal("l:\n- - b\n", actual);
    }

    [Fact]
    public void Out_of_range_indexes_are_programming_errors()
    {
        var root = YamlSource.Parse("l: [a]\n").Documents[0];

        Assert.Throws<ArgumentOutOfRangeException>(() => root["l"]!.Insert(2, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => root["l"]!.RemoveAt(1));
    }

    [Fact]
    public void Sequence_edits_on_a_mapping_are_refused() =>
        Assert.Throws<YamlException>(() => YamlSource.Parse("m: {a: 1}\n").Documents[0]["m"]!.Append("x"));
}
