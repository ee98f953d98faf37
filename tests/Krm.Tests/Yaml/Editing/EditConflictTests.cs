using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary>Two edits of one node: the same edit again is no change; another is a conflict named where it is made.</summary>
public class EditConflictTests
{
    [Fact]
    public void Setting_a_scalar_twice_to_the_same_value_is_one_edit()
    {
        var output = Golden.Edit("spec:\n  replicas: 1\n", root =>
        {
            root.At("spec", "replicas")!.SetInt(3);
            root.At("spec", "replicas")!.SetInt(3);
            root["spec"]!.Set("replicas", 3);
        });

        Assert.Equal("spec:\n  replicas: 3\n", output);
    }

    [Fact]
    public void Setting_a_scalar_to_two_values_names_the_field_and_both_values()
    {
        var source = YamlSource.Parse("spec:\n  replicas: 1\n");
        source.Documents[0].At("spec", "replicas")!.SetInt(2);

        var conflict = Assert.Throws<YamlException>(() => source.Documents[0].At("spec", "replicas")!.SetInt(3));

        Assert.Equal("line 2, column 13: conflicting edits of spec.replicas: set to 2, then set to 3", conflict.Message);
    }

    [Fact]
    public void Removing_an_edited_key_is_a_conflict()
    {
        var source = YamlSource.Parse("data:\n  a: x\n");
        source.Documents[0].At("data", "a")!.SetString("y");

        var conflict = Assert.Throws<YamlException>(() => source.Documents[0]["data"]!.Remove("a"));

        Assert.Contains("conflicting edits of data.a: set to \"y\", then removed", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_twice_is_one_removal()
    {
        var output = Golden.Edit("data:\n  a: x\n  b: y\n", root =>
        {
            root["data"]!.Remove("a");
            root["data"]!.Remove("a");
        });

        Assert.Equal("data:\n  b: y\n", output);
    }

    [Fact]
    public void Adding_a_key_twice_with_two_values_is_a_conflict()
    {
        var source = YamlSource.Parse("data:\n  a: x\n");
        source.Documents[0]["data"]!.Set("b", "1");

        var conflict = Assert.Throws<YamlException>(() => source.Documents[0]["data"]!.Set("b", "2"));

        Assert.Contains("key \"b\" added as \"1\", then as \"2\"", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_key_an_edit_added_drops_that_edit()
    {
        var output = Golden.Edit("data:\n  a: x\n", root =>
        {
            root["data"]!.Set("b", "1");
            root["data"]!.Remove("b");
        });

        Assert.Equal("data:\n  a: x\n", output);
    }

    [Fact]
    public void An_edit_inside_a_replaced_value_is_a_conflict_when_validated()
    {
        var source = YamlSource.Parse("spec:\n  replicas: 1\n");
        source.Documents[0].Set("spec", YamlValue.Map(("replicas", 2)));
        source.Documents[0].At("spec", "replicas")!.SetInt(3);

        var conflict = Assert.Throws<YamlException>(source.ValidateEdits);

        Assert.Contains("conflicting edits", conflict.Message, StringComparison.Ordinal);
    }
}
