using System.Globalization;
using Krm.Yaml;

namespace Krm.Config;

/// <summary>
/// The OpenAPI v3 subset a function config needs: object with <c>properties</c> and
/// <c>additionalProperties: false</c>, <c>type</c> string/integer/boolean, <c>enum</c>,
/// <c>minimum</c>/<c>maximum</c>, <c>default</c>, <c>description</c>. Anything else in the schema
/// is refused when it is loaded, so the published schema can never promise a check we do not make.
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
        ["type", "description", "properties", "additionalProperties", "enum", "minimum", "maximum", "default"];

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
            var other => throw Refuse(node, $"unsupported schema type '{other}'"),
        };

        var properties = new List<SchemaProperty>();
        if (node["properties"] is { Kind: YamlNodeKind.Mapping } props)
        {
            foreach (var entry in props.Entries)
                properties.Add(new SchemaProperty(entry.Key.Value ?? "", FromNode(entry.Value)));
        }

        var additional = true;
        if (node["additionalProperties"] is { } additionalNode && !additionalNode.TryGetBool(out additional))
            throw Refuse(additionalNode, "additionalProperties must be true or false");

        var values = new List<string>();
        foreach (var item in node["enum"]?.Items ?? [])
            values.Add(item.Value ?? "");

        return new ConfigSchema(type, node.GetString("description"), properties, additional, values,
            Bound(node, "minimum"), Bound(node, "maximum"), node.GetString("default"));
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
        _ => "object",
    };
}
