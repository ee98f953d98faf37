using Krm.ResourceLists;
using Krm.Yaml;

namespace NumaflowTls.Discovery;

/// <summary>
/// One numaflow-server install found in the input: the Deployment and its server
/// container, the ConfigMaps its env refers to, and what routes traffic to it.
/// </summary>
/// <param name="CommandLine">The server's effective argv, from <c>server</c> on, and where each word is written.</param>
/// <param name="ConfigMaps">Referenced ConfigMap name (as written in <c>configMapKeyRef.name</c>) → the item found for it.</param>
/// <param name="MissingConfigMaps">Referenced names with no matching item in the input.</param>
public sealed record ServerInstall(
    KrmResource Deployment,
    YamlNode PodSpec,
    YamlNode Container,
    ServerCommandLine CommandLine,
    string ContainerPath,
    IReadOnlyDictionary<string, KrmResource> ConfigMaps,
    IReadOnlyList<string> MissingConfigMaps,
    IReadOnlyList<KrmResource> Services,
    IReadOnlyList<KrmResource> Ingresses,
    IReadOnlyList<KrmResource> HttpRoutes)
{
    public string? Namespace => Deployment.Namespace;

    /// <summary>Same-namespace objects of the platform kinds (<see cref="PlatformObjects.Kinds"/>): policies, meshes, CRD routes.</summary>
    public IReadOnlyList<KrmResource> Platform { get; init; } = [];
}
