namespace Krm.ResourceLists;

/// <summary>
/// The annotations kpt and kustomize put on items and rely on afterwards (krm-contract.md,
/// Annotations): changing one moves files, loses comments or fails the run. Never edited.
/// </summary>
public static class OrchestratorAnnotations
{
    public const string Path = "config.kubernetes.io/path";
    public const string Index = "config.kubernetes.io/index";
    public const string InternalPath = "internal.config.kubernetes.io/path";
    public const string InternalIndex = "internal.config.kubernetes.io/index";

    public static bool IsProtected(string key) =>
        key.StartsWith("internal.config.kubernetes.io/", StringComparison.Ordinal)
        || key.StartsWith("kustomize.config.k8s.io/", StringComparison.Ordinal)
        || key is Path or Index or "config.k8s.io/id";
}
