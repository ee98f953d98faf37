namespace Krm.ResourceLists;

/// <summary>What the input was, and so what the output is.</summary>
public enum ResourceListFormat
{
    /// <summary>A <c>config.kubernetes.io</c> ResourceList (or <c>v1 List</c>): a v1 ResourceList is written back.</summary>
    ResourceList,

    /// <summary>Plain <c>---</c> separated documents (standalone mode): the same stream is written back.</summary>
    Stream,
}
