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

    internal KrmResource(YamlNode node, int position, FileRef? streamFile, KrmResource? list = null)
    {
        Node = node;
        Position = position;
        this.streamFile = streamFile;
        List = list;
    }

    /// <summary>The List (<c>kind: List</c> or any <c>*List</c>) this resource is an item of; null for a top-level object.</summary>
    public KrmResource? List { get; }

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

    /// <summary>The item's <c>apiVersion</c>; empty when missing.</summary>
    public string ApiVersion => apiVersion ??= Node.GetString("apiVersion") ?? "";

    /// <summary>The item's <c>kind</c>; empty when missing.</summary>
    public string Kind => kind ??= Node.GetString("kind") ?? "";

    /// <summary>The item's <c>metadata.name</c>; empty when missing.</summary>
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

    /// <summary>A snapshot of <c>metadata.labels</c> (scalar values only); empty when there are none.</summary>
    public IReadOnlyDictionary<string, string> Labels => StringMap(Node.At("metadata", "labels"));

    /// <summary>A snapshot of <c>metadata.annotations</c> (scalar values only); empty when there are none.</summary>
    public IReadOnlyDictionary<string, string> Annotations => StringMap(Node.At("metadata", "annotations"));

    /// <summary>The item's identity, as results name it.</summary>
    public ResourceRef Ref => new(ApiVersion, Kind, Name, Namespace);

    /// <summary>
    /// Where results point: the file, document index and the line the item starts on in standalone mode, else the item's
    /// <c>config.kubernetes.io/path|index</c> (or their <c>internal.</c> forms). Never
    /// <c>internal.config.kubernetes.io/package-path</c> or any absolute path (kpt's host paths).
    /// An item of a List points where its List does: the orchestrator annotates the List.
    /// </summary>
    public FileRef? File => streamFile is { } file ? file with { Line = Node.Line } : FileFromAnnotations() ?? List?.File;

    /// <summary>The annotation <paramref name="key"/>; null when it is missing or not a scalar.</summary>
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

    /// <summary>The item's identity, <c>apiVersion/Kind/namespace/name</c>.</summary>
    public override string ToString() => Ref.ToString();
}
