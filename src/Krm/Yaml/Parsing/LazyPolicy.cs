namespace Krm.Yaml;

/// <summary>
/// Which collections <see cref="YamlSource.Parse(SourceText, LazyPolicy?, bool)"/> may leave unbuilt
/// until they are first read. The parser still reads every byte (and refuses what it would refuse
/// eagerly), but a deferred collection costs no nodes: only items that can matter need a tree.
/// </summary>
internal abstract class LazyPolicy
{
    /// <summary>
    /// Whether the collection at <paramref name="path"/> may be deferred. Only called for
    /// collections without anchor or tag that are the value of a mapping entry.
    /// </summary>
    public abstract bool ShouldDefer(in CollectionPath path);
}
