using Krm.Results;
using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// Reads the input: one <c>config.kubernetes.io/v1|v1beta1|v1alpha1 ResourceList</c> (YAML or
/// JSON), or plain <c>---</c> streams (standalone mode), whose documents may be Lists. Input that
/// cannot be read as either is a <see cref="YamlException"/>: the host then exits 2 with nothing on stdout.
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

        var policy = kindsRead is null ? KrmLazyPolicy.Instance : new KrmLazyPolicy(kindsRead);
        var sources = new List<YamlSource>(inputs.Count);
        foreach (var input in inputs)
            sources.Add(Parse(input, policy));

        if (FindResourceList(inputs[0].Name, sources[0]) is not null)
        {
            if (sources.Count > 1)
                throw new YamlException($"{inputs[0].Name}: a ResourceList cannot be combined with other inputs");
            // KRM mode writes block YAML whatever came in: kpt would rewrite the user's files in flow style.
            sources[0] = sources[0].WithBlockRoots(policy);
            return ReadResourceList(inputs[0].Name, FindResourceList(inputs[0].Name, sources[0])!, sources);
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
            return YamlSource.Parse(SourceText.Decode(input.Bytes.Span), policy, keepFlowRoots: true);
        }
        catch (YamlException e)
        {
            throw new YamlException($"{input.Name}: {e.Message}", e);
        }
    }

    /// <summary>
    /// The root mapping when the source is a single ResourceList document, or a <c>v1 List</c> with
    /// a <c>functionConfig</c> (the legacy ResourceList form). Any other List (what kubectl prints)
    /// is a document of a stream: its items are resources and it stays a List.
    /// </summary>
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
            return only["functionConfig"] is not null ? only : null;
        if (kind != "ResourceList")
            return null;
        return ResourceListApiVersions.Contains(apiVersion)
            ? only
            : throw Refuse(name, only, $"unsupported ResourceList apiVersion '{apiVersion}' (supported: {string.Join(", ", ResourceListApiVersions)})");
    }

    private static ResourceList ReadResourceList(string name, YamlNode root, List<YamlSource> sources)
    {
        var collector = new ItemCollector();
        if (root["items"] is { IsNull: false } itemsNode)
        {
            if (itemsNode.Kind != YamlNodeKind.Sequence)
                throw Refuse(name, itemsNode, "ResourceList items must be a sequence");
            var index = 0;
            foreach (var item in itemsNode.Items)
            {
                // A scalar or sequence item is no file kpt could have read: malformed, not passed through.
                if (item.Kind != YamlNodeKind.Mapping)
                    throw Refuse(name, item, $"ResourceList item {index} is not an object");
                collector.Add(name, item, null);
                index++;
            }
        }
        if (root["results"] is { IsNull: false, Kind: not YamlNodeKind.Sequence } results)
            throw Refuse(name, results, "ResourceList results must be a sequence");

        var functionConfig = root["functionConfig"] is { IsNull: false } config ? config : null;
        return new ResourceList(ResourceListFormat.ResourceList, collector, functionConfig, sources, root);
    }

    private static ResourceList ReadStream(IReadOnlyList<InputSource> inputs, List<YamlSource> sources)
    {
        var collector = new ItemCollector();
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
                collector.Add(inputs[s].Name, document, new FileRef(inputs[s].Name, index));
                index++;
            }
        }
        return new ResourceList(ResourceListFormat.Stream, collector, null, sources, null);
    }

    private static YamlException Refuse(string name, YamlNode node, string message) =>
        new($"{name}: line {node.Line}, column {node.Column}: {message}");
}
