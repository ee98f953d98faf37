namespace Krm.ResourceLists;

/// <summary>
/// The annotations kpt and kustomize put on items and rely on afterwards: changing one moves
/// files, loses comments or fails the run. Never edited.
/// </summary>
public static class OrchestratorAnnotations
{
    /// <summary>The file an item came from, relative to the package.</summary>
    public const string Path = "config.kubernetes.io/path";
    /// <summary>The item's document index in that file.</summary>
    public const string Index = "config.kubernetes.io/index";
    /// <summary>The form of <see cref="Path"/> newer kpt and kustomize write.</summary>
    public const string InternalPath = "internal.config.kubernetes.io/path";
    /// <summary>The form of <see cref="Index"/> newer kpt and kustomize write.</summary>
    public const string InternalIndex = "internal.config.kubernetes.io/index";

    /// <summary>Whether a function must leave the annotation <paramref name="key"/> as it is (the host refuses the edits otherwise).</summary>
    public static bool IsProtected(string key) =>
        key.StartsWith("internal.config.kubernetes.io/", StringComparison.Ordinal)
        || key.StartsWith("kustomize.config.k8s.io/", StringComparison.Ordinal)
        || key is Path or Index or "config.k8s.io/id";
}
