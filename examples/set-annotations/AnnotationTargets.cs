using Krm.ResourceLists;

namespace SetAnnotations;

/// <summary>
/// Where annotations go: kustomize's commonAnnotations field specs (api/konfig/builtinpluginconsts).
/// Every resource's metadata, and the pod (and job) templates of the workload kinds.
/// </summary>
internal static class AnnotationTargets
{
    private static readonly string[] Metadata = ["metadata", "annotations"];
    private static readonly string[] PodTemplate = ["spec", "template", "metadata", "annotations"];
    private static readonly string[] JobTemplate = ["spec", "jobTemplate", "metadata", "annotations"];
    private static readonly string[] CronJobPodTemplate = ["spec", "jobTemplate", "spec", "template", "metadata", "annotations"];

    /// <summary>The kinds whose spec the function reads: parsed eagerly, everything else lazily.</summary>
    public static IReadOnlySet<string> WorkloadKinds { get; } =
        new HashSet<string>(["ReplicationController", "Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job", "CronJob"]);

    public static IEnumerable<string[]> For(KrmResource item)
    {
        yield return Metadata;
        var group = item.ApiVersion.Contains('/', StringComparison.Ordinal) ? item.ApiVersion[..item.ApiVersion.IndexOf('/', StringComparison.Ordinal)] : "";
        switch (item.Kind)
        {
            case "ReplicationController" when item.ApiVersion == "v1":
            case "Deployment" or "ReplicaSet" or "DaemonSet" or "StatefulSet":
            case "Job" when group == "batch":
                yield return PodTemplate;
                break;
            case "CronJob" when group == "batch":
                yield return JobTemplate;
                yield return CronJobPodTemplate;
                break;
        }
    }
}
