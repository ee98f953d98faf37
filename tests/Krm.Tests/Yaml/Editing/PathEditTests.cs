using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary><c>SetAt</c>: a value at a path of keys, the missing mappings added, several paths merged.</summary>
public class PathEditTests
{
    [Fact]
    public void SetAt_adds_the_missing_parent_mappings()
    {
        var output = Golden.Edit("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n", root =>
            root.SetAt(["metadata", "annotations", "team"], "blue"));

        Assert.Equal("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    team: blue\n", output);
    }

    [Fact]
    public void SetAt_replaces_an_existing_value_in_place()
    {
        var output = Golden.Edit("metadata:\n  labels:\n    app: a # keep\n", root =>
            root.SetAt(["metadata", "labels", "app"], "b"));

        Assert.Equal("metadata:\n  labels:\n    app: b # keep\n", output);
    }

    [Fact]
    public void Two_paths_through_one_added_mapping_merge_into_one_entry()
    {
        var output = Golden.Edit("metadata:\n  name: a\n", root =>
        {
            root.SetAt(["metadata", "annotations", "a"], "1");
            root.SetAt(["metadata", "annotations", "b"], "2");
            root.SetAt(["metadata", "annotations", "a"], "1");
        });

        Assert.Equal("metadata:\n  name: a\n  annotations:\n    a: \"1\"\n    b: \"2\"\n", output);
    }

    [Fact]
    public void SetAt_fills_an_empty_value()
    {
        var output = Golden.Edit("metadata:\n  labels:\nspec: {}\n", root =>
            root.SetAt(["metadata", "labels", "app"], "a"));

        Assert.Equal("metadata:\n  labels:\n    app: a\nspec: {}\n", output);
    }

    [Fact]
    public void SetAt_through_a_scalar_is_refused_naming_the_path()
    {
        var source = YamlSource.Parse("metadata: text\n");

        var refusal = Assert.Throws<YamlException>(() => source.Documents[0].SetAt(["metadata", "labels", "a"], "b"));

        Assert.Contains("metadata is a scalar", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_different_values_through_one_added_mapping_are_a_named_conflict()
    {
        var source = YamlSource.Parse("metadata:\n  name: a\n");
        source.Documents[0].SetAt(["metadata", "labels", "app"], "a");

        var conflict = Assert.Throws<YamlException>(() => source.Documents[0].SetAt(["metadata", "labels", "app"], "b"));

        Assert.Contains("conflicting edits of metadata: labels.app set to \"a\", then to \"b\"", conflict.Message, StringComparison.Ordinal);
    }
}
