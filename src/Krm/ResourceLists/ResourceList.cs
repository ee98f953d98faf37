using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// The input of a function: the items in input order, the functionConfig, and the sources they
/// were read from. Functions edit items through their nodes; the writer renders the same sources,
/// so bytes nobody edited are never re-emitted.
/// </summary>
public sealed partial class ResourceList
{
    internal ResourceList(ResourceListFormat format, IReadOnlyList<KrmResource> items, YamlNode? functionConfig,
        IReadOnlyList<YamlSource> sources, YamlNode? root)
    {
        Format = format;
        Items = items;
        FunctionConfig = functionConfig;
        Sources = sources;
        Root = root;
    }

    public ResourceListFormat Format { get; }

    public IReadOnlyList<KrmResource> Items { get; }

    /// <summary>The <c>functionConfig</c> of a ResourceList; null when absent (and always for a stream).</summary>
    public YamlNode? FunctionConfig { get; }

    /// <summary>One source per input (stdin or each file), in order.</summary>
    public IReadOnlyList<YamlSource> Sources { get; }

    /// <summary>The first (for a ResourceList, the only) source.</summary>
    public YamlSource Source => Sources[0];

    /// <summary>The ResourceList mapping itself; null for a stream.</summary>
    internal YamlNode? Root { get; }
}
