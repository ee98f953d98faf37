using Krm.Config;
using Krm.Tests.Hosting;
using Krm.Yaml;

namespace Krm.Tests.Config;

public class FunctionDefinitionTests
{
    [Fact]
    public void Definition_gives_group_kind_versions_and_the_spec_schema()
    {
        var definition = TestFunction.Definition;

        Assert.Equal("test.krmfn.dev", definition.Group);
        Assert.Equal("TestFunction", definition.Kind);
        Assert.Equal(["v1"], definition.Versions);
        Assert.Equal("test.krmfn.dev/v1", definition.ApiVersion);
        var spec = definition.SpecSchema;
        Assert.False(spec.AdditionalProperties);
        Assert.Equal(["mode", "count", "strict"], spec.Properties.Select(p => p.Name));
        Assert.Equal(SchemaType.Integer, spec.Property("count")!.Type);
        Assert.Equal(10, spec.Property("count")!.Maximum);
        Assert.Equal("fast|slow", spec.Property("mode")!.Describe());
        Assert.Equal("fast", spec.Property("mode")!.Default);
    }

    [Theory]
    [InlineData("pattern: '^a'")]
    [InlineData("type: array")]
    [InlineData("minimum: low")]
    public void Schema_features_the_validator_does_not_check_are_refused(string keyword)
    {
        var yaml = TestFunction.DefinitionYaml.Replace("description: Be strict.", keyword, StringComparison.Ordinal)
            .Replace("type: boolean", keyword.StartsWith("type", StringComparison.Ordinal) ? "" : "type: boolean", StringComparison.Ordinal);

        Assert.Throws<YamlException>(() => FunctionDefinition.Parse(yaml));
    }

    [Fact]
    public void A_document_that_is_not_a_function_definition_is_refused()
    {
        Assert.Throws<YamlException>(() => FunctionDefinition.Parse("apiVersion: v1\nkind: ConfigMap\n"));
    }
}
