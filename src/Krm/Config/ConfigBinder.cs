using System.Globalization;
using Krm.Results;
using Krm.Yaml;

namespace Krm.Config;

/// <summary>
/// Binds a functionConfig (the typed object's fields, or a ConfigMap's <c>data</c> strings) and
/// then command-line flags into <see cref="ConfigValues"/>, validating each value against the
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
        var fields = definition.FieldsSchema;
        var prefix = definition.FieldsRoot is { } root ? root + "." : "";
        foreach (var property in fields.Properties)
        {
            if (property.Schema.Default is { } text && property.Schema.IsValue)
                BindText(property.Name, text, property.Schema, prefix + property.Name, ConfigOrigin.Default, null, values, results);
        }

        if (functionConfig is not null && !functionConfig.IsNull)
        {
            values.FunctionConfig = functionConfig;
            BindFunctionConfig(functionConfig, fields, values, results);
        }

        foreach (var flag in flags)
        {
            if (fields.Property(flag.Key) is not { } schema)
            {
                results.Add(new Result($"unknown option (known: {KnownKeys(fields)})", Severity.Error, Field: new FieldRef(flag.Flag)));
                continue;
            }
            BindText(flag.Key, flag.Text, schema, flag.Flag, ConfigOrigin.CommandLine, null, values, results);
        }
        return values;
    }

    private void BindFunctionConfig(YamlNode config, ConfigSchema fields, ConfigValues values, ResultSink results)
    {
        var apiVersion = config.GetString("apiVersion") ?? "";
        var kind = config.GetString("kind") ?? "";
        // Point results at the functionConfig only when it has a name to point with.
        var reference = config.At("metadata", "name")?.Value is { Length: > 0 } name
            ? new ResourceRef(apiVersion, kind, name, config.At("metadata", "namespace")?.Value)
            : null;

        if (IsTyped(apiVersion, kind))
        {
            if (definition.FieldsRoot is not { } root)
                BindObject(config, fields, "", "", reference, values, results, envelope: true);
            else if (config[root] is { IsNull: false } spec)
                BindObject(spec, fields, root, "", reference, values, results, envelope: false);
        }
        else if (apiVersion == ConfigMapApiVersion && kind == ConfigMapKind)
        {
            if (config["data"] is { IsNull: false } data)
                BindConfigMapData(data, fields, reference, values, results);
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

    /// <summary>Binds the keys of <paramref name="node"/> that <paramref name="schema"/> declares, recursing into objects.</summary>
    /// <param name="node">The config object.</param>
    /// <param name="schema">Its schema.</param>
    /// <param name="path">Its field path, for results.</param>
    /// <param name="keyPrefix">The dotted key of the object (empty at the top).</param>
    /// <param name="reference">The functionConfig, for results.</param>
    /// <param name="values">Where bound values go.</param>
    /// <param name="results">Where problems go.</param>
    /// <param name="envelope">The object is the whole functionConfig: its apiVersion, kind and metadata are not config.</param>
    private static void BindObject(YamlNode node, ConfigSchema schema, string path, string keyPrefix,
        ResourceRef? reference, ConfigValues values, ResultSink results, bool envelope)
    {
        if (node.Kind != YamlNodeKind.Mapping)
        {
            Fail(results, reference, path, "expected an object", null);
            return;
        }
        foreach (var entry in node.Entries)
        {
            var name = entry.Key.Value ?? "";
            if (envelope && FunctionDefinition.IsEnvelope(name))
                continue;
            var fieldPath = path.Length == 0 ? name : $"{path}.{name}";
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
        if (schema.IsMap)
        {
            BindMapNode(key, node, schema, path, reference, values, results);
            return;
        }
        if (schema.Type == SchemaType.Object)
        {
            BindObject(node, schema, path, key + ".", reference, values, results, envelope: false);
            return;
        }
        if (schema.Type == SchemaType.Array)
        {
            BindListNode(key, node, schema, path, reference, values, results);
            return;
        }
        if (Scalar(node, schema, path, reference, results) is { } canonical)
            Accept(key, canonical, schema, path, ConfigOrigin.FunctionConfig, reference, values, results);
    }

    private static void BindListNode(string key, YamlNode node, ConfigSchema schema, string path,
        ResourceRef? reference, ConfigValues values, ResultSink results)
    {
        if (node.Kind != YamlNodeKind.Sequence)
        {
            Fail(results, reference, path, $"expected {Article(schema)}", null);
            return;
        }
        var items = new List<string>();
        for (var i = 0; i < node.Items.Count; i++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (Scalar(node.Items[i], schema.Items!, itemPath, reference, results) is not { } canonical
                || !Valid(canonical, schema.Items!, itemPath, reference, results))
                return;
            items.Add(canonical);
        }
        values.Set(ListValue(key, items, path, ConfigOrigin.FunctionConfig));
    }

    private static void BindMapNode(string key, YamlNode node, ConfigSchema schema, string path,
        ResourceRef? reference, ConfigValues values, ResultSink results)
    {
        if (node.Kind != YamlNodeKind.Mapping)
        {
            Fail(results, reference, path, $"expected {Article(schema)}", null);
            return;
        }
        var entries = new List<KeyValuePair<string, string>>();
        foreach (var entry in node.Entries)
        {
            var entryPath = $"{path}.{entry.Key.Value}";
            if (Scalar(entry.Value, schema.Values!, entryPath, reference, results) is not { } canonical
                || !Valid(canonical, schema.Values!, entryPath, reference, results))
                return;
            entries.Add(new(entry.Key.Value ?? "", canonical));
        }
        values.Set(MapValue(key, entries, path, ConfigOrigin.FunctionConfig));
    }

    /// <summary>A typed object keeps YAML types: port: "8080" is a string, not an integer (OpenAPI semantics).</summary>
    private static string? Scalar(YamlNode node, ConfigSchema schema, string path, ResourceRef? reference, ResultSink results)
    {
        if (node.Kind != YamlNodeKind.Scalar)
        {
            Fail(results, reference, path, $"expected {Article(schema)}", null);
            return null;
        }
        string? canonical = schema.Type switch
        {
            SchemaType.String when node.IsString => node.Value,
            SchemaType.Integer when node.TryGetInt(out var number) => number.ToString(CultureInfo.InvariantCulture),
            SchemaType.Boolean when node.TryGetBool(out var flag) => flag ? "true" : "false",
            _ => null,
        };
        if (canonical is null)
            Fail(results, reference, path, $"expected {Article(schema)}, got '{node.Value}'", node.Value ?? "");
        return canonical;
    }

    private static void BindConfigMapData(YamlNode data, ConfigSchema fields, ResourceRef? reference, ConfigValues values, ResultSink results)
    {
        if (data.Kind != YamlNodeKind.Mapping)
        {
            Fail(results, reference, "data", "expected a map of strings", null);
            return;
        }
        foreach (var entry in data.Entries)
        {
            var name = entry.Key.Value ?? "";
            var path = $"data.{name}";
            if (fields.Property(name) is not { IsValue: true } schema)
            {
                Fail(results, reference, path, $"unknown field (known: {KnownKeys(fields)})", null);
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

    /// <summary>
    /// ConfigMap data, flags and defaults are strings: parse them to the schema type (<c>"8080"</c> → 8080;
    /// a list as <c>a,b</c> or <c>[a, b]</c>, a map as <c>k=v,k2=v2</c> or <c>{k: v}</c>: <see cref="ConfigText"/>).
    /// </summary>
    private static void BindText(string key, string text, ConfigSchema schema, string path, ConfigOrigin origin,
        ResourceRef? reference, ConfigValues values, ResultSink results)
    {
        if (schema.Type == SchemaType.Array)
        {
            if (ConfigText.List(text) is not { } items)
            {
                Fail(results, reference, path, $"expected {Article(schema)}, got '{text}'", text);
                return;
            }
            var canonical = new List<string>();
            foreach (var item in items)
            {
                if (TextScalar(item, schema.Items!, path, reference, results) is not { } one || !Valid(one, schema.Items!, path, reference, results))
                    return;
                canonical.Add(one);
            }
            values.Set(ListValue(key, canonical, path, origin));
            return;
        }
        if (schema.IsMap)
        {
            if (ConfigText.Map(text) is not { } entries)
            {
                Fail(results, reference, path, $"expected {Article(schema)}, got '{text}'", text);
                return;
            }
            var canonical = new List<KeyValuePair<string, string>>();
            foreach (var (name, value) in entries)
            {
                if (TextScalar(value, schema.Values!, $"{path}.{name}", reference, results) is not { } one
                    || !Valid(one, schema.Values!, $"{path}.{name}", reference, results))
                    return;
                canonical.Add(new(name, one));
            }
            values.Set(MapValue(key, canonical, path, origin));
            return;
        }
        if (TextScalar(text, schema, path, reference, results) is { } scalar)
            Accept(key, scalar, schema, path, origin, reference, values, results);
    }

    private static string? TextScalar(string text, ConfigSchema schema, string path, ResourceRef? reference, ResultSink results)
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
            Fail(results, reference, path, $"expected {Article(schema)}, got '{text}'", text);
        return canonical;
    }

    private static void Accept(string key, string canonical, ConfigSchema schema, string path, ConfigOrigin origin,
        ResourceRef? reference, ConfigValues values, ResultSink results)
    {
        if (Valid(canonical, schema, path, reference, results))
            values.Set(new ConfigValue(key, canonical, schema.Type, path, origin));
    }

    /// <summary>The enum and bounds of one scalar; false after an error result naming the field.</summary>
    private static bool Valid(string canonical, ConfigSchema schema, string path, ResourceRef? reference, ResultSink results)
    {
        if (schema.Enum.Count > 0 && !schema.Enum.Contains(canonical))
        {
            Fail(results, reference, path, $"must be one of {string.Join(", ", schema.Enum)}, got '{canonical}'", canonical);
            return false;
        }
        if (schema.Type == SchemaType.Integer)
        {
            var number = long.Parse(canonical, CultureInfo.InvariantCulture);
            if (number < schema.Minimum || number > schema.Maximum)
            {
                Fail(results, reference, path, $"must be between {schema.Minimum} and {schema.Maximum}, got {number}", number);
                return false;
            }
        }
        return true;
    }

    private static ConfigValue ListValue(string key, List<string> items, string path, ConfigOrigin origin) =>
        new(key, "[" + string.Join(", ", items) + "]", SchemaType.Array, path, origin) { Items = items };

    private static ConfigValue MapValue(string key, List<KeyValuePair<string, string>> entries, string path, ConfigOrigin origin) =>
        new(key, "{" + string.Join(", ", entries.Select(e => $"{e.Key}: {e.Value}")) + "}", SchemaType.Object, path, origin) { Entries = entries };

    private static void Fail(ResultSink results, ResourceRef? reference, string path, string message, FieldValue? current) =>
        results.Add(new Result(message, Severity.Error, reference, new FieldRef(path, current)));

    private static string Article(ConfigSchema schema) => schema.Type switch
    {
        SchemaType.Integer => "an integer",
        SchemaType.Boolean => "a boolean (true or false)",
        SchemaType.Array => $"a list of {schema.Items?.Describe()}",
        SchemaType.Object when schema.Values is { } values => $"a map of {values.Describe()}",
        SchemaType.Object => "an object",
        _ => "a string",
    };

    private static string KnownKeys(ConfigSchema schema) => string.Join(", ", schema.Properties.Select(p => p.Name));
}
