using Krm.Config;
using Krm.Results;
using Krm.Yaml;

namespace Krm.Tests.Config;

/// <summary>
/// A kpt-style typed config whose schema describes the whole object (<c>SetNamespace{namespace: prod}</c>,
/// no <c>spec</c>), with a list and a string map, bound from the typed object, ConfigMap strings and flags.
/// </summary>
public class WholeObjectConfigTests
{
    internal const string DefinitionYaml = """
        apiVersion: config.kubernetes.io/v1alpha1
        kind: KRMFunctionDefinition
        metadata:
          name: setnamespaces.fn.example.com
        spec:
          group: fn.example.com
          names:
            kind: SetNamespace
          description: Sets the namespace.
          versions:
            - name: v1
              schema:
                openAPIV3Schema:
                  type: object
                  additionalProperties: false
                  properties:
                    apiVersion: {type: string}
                    kind: {type: string}
                    metadata: {type: object}
                    namespace:
                      type: string
                      description: The namespace.
                    kinds:
                      type: array
                      items: {type: string}
                      default: "Deployment,Service"
                      description: Kinds to touch.
                    ports:
                      type: array
                      items: {type: integer, minimum: 1, maximum: 65535}
                      description: Ports.
                    labels:
                      type: object
                      additionalProperties: {type: string}
                      description: Labels to add.
        """;

    internal static FunctionDefinition Definition { get; } = FunctionDefinition.Parse(DefinitionYaml);

    private static (ConfigValues Values, ResultSink Results) Bind(string? functionConfig, params ConfigFlag[] flags)
    {
        var node = functionConfig is null ? null : YamlSource.Parse(functionConfig).Documents[0];
        var results = new ResultSink();
        return (new ConfigBinder(Definition).Bind(node, flags, results), results);
    }

    [Theory]
    [InlineData("{type: array}", "an array needs items")]
    [InlineData("{type: array, items: {type: array, items: {type: string}}}", "items must be a string, integer or boolean schema")]
    [InlineData("{type: object, additionalProperties: {type: object}}", "additionalProperties must be a string, integer or boolean schema")]
    public void A_schema_with_no_config_spelling_is_refused_when_loaded(string schema, string message)
    {
        var yaml = DefinitionYaml.Replace("kind: {type: string}", "kind: {type: string}\n            extra: " + schema, StringComparison.Ordinal);

        var refusal = Assert.Throws<YamlException>(() => FunctionDefinition.Parse(yaml));

        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fields_are_the_objects_own_but_the_envelope()
    {
        Assert.Null(Definition.FieldsRoot);
        Assert.Equal(["namespace", "kinds", "ports", "labels"], Definition.FieldsSchema.Properties.Select(p => p.Name));
    }

    [Fact]
    public void Top_level_fields_of_the_typed_object_are_bound()
    {
        var (values, results) = Bind("""
            apiVersion: fn.example.com/v1
            kind: SetNamespace
            metadata: {name: set-ns, annotations: {config.kubernetes.io/local-config: "true"}}
            namespace: prod
            kinds: [ConfigMap]
            ports: [80, 443]
            labels: {team: blue, tier: "1"}
            """);

        Assert.Empty(results.Results);
        Assert.Equal("prod", values.GetString("namespace"));
        Assert.Equal("namespace", values["namespace"]!.FieldPath);
        Assert.Equal(["ConfigMap"], values.GetList("kinds"));
        Assert.Equal(["80", "443"], values.GetList("ports"));
        Assert.Equal(new Dictionary<string, string> { ["team"] = "blue", ["tier"] = "1" }, values.GetMap("labels"));
        Assert.Equal("set-ns", values.FunctionConfig!.At("metadata", "name")!.Value);
    }

    [Fact]
    public void A_list_default_is_written_comma_separated()
    {
        var (values, results) = Bind(null);

        Assert.Empty(results.Results);
        Assert.Equal(["Deployment", "Service"], values.GetList("kinds"));
        Assert.False(values.IsGiven("kinds"));
        Assert.Null(values.FunctionConfig);
    }

    [Fact]
    public void An_unknown_top_level_field_names_itself()
    {
        var (_, results) = Bind("apiVersion: fn.example.com/v1\nkind: SetNamespace\nnamespaces: prod\n");

        var error = Assert.Single(results.Results);
        Assert.Equal("namespaces", error.Field!.Path);
        Assert.Contains("unknown field (known: namespace, kinds, ports, labels)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ports: [80, x]", "ports[1]", "expected an integer, got 'x'")]
    [InlineData("ports: [0]", "ports[0]", "must be between 1 and 65535, got 0")]
    [InlineData("ports: 80", "ports", "expected a list of integer 1-65535")]
    [InlineData("labels: {a: [b]}", "labels.a", "expected a string")]
    [InlineData("labels: [a]", "labels", "expected a map of string")]
    public void A_wrong_element_names_its_field(string field, string path, string message)
    {
        var (_, results) = Bind($"apiVersion: fn.example.com/v1\nkind: SetNamespace\n{field}\n");

        var error = Assert.Single(results.Results);
        Assert.Equal(path, error.Field!.Path);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigMap_data_carries_lists_and_maps_comma_separated_or_as_flow_yaml()
    {
        var (values, results) = Bind("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: function-input}
            data:
              kinds: "Deployment, StatefulSet"
              ports: '[8080, "9090"]'
              labels: "team=blue, tier=web"
            """);

        Assert.Empty(results.Results);
        Assert.Equal(["Deployment", "StatefulSet"], values.GetList("kinds"));
        Assert.Equal(["8080", "9090"], values.GetList("ports"));
        Assert.Equal("data.ports", values["ports"]!.FieldPath);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "blue", ["tier"] = "web" }, values.GetMap("labels"));
    }

    [Fact]
    public void A_flow_map_holds_values_with_commas()
    {
        var (values, results) = Bind("apiVersion: v1\nkind: ConfigMap\ndata:\n  labels: '{\"note\": \"a,b=c\"}'\n");

        Assert.Empty(results.Results);
        Assert.Equal("a,b=c", values.GetMap("labels")["note"]);
    }

    [Theory]
    [InlineData("labels", "team", "data.labels")]
    [InlineData("ports", "[1, [2]]", "data.ports")]
    [InlineData("ports", "1,x", "data.ports")]
    public void Unreadable_text_names_the_data_key(string key, string text, string path)
    {
        var (_, results) = Bind($"apiVersion: v1\nkind: ConfigMap\ndata:\n  {key}: '{text}'\n");

        Assert.Equal(path, Assert.Single(results.Results).Field!.Path);
    }

    [Fact]
    public void Flags_override_with_the_same_spellings()
    {
        var (values, results) = Bind(
            "apiVersion: fn.example.com/v1\nkind: SetNamespace\nlabels: {a: b}\n",
            new ConfigFlag("labels", "c=d", "--labels"),
            new ConfigFlag("kinds", "Job", "--kinds"));

        Assert.Empty(results.Results);
        Assert.Equal(new Dictionary<string, string> { ["c"] = "d" }, values.GetMap("labels"));
        Assert.Equal(["Job"], values.GetList("kinds"));
        Assert.Equal(ConfigOrigin.CommandLine, values["labels"]!.Origin);
    }
}
