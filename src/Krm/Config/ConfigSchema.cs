using System.Globalization;
using Krm.Yaml;

namespace Krm.Config;

/// <summary>
/// The OpenAPI v3 subset a function config needs: object with <c>properties</c> and
/// <c>additionalProperties: false</c>, <c>type</c> string/integer/boolean, <c>enum</c>,
/// <c>minimum</c>/<c>maximum</c>, <c>default</c>, <c>description</c>; an <c>array</c> of scalars
/// (<c>items</c>) and a map of scalars (<c>additionalProperties</c> with a scalar schema). Anything
/// else in the schema is refused when it is loaded, so the published schema can never promise a
/// check we do not make.
/// </summary>
public sealed record ConfigSchema(
    SchemaType Type,
    string? Description,
    IReadOnlyList<SchemaProperty> Properties,
    bool AdditionalProperties,
    IReadOnlyList<string> Enum,
    long? Minimum,
    long? Maximum,
    string? Default)
{
    private static readonly HashSet<string> Keywords =
        ["type", "description", "properties", "additionalProperties", "enum", "minimum", "maximum", "default", "items"];

    /// <summary>The schema of an array's elements; null for other types.</summary>
    public ConfigSchema? Items { get; init; }

    /// <summary>The schema of a map's values (<c>additionalProperties: {type: string}</c>); null when the object is not a map.</summary>
    public ConfigSchema? Values { get; init; }

    /// <summary>An object whose keys are free and whose values are scalars: labels, annotations.</summary>
    public bool IsMap => Type == SchemaType.Object && Values is not null;

    /// <summary>A value that is written as one config value: a scalar, a list of scalars or a map of scalars.</summary>
    public bool IsValue => Type != SchemaType.Object || IsMap;

    /// <summary>The schema of the object property <paramref name="name"/>; null when the object has no such property.</summary>
    public ConfigSchema? Property(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
                return property.Schema;
        }
        return null;
    }

    /// <summary>Reads a schema node; an unsupported keyword or type is a <see cref="YamlException"/>.</summary>
    internal static ConfigSchema FromNode(YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Kind != YamlNodeKind.Mapping)
            throw Refuse(node, "a schema must be a mapping");
        foreach (var entry in node.Entries)
        {
            if (!Keywords.Contains(entry.Key.Value ?? ""))
                throw Refuse(entry.Key, $"unsupported schema keyword '{entry.Key.Value}'");
        }

        var type = node.GetString("type") switch
        {
            "object" => SchemaType.Object,
            "string" => SchemaType.String,
            "integer" => SchemaType.Integer,
            "boolean" => SchemaType.Boolean,
            "array" => SchemaType.Array,
            var other => throw Refuse(node, $"unsupported schema type '{other}'"),
        };

        var properties = new List<SchemaProperty>();
        if (node["properties"] is { Kind: YamlNodeKind.Mapping } props)
        {
            foreach (var entry in props.Entries)
                properties.Add(new SchemaProperty(entry.Key.Value ?? "", FromNode(entry.Value)));
        }

        var additional = true;
        ConfigSchema? mapValues = null;
        if (node["additionalProperties"] is { Kind: YamlNodeKind.Mapping } valuesNode)
            mapValues = ScalarElement(valuesNode, "additionalProperties");
        else if (node["additionalProperties"] is { } additionalNode && !additionalNode.TryGetBool(out additional))
            throw Refuse(additionalNode, "additionalProperties must be true, false or a scalar schema");

        ConfigSchema? items = null;
        if (type == SchemaType.Array)
        {
            items = node["items"] is { } itemsNode
                ? ScalarElement(itemsNode, "items")
                : throw Refuse(node, "an array needs items");
        }

        var values = new List<string>();
        foreach (var item in node["enum"]?.Items ?? [])
            values.Add(item.Value ?? "");

        return new ConfigSchema(type, node.GetString("description"), properties, additional, values,
            Bound(node, "minimum"), Bound(node, "maximum"), node.GetString("default"))
        {
            Items = items,
            Values = mapValues,
        };
    }

    /// <summary>Array elements and map values are scalars: a list of lists has no ConfigMap or flag spelling.</summary>
    private static ConfigSchema ScalarElement(YamlNode node, string keyword)
    {
        var schema = FromNode(node);
        return schema.Type is SchemaType.Object or SchemaType.Array
            ? throw Refuse(node, $"{keyword} must be a string, integer or boolean schema")
            : schema;
    }

    private static long? Bound(YamlNode node, string key)
    {
        if (node[key] is not { } bound)
            return null;
        return bound.TryGetInt(out var value)
            ? value
            : throw Refuse(bound, $"{key} must be an integer");
    }

    private static YamlException Refuse(YamlNode node, string message) =>
        new($"function definition: {message}", node.Line, node.Column);

    /// <summary>A short type description for help and error messages: <c>enabled|disabled|auto</c>, <c>integer 1-65535</c>.</summary>
    internal string Describe() => Type switch
    {
        _ when Enum.Count > 0 => string.Join('|', Enum),
        SchemaType.Integer when Minimum is { } min && Maximum is { } max =>
            string.Create(CultureInfo.InvariantCulture, $"integer {min}-{max}"),
        SchemaType.Integer => "integer",
        SchemaType.Boolean => "true|false",
        SchemaType.String => "string",
        SchemaType.Array => $"list of {Items?.Describe()} (a,b or [a, b])",
        _ when Values is not null => $"map of {Values.Describe()} (k=v,k2=v2 or {{k: v}})",
        _ => "object",
    };
}
