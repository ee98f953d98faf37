using System.Globalization;
using Krm.Results;
using Krm.Yaml;

namespace Krm.Config;

/// <summary>
/// Binds a functionConfig (the typed object's <c>spec</c>, or a ConfigMap's <c>data</c> strings)
/// and then command-line flags into <see cref="ConfigValues"/>, validating each value against the
/// function definition's schema. Problems become
/// error results whose <c>field.path</c> names the config field; binding never throws on bad input.
/// </summary>
internal sealed class ConfigBinder(FunctionDefinition definition)
{
    private const string ConfigMapApiVersion = "v1";
    private const string ConfigMapKind = "ConfigMap";

    public ConfigValues Bind(YamlNode? functionConfig, IReadOnlyList<ConfigFlag> flags, ResultSink results)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(results);
        var values = new ConfigValues();
        var spec = definition.SpecSchema;
        foreach (var property in spec.Properties)
        {
            if (property.Schema.Default is { } text && property.Schema.Type != SchemaType.Object)
                values.Set(new ConfigValue(property.Name, text, property.Schema.Type, $"spec.{property.Name}", ConfigOrigin.Default));
        }

        if (functionConfig is not null && !functionConfig.IsNull)
            BindFunctionConfig(functionConfig, values, results);

        foreach (var flag in flags)
        {
            if (spec.Property(flag.Key) is not { } schema)
            {
                results.Add(new Result($"unknown option (known: {KnownKeys(spec)})", Severity.Error, Field: new FieldRef(flag.Flag)));
                continue;
            }
            BindText(flag.Key, flag.Text, schema, flag.Flag, ConfigOrigin.CommandLine, null, values, results);
        }
        return values;
    }

    private void BindFunctionConfig(YamlNode config, ConfigValues values, ResultSink results)
    {
        var apiVersion = config.GetString("apiVersion") ?? "";
        var kind = config.GetString("kind") ?? "";
        // Point results at the functionConfig only when it has a name to point with.
        var reference = config.At("metadata", "name")?.Value is { Length: > 0 } name
            ? new ResourceRef(apiVersion, kind, name, config.At("metadata", "namespace")?.Value)
            : null;

        if (IsTyped(apiVersion, kind))
        {
            if (config["spec"] is { IsNull: false } spec)
                BindObject(spec, definition.SpecSchema, "spec", "", reference, values, results);
        }
        else if (apiVersion == ConfigMapApiVersion && kind == ConfigMapKind)
        {
            if (config["data"] is { IsNull: false } data)
                BindConfigMapData(data, reference, values, results);
        }
        else
        {
            var what = config.Kind == YamlNodeKind.Mapping ? $"kind '{kind}' (apiVersion '{apiVersion}')" : "a non-object value";
            results.Add(new Result(
                $"functionConfig {what} is not accepted; use {definition.Kind} ({AcceptedApiVersions()}) or {ConfigMapKind} ({ConfigMapApiVersion})",
                Severity.Error, reference));
        }
    }

    private bool IsTyped(string apiVersion, string kind)
    {
        if (kind != definition.Kind)
            return false;
        foreach (var version in definition.Versions)
        {
            if (apiVersion == $"{definition.Group}/{version}")
                return true;
        }
        return false;
    }

    private string AcceptedApiVersions() =>
        string.Join(", ", definition.Versions.Select(v => $"{definition.Group}/{v}"));

    private static void BindObject(YamlNode node, ConfigSchema schema, string path, string keyPrefix,
        ResourceRef? reference, ConfigValues values, ResultSink results)
    {
        if (node.Kind != YamlNodeKind.Mapping)
        {
            Fail(results, reference, path, "expected an object", null);
            return;
        }
        foreach (var entry in node.Entries)
        {
            var name = entry.Key.Value ?? "";
            var fieldPath = $"{path}.{name}";
            if (schema.Property(name) is not { } property)
            {
                if (!schema.AdditionalProperties)
                    Fail(results, reference, fieldPath, $"unknown field (known: {KnownKeys(schema)})", null);
                continue;
            }
            if (entry.Value.IsNull)
                continue; // an explicit null means "not set", as kubectl treats it
            BindNode(keyPrefix + name, entry.Value, property, fieldPath, reference, values, results);
        }
    }

    private static void BindNode(string key, YamlNode node, ConfigSchema schema, string path,
        ResourceRef? reference, ConfigValues values, ResultSink results)
    {
        if (schema.Type == SchemaType.Object)
        {
            BindObject(node, schema, path, key + ".", reference, values, results);
            return;
        }
        if (node.Kind != YamlNodeKind.Scalar)
        {
            Fail(results, reference, path, $"expected {Article(schema)}", null);
            return;
        }

        // A typed object keeps YAML types: port: "8080" is a string, not an integer (OpenAPI semantics).
        string? canonical = schema.Type switch
        {
            SchemaType.String when node.IsString => node.Value,
            SchemaType.Integer when node.TryGetInt(out var number) => number.ToString(CultureInfo.InvariantCulture),
            SchemaType.Boolean when node.TryGetBool(out var flag) => flag ? "true" : "false",
            _ => null,
        };
        if (canonical is null)
        {
            Fail(results, reference, path, $"expected {Article(schema)}, got '{node.Value}'", node.Value ?? "");
            return;
        }
        Accept(key, canonical, schema, path, ConfigOrigin.FunctionConfig, reference, values, results);
    }

    private void BindConfigMapData(YamlNode data, ResourceRef? reference, ConfigValues values, ResultSink results)
    {
        if (data.Kind != YamlNodeKind.Mapping)
        {
            Fail(results, reference, "data", "expected a map of strings", null);
            return;
        }
        var spec = definition.SpecSchema;
        foreach (var entry in data.Entries)
        {
            var name = entry.Key.Value ?? "";
            var path = $"data.{name}";
            if (spec.Property(name) is not { } schema || schema.Type == SchemaType.Object)
            {
                Fail(results, reference, path, $"unknown field (known: {KnownKeys(spec)})", null);
                continue;
            }
            if (entry.Value.Kind != YamlNodeKind.Scalar)
            {
                Fail(results, reference, path, "expected a string", null);
                continue;
            }
            BindText(name, entry.Value.Value ?? "", schema, path, ConfigOrigin.FunctionConfig, reference, values, results);
        }
    }

    /// <summary>ConfigMap data and flags are strings: parse them to the schema type (<c>"8080"</c> → 8080).</summary>
    private static void BindText(string key, string text, ConfigSchema schema, string path, ConfigOrigin origin,
        ResourceRef? reference, ConfigValues values, ResultSink results)
    {
        string? canonical = schema.Type switch
        {
            SchemaType.String => text,
            SchemaType.Integer when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) =>
                number.ToString(CultureInfo.InvariantCulture),
            SchemaType.Boolean when string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) => "true",
            SchemaType.Boolean when string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) => "false",
            _ => null,
        };
        if (canonical is null)
        {
            Fail(results, reference, path, $"expected {Article(schema)}, got '{text}'", text);
            return;
        }
        Accept(key, canonical, schema, path, origin, reference, values, results);
    }

    private static void Accept(string key, string canonical, ConfigSchema schema, string path, ConfigOrigin origin,
        ResourceRef? reference, ConfigValues values, ResultSink results)
    {
        if (schema.Enum.Count > 0 && !schema.Enum.Contains(canonical))
        {
            Fail(results, reference, path, $"must be one of {string.Join(", ", schema.Enum)}, got '{canonical}'", canonical);
            return;
        }
        if (schema.Type == SchemaType.Integer)
        {
            var number = long.Parse(canonical, CultureInfo.InvariantCulture);
            if (number < schema.Minimum || number > schema.Maximum)
            {
                Fail(results, reference, path, $"must be between {schema.Minimum} and {schema.Maximum}, got {number}", number);
                return;
            }
        }
        values.Set(new ConfigValue(key, canonical, schema.Type, path, origin));
    }

    private static void Fail(ResultSink results, ResourceRef? reference, string path, string message, FieldValue? current) =>
        results.Add(new Result(message, Severity.Error, reference, new FieldRef(path, current)));

    private static string Article(ConfigSchema schema) => schema.Type switch
    {
        SchemaType.Integer => "an integer",
        SchemaType.Boolean => "a boolean (true or false)",
        SchemaType.Object => "an object",
        _ => "a string",
    };

    private static string KnownKeys(ConfigSchema schema) => string.Join(", ", schema.Properties.Select(p => p.Name));
}
