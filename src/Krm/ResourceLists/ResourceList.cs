namespace Krm.ResourceLists;

/// <summary>
/// The input of a function: the items in input order and what they were read from.
/// Functions edit items through their nodes; the writer turns the same sources into the output.
/// </summary>
public sealed class ResourceList
{
    internal ResourceList(ResourceListFormat format, IReadOnlyList<KrmResource> items)
    {
        Format = format;
        Items = items;
    }

    public ResourceListFormat Format { get; }

    public IReadOnlyList<KrmResource> Items { get; }
}
