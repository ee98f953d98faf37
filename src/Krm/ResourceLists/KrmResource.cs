using Krm.Results;

namespace Krm.ResourceLists;

/// <summary>One item of the input: its identity, labels, annotations and where it came from.</summary>
public sealed class KrmResource
{
    private readonly IReadOnlyDictionary<string, string> annotations;

    internal KrmResource(string apiVersion, string kind, string name, string? @namespace,
        IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> annotations, FileRef? file)
    {
        ApiVersion = apiVersion;
        Kind = kind;
        Name = name;
        Namespace = @namespace;
        Labels = labels;
        this.annotations = annotations;
        File = file;
    }

    public string ApiVersion { get; }

    public string Kind { get; }

    public string Name { get; }

    /// <summary>Null when the item has no <c>metadata.namespace</c>.</summary>
    public string? Namespace { get; }

    public IReadOnlyDictionary<string, string> Labels { get; }

    public ResourceRef Ref => new(ApiVersion, Kind, Name, Namespace);

    /// <summary>The file and index results point at, or null when the item carries none.</summary>
    public FileRef? File { get; }

    public string? GetAnnotation(string key) => annotations.GetValueOrDefault(key);
}
