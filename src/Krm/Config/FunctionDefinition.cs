using Krm.Yaml;

namespace Krm.Config;

/// <summary>
/// The function's <c>config.kubernetes.io/v1alpha1 KRMFunctionDefinition</c> (KEP 2906): what
/// functionConfig kind it accepts and the schema its config is validated against.
/// </summary>
public sealed record FunctionDefinition(
    string Group,
    string Kind,
    IReadOnlyList<string> Versions,
    string Description,
    string? Image,
    ConfigSchema Schema)
{
    /// <summary>The schema of the typed object's <c>spec</c>, which is also the schema of ConfigMap <c>data</c> and of the flags.</summary>
    public ConfigSchema SpecSchema => Schema.Property("spec")
        ?? throw new InvalidOperationException("the function definition's schema has no spec");

    /// <summary>
    /// Where the config fields live in the typed object: <c>spec</c> when the schema has a <c>spec</c>
    /// object, else the object itself (kpt-style <c>SetNamespace{namespace: prod}</c>); null then.
    /// </summary>
    public string? FieldsRoot => Schema.Property("spec") is { Type: SchemaType.Object } ? "spec" : null;

    /// <summary>
    /// The schema of the config fields, which is also the schema of ConfigMap <c>data</c> and of the
    /// flags: the <c>spec</c>'s, or the object's own properties but <c>apiVersion</c>, <c>kind</c>, <c>metadata</c>.
    /// </summary>
    public ConfigSchema FieldsSchema => FieldsRoot is { } root
        ? Schema.Property(root)!
        : Schema with { Properties = [.. Schema.Properties.Where(p => !IsEnvelope(p.Name))] };

    /// <summary>The fields every Kubernetes object has, which are never config.</summary>
    public static bool IsEnvelope(string field) => field is "apiVersion" or "kind" or "metadata";

    /// <summary><c>group/version</c> of the first (preferred) version, e.g. <c>krmfn.dev/v1alpha1</c>.</summary>
    public string ApiVersion => $"{Group}/{Versions[0]}";

    /// <summary>Reads a <c>KRMFunctionDefinition</c>; a schema keyword the validator does not enforce is refused (<see cref="YamlException"/>), so the published schema never promises a check that is not made.</summary>
    public static FunctionDefinition Parse(string yaml)
    {
        var source = YamlSource.Parse(yaml);
        var root = source.Documents.FirstOrDefault(d => d.Kind == YamlNodeKind.Mapping)
            ?? throw new YamlException("function definition: no document");
        if (root.GetString("kind") != "KRMFunctionDefinition")
            throw new YamlException("function definition: kind must be KRMFunctionDefinition", root.Line, root.Column);
        var spec = root["spec"] ?? throw new YamlException("function definition: no spec", root.Line, root.Column);
        var versions = spec["versions"]?.Items ?? [];
        if (versions.Count == 0)
            throw new YamlException("function definition: no versions", spec.Line, spec.Column);
        var schema = versions[0].At("schema", "openAPIV3Schema")
            ?? throw new YamlException("function definition: versions[0] has no schema.openAPIV3Schema", versions[0].Line, versions[0].Column);

        var names = new List<string>();
        foreach (var version in versions)
            names.Add(version.GetString("name") ?? "");

        return new FunctionDefinition(
            spec.GetString("group") ?? "",
            spec.At("names", "kind")?.Value ?? "",
            names,
            spec.GetString("description") ?? "",
            versions[0].At("runtime", "container", "image")?.Value,
            ConfigSchema.FromNode(schema));
    }
}
