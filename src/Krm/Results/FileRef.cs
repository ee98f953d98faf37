namespace Krm.Results;

/// <summary>
/// Where the resource lives: from the item's <c>config.kubernetes.io/path|index</c> annotations
/// (or their <c>internal.</c> forms), or the file and document index in standalone mode.
/// </summary>
public sealed record FileRef(string Path, int? Index = null)
{
    /// <summary>The 1-based line the resource starts on, when it is known (standalone mode): what stderr lines show.</summary>
    public int? Line { get; init; }

    /// <summary><c>path:line</c> for a reader (an editor jumps there), else <see cref="ToString"/>.</summary>
    public string Location => Line is { } line ? $"{Path}:{line}" : ToString();

    /// <summary><c>path:index</c>, or the path alone.</summary>
    public override string ToString() => Index is { } i ? $"{Path}:{i}" : Path;
}
