using Krm.ResourceLists;

namespace NumaflowTls.Discovery;

/// <summary>
/// Objects beside Ingress and HTTPRoute that carry the server's port or scheme (network policies, meshes,
/// controller CRDs). Only the same namespace is read: a policy or route of another namespace is another app's.
/// </summary>
public static class PlatformObjects
{
    /// <summary>Kinds read in full for every item (lazy parsing keeps every other kind's content deferred).</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["NetworkPolicy", "VirtualService", "DestinationRule", "IngressRoute", "HTTPProxy", "Route", "GRPCRoute", "TLSRoute", "BackendTLSPolicy", "TargetGroupConfiguration", "BackendConfig", "HealthCheckPolicy"];

    public static IReadOnlyList<KrmResource> Among(IEnumerable<KrmResource> sameNamespace) =>
        sameNamespace.Where(IsPlatform).ToList();

    private static bool IsPlatform(KrmResource item) => item.Kind switch
    {
        "NetworkPolicy" => item.ApiVersion == "networking.k8s.io/v1",
        "IngressRoute" => item.ApiVersion is "traefik.io/v1alpha1" or "traefik.containo.us/v1alpha1",
        "HTTPProxy" => item.ApiVersion == "projectcontour.io/v1",
        "Route" => item.ApiVersion == "route.openshift.io/v1",
        "GRPCRoute" or "TLSRoute" or "BackendTLSPolicy" => item.ApiVersion.StartsWith("gateway.networking.k8s.io/", StringComparison.Ordinal),
        "TargetGroupConfiguration" => item.ApiVersion.StartsWith("gateway.k8s.aws/", StringComparison.Ordinal),
        "BackendConfig" => item.ApiVersion.StartsWith("cloud.google.com/", StringComparison.Ordinal),
        "HealthCheckPolicy" => item.ApiVersion.StartsWith("networking.gke.io/", StringComparison.Ordinal),
        "VirtualService" or "DestinationRule" => item.ApiVersion.StartsWith("networking.istio.io/", StringComparison.Ordinal),
        _ => false,
    };
}
