namespace Krm.Results;

/// <summary>
/// Where the resource lives: from the item's <c>config.kubernetes.io/path|index</c> annotations
/// (or their <c>internal.</c> forms), or the file and document index in standalone mode.
/// </summary>
public sealed record FileRef(string Path, int? Index = null)
{
    /// <summary><c>path:index</c>, or the path alone.</summary>
    public override string ToString() => Index is { } i ? $"{Path}:{i}" : Path;
}
