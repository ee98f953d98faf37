using System.Text;
using Krm.Config;
using Krm.Results;
using Krm.Tests.Hosting;
using Krm.Yaml;

namespace Krm.Tests.Config;

public class ConfigBinderTests
{
    private static (ConfigValues Values, ResultSink Results) Bind(string? functionConfig, params ConfigFlag[] flags)
    {
        var node = functionConfig is null ? null : YamlSource.Parse(functionConfig).Documents[0];
        var results = new ResultSink();
        var values = new ConfigBinder(TestFunction.Definition).Bind(node, flags, results);
        return (values, results);
    }

    private static FieldRef SingleErrorField(ResultSink results)
    {
        var error = Assert.Single(results.Results);
        Assert.Equal(Severity.Error, error.Severity);
        return error.Field!;
    }

    [Fact]
    public void Missing_function_config_gives_the_schema_defaults()
    {
        var (values, results) = Bind(null);

        Assert.Empty(results.Results);
        Assert.Equal("fast", values.GetString("mode"));
        Assert.False(values.GetBool("strict"));
        Assert.Null(values.GetInt("count"));
        Assert.False(values.IsGiven("mode"));
    }

    [Fact]
    public void Typed_object_spec_is_bound_with_its_yaml_types()
    {
        var (values, results) = Bind("apiVersion: test.krmfn.dev/v1\nkind: TestFunction\nmetadata: {name: t}\nspec:\n  mode: slow\n  count: 3\n  strict: true\n");

        Assert.Empty(results.Results);
        Assert.Equal("slow", values.GetString("mode"));
        Assert.Equal(3, values.GetInt("count"));
        Assert.True(values.GetBool("strict"));
        Assert.Equal("spec.count", values["count"]!.FieldPath);
        Assert.Equal(ConfigOrigin.FunctionConfig, values["count"]!.Origin);
    }

    [Fact]
    public void ConfigMap_data_strings_are_parsed_to_the_schema_type()
    {
        var (values, results) = Bind("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: function-input}\ndata: {mode: slow, count: \"7\", strict: \"true\"}\n");

        Assert.Empty(results.Results);
        Assert.Equal(7, values.GetInt("count"));
        Assert.True(values.GetBool("strict"));
        Assert.Equal("data.count", values["count"]!.FieldPath);
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: function-input}\ndata: {}\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: function-input}\n")]
    [InlineData("apiVersion: test.krmfn.dev/v1\nkind: TestFunction\nmetadata: {name: t}\n")]
    [InlineData("apiVersion: test.krmfn.dev/v1\nkind: TestFunction\nspec:\n  count: ~\n")]
    public void Empty_config_gives_the_defaults(string config)
    {
        var (values, results) = Bind(config);

        Assert.Empty(results.Results);
        Assert.Equal("fast", values.GetString("mode"));
        Assert.Null(values.GetInt("count"));
    }

    [Theory]
    [InlineData("spec:\n  count: \"3\"\n", "spec.count", "expected an integer")]
    [InlineData("spec:\n  count: 11\n", "spec.count", "between 1 and 10")]
    [InlineData("spec:\n  count: 0\n", "spec.count", "between 1 and 10")]
    [InlineData("spec:\n  mode: medium\n", "spec.mode", "one of fast, slow")]
    [InlineData("spec:\n  mode: 12\n", "spec.mode", "expected a string")]
    [InlineData("spec:\n  strict: maybe\n", "spec.strict", "expected a boolean")]
    [InlineData("spec:\n  colour: red\n", "spec.colour", "unknown field (known: mode, count, strict)")]
    [InlineData("spec:\n  count: [1]\n", "spec.count", "expected an integer")]
    [InlineData("spec: 3\n", "spec", "expected an object")]
    public void Typed_object_errors_name_the_spec_field(string spec, string path, string message)
    {
        var (_, results) = Bind("apiVersion: test.krmfn.dev/v1\nkind: TestFunction\nmetadata: {name: t}\n" + spec);

        Assert.Equal(path, SingleErrorField(results).Path);
        Assert.Contains(message, results.Results[0].Message, StringComparison.Ordinal);
        Assert.Equal("test.krmfn.dev/v1/TestFunction/t", results.Results[0].ResourceRef?.ToString());
    }

    [Theory]
    [InlineData("count: \"ten\"", "data.count", "expected an integer, got 'ten'")]
    [InlineData("count: \"99\"", "data.count", "between 1 and 10, got 99")]
    [InlineData("strict: \"yes\"", "data.strict", "expected a boolean")]
    [InlineData("mode: medium", "data.mode", "one of fast, slow")]
    [InlineData("colour: red", "data.colour", "unknown field")]
    public void ConfigMap_errors_name_the_data_field(string data, string path, string message)
    {
        var (_, results) = Bind($"apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: function-input}}\ndata:\n  {data}\n");

        Assert.Equal(path, SingleErrorField(results).Path);
        Assert.Contains(message, results.Results[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n", "kind 'Secret' (apiVersion 'v1')")]
    [InlineData("apiVersion: test.krmfn.dev/v9\nkind: TestFunction\n", "kind 'TestFunction' (apiVersion 'test.krmfn.dev/v9')")]
    [InlineData("[1, 2]\n", "a non-object value")]
    public void Another_kind_is_an_error_naming_the_accepted_kinds(string config, string what)
    {
        var (_, results) = Bind(config);

        var error = Assert.Single(results.Results);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
        Assert.Contains("use TestFunction (test.krmfn.dev/v1) or ConfigMap (v1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_override_the_function_config_and_name_themselves()
    {
        var (values, results) = Bind("apiVersion: v1\nkind: ConfigMap\ndata: {count: \"2\", mode: slow}\n",
            new ConfigFlag("count", "5", "--count"));

        Assert.Empty(results.Results);
        Assert.Equal(5, values.GetInt("count"));
        Assert.Equal("--count", values["count"]!.FieldPath);
        Assert.Equal(ConfigOrigin.CommandLine, values["count"]!.Origin);
        Assert.Equal("slow", values.GetString("mode"));
    }

    [Fact]
    public void Flag_errors_name_the_flag()
    {
        var (_, results) = Bind(null, new ConfigFlag("count", "x", "--count"));

        Assert.Equal("--count", SingleErrorField(results).Path);
    }

    [Fact]
    public void Error_results_carry_the_rejected_value()
    {
        var (_, results) = Bind("apiVersion: v1\nkind: ConfigMap\ndata: {count: \"99\"}\n");

        Assert.Equal(FieldValue.FromInt(99), SingleErrorField(results).CurrentValue);
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var (_, results) = Bind("apiVersion: v1\nkind: ConfigMap\ndata: {count: \"0\", mode: x, colour: red}\n");

        Assert.Equal(["data.count", "data.mode", "data.colour"], results.Results.Select(r => r.Field!.Path));
    }
}
