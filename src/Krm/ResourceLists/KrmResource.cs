using System.Globalization;
using Krm.Results;
using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// One item of the input. Identity and metadata are read from <see cref="Node"/> on demand;
/// functions edit the item through <see cref="Node"/>.
/// </summary>
public sealed partial class KrmResource
{
    private readonly FileRef? streamFile;

    internal KrmResource(YamlNode node, int position, FileRef? streamFile)
    {
        Node = node;
        Position = position;
        this.streamFile = streamFile;
    }

    /// <summary>The item's root mapping in its <see cref="YamlSource"/>.</summary>
    public YamlNode Node { get; }

    /// <summary>0-based position of the item in the whole input.</summary>
    public int Position { get; }

    // Identity is read on every lookup a function makes; the tree never changes (edits are
    // splices on the text), so each value is read once.
    private string? apiVersion;
    private string? kind;
    private string? name;
    private (string? Value, bool Read) @namespace;

    public string ApiVersion => apiVersion ??= Node.GetString("apiVersion") ?? "";

    public string Kind => kind ??= Node.GetString("kind") ?? "";

    public string Name => name ??= Node.At("metadata", "name")?.Value ?? "";

    /// <summary>Null when the item has no <c>metadata.namespace</c>.</summary>
    public string? Namespace
    {
        get
        {
            if (!@namespace.Read)
            {
                @namespace = (Node.At("metadata", "namespace") is { IsNull: false } ns ? ns.Value : null, true);
            }

            return @namespace.Value;
        }
    }

    public IReadOnlyDictionary<string, string> Labels => StringMap(Node.At("metadata", "labels"));

    public IReadOnlyDictionary<string, string> Annotations => StringMap(Node.At("metadata", "annotations"));

    public ResourceRef Ref => new(ApiVersion, Kind, Name, Namespace);

    /// <summary>
    /// Where results point: the file and document index in standalone mode, else the item's
    /// <c>config.kubernetes.io/path|index</c> (or their <c>internal.</c> forms). Never
    /// <c>internal.config.kubernetes.io/package-path</c> or any absolute path (kpt's host paths).
    /// </summary>
    public FileRef? File => streamFile ?? FileFromAnnotations();

    public string? GetAnnotation(string key) =>
        Node.At("metadata", "annotations")?[key] is { Kind: YamlNodeKind.Scalar } value ? value.Value : null;

    private FileRef? FileFromAnnotations()
    {
        var path = GetAnnotation(OrchestratorAnnotations.Path) ?? GetAnnotation(OrchestratorAnnotations.InternalPath);
        if (string.IsNullOrEmpty(path) || IsAbsolute(path))
            return null;
        var indexText = GetAnnotation(OrchestratorAnnotations.Index) ?? GetAnnotation(OrchestratorAnnotations.InternalIndex);
        int? index = int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
        return new FileRef(path, index);
    }

    private static bool IsAbsolute(string path) =>
        path.StartsWith('/') || path.StartsWith('\\') || (path.Length > 1 && path[1] == ':');

    private static Dictionary<string, string> StringMap(YamlNode? node)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is { Kind: YamlNodeKind.Mapping })
        {
            foreach (var entry in node.Entries)
            {
                if (entry.Key.Value is { } key && entry.Value.Kind == YamlNodeKind.Scalar)
                    map[key] = entry.Value.Value ?? "";
            }
        }
        return map;
    }

    public override string ToString() => Ref.ToString();
}
