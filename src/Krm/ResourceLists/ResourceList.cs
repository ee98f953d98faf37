using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// The input of a function: the items in input order, the functionConfig, and the sources they
/// were read from. Functions edit items through their nodes; the writer renders the same sources,
/// so bytes nobody edited are never re-emitted.
/// </summary>
public sealed partial class ResourceList
{
    internal ResourceList(ResourceListFormat format, ItemCollector collected, YamlNode? functionConfig,
        IReadOnlyList<YamlSource> sources, YamlNode? root)
    {
        Format = format;
        Items = collected.Items;
        Units = collected.Units;
        PassedThrough = collected.PassedThrough;
        FunctionConfig = functionConfig;
        Sources = sources;
        Root = root;
    }

    /// <summary>What the input was, and so what the output will be.</summary>
    public ResourceListFormat Format { get; }

    /// <summary>The resources, in input order: the items of a List in its place, never a non-KRM object.</summary>
    public IReadOnlyList<KrmResource> Items { get; }

    /// <summary>How many objects are not KRM objects (no apiVersion or kind): written back as they were, never in <see cref="Items"/>.</summary>
    public int PassedThrough { get; }

    /// <summary>The top-level KRM objects, a List as itself: what carries the orchestrator's annotations.</summary>
    internal IReadOnlyList<KrmResource> Units { get; }

    /// <summary>The <c>functionConfig</c> of a ResourceList; null when absent (and always for a stream).</summary>
    public YamlNode? FunctionConfig { get; }

    /// <summary>One source per input (stdin or each file), in order.</summary>
    public IReadOnlyList<YamlSource> Sources { get; }

    /// <summary>The first (for a ResourceList, the only) source.</summary>
    public YamlSource Source => Sources[0];

    /// <summary>The ResourceList mapping itself; null for a stream.</summary>
    internal YamlNode? Root { get; }
}
