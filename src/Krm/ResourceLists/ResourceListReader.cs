using Krm.Results;
using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// Reads the input: one <c>config.kubernetes.io/v1|v1beta1|v1alpha1 ResourceList</c> or
/// <c>v1 List</c> (YAML or JSON), or plain <c>---</c> streams (standalone mode). Input that cannot
/// be read as either is a <see cref="YamlException"/>: the host then exits 2 with nothing on stdout.
/// </summary>
internal static class ResourceListReader
{
    private static readonly string[] ResourceListApiVersions =
        ["config.kubernetes.io/v1", "config.kubernetes.io/v1beta1", "config.kubernetes.io/v1alpha1"];

    /// <param name="inputs">The bytes of each input, in order: one ResourceList, or one or more plain streams.</param>
    /// <param name="kindsRead">
    /// The kinds whose content (beyond <c>metadata</c>) the function reads: built at once. Every other
    /// resource's content is built on first read (<see cref="KrmLazyPolicy"/>). Null: all on first read.
    /// </param>
    public static ResourceList Read(IReadOnlyList<InputSource> inputs, IReadOnlySet<string>? kindsRead = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
            throw new ArgumentException("at least one input is needed", nameof(inputs));

        var sources = new List<YamlSource>(inputs.Count);
        foreach (var input in inputs)
            sources.Add(Parse(input, kindsRead is null ? KrmLazyPolicy.Instance : new KrmLazyPolicy(kindsRead)));

        if (FindResourceList(inputs[0].Name, sources[0]) is { } root)
        {
            if (sources.Count > 1)
                throw new YamlException($"{inputs[0].Name}: a ResourceList cannot be combined with other inputs");
            return ReadResourceList(inputs[0].Name, root, sources);
        }
        for (var i = 1; i < sources.Count; i++)
        {
            if (FindResourceList(inputs[i].Name, sources[i]) is not null)
                throw new YamlException($"{inputs[i].Name}: a ResourceList cannot be combined with other inputs");
        }
        return ReadStream(inputs, sources);
    }

    private static YamlSource Parse(InputSource input, KrmLazyPolicy policy)
    {
        try
        {
            return YamlSource.Parse(SourceText.Decode(input.Bytes.Span), policy);
        }
        catch (YamlException e)
        {
            throw new YamlException($"{input.Name}: {e.Message}", e);
        }
    }

    /// <summary>The root mapping when the source is a single ResourceList (or v1 List) document.</summary>
    private static YamlNode? FindResourceList(string name, YamlSource source)
    {
        YamlNode? only = null;
        foreach (var document in source.Documents)
        {
            if (document.IsNull)
                continue;
            if (only is not null)
                return null;
            only = document;
        }
        if (only is not { Kind: YamlNodeKind.Mapping })
            return null;

        var kind = only.GetString("kind");
        var apiVersion = only.GetString("apiVersion");
        if (kind == "List" && apiVersion == "v1")
            return only;
        if (kind != "ResourceList")
            return null;
        return ResourceListApiVersions.Contains(apiVersion)
            ? only
            : throw Refuse(name, only, $"unsupported ResourceList apiVersion '{apiVersion}' (supported: {string.Join(", ", ResourceListApiVersions)})");
    }

    private static ResourceList ReadResourceList(string name, YamlNode root, List<YamlSource> sources)
    {
        var items = new List<KrmResource>();
        if (root["items"] is { IsNull: false } itemsNode)
        {
            if (itemsNode.Kind != YamlNodeKind.Sequence)
                throw Refuse(name, itemsNode, "ResourceList items must be a sequence");
            foreach (var item in itemsNode.Items)
            {
                if (item.Kind != YamlNodeKind.Mapping)
                    throw Refuse(name, item, $"ResourceList item {items.Count} is not an object");
                RequireIdentity(name, item, $"ResourceList item {items.Count}");
                items.Add(new KrmResource(item, items.Count, null));
            }
        }
        if (root["results"] is { IsNull: false, Kind: not YamlNodeKind.Sequence } results)
            throw Refuse(name, results, "ResourceList results must be a sequence");

        var functionConfig = root["functionConfig"] is { IsNull: false } config ? config : null;
        return new ResourceList(ResourceListFormat.ResourceList, items, functionConfig, sources, root);
    }

    private static ResourceList ReadStream(IReadOnlyList<InputSource> inputs, List<YamlSource> sources)
    {
        var items = new List<KrmResource>();
        for (var s = 0; s < sources.Count; s++)
        {
            var index = 0;
            foreach (var document in sources[s].Documents)
            {
                if (document.IsNull)
                    continue; // empty and comment-only documents are kept as text, but are not items
                if (document.Kind != YamlNodeKind.Mapping)
                    throw Refuse(inputs[s].Name, document, $"document {index} is not an object");
                if (document.GetString("kind") == "ResourceList")
                    throw Refuse(inputs[s].Name, document, $"document {index} is a ResourceList; the input must hold one ResourceList or a stream of resources, not both");
                items.Add(new KrmResource(document, items.Count, new FileRef(inputs[s].Name, index)));
                index++;
            }
        }
        return new ResourceList(ResourceListFormat.Stream, items, null, sources, null);
    }

    /// <summary>
    /// A ResourceList item without apiVersion or kind cannot be identified or written back by any
    /// orchestrator (items are KRM objects), so it is refused rather than passed on.
    /// Plain streams stay lenient: they are the user's own files, echoed byte for byte.
    /// </summary>
    private static void RequireIdentity(string name, YamlNode item, string what)
    {
        foreach (var key in (string[])["apiVersion", "kind"])
        {
            if (string.IsNullOrEmpty(item.GetString(key)))
                throw Refuse(name, item, $"{what} has no {key}");
        }
    }

    private static YamlException Refuse(string name, YamlNode node, string message) =>
        new($"{name}: line {node.Line}, column {node.Column}: {message}");
}
