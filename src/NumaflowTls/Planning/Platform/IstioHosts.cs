using Krm.ResourceLists;
using NumaflowTls.Discovery;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// The hosts Istio resources use for the server's Service: its short name (same namespace), <c>name.namespace</c>,
/// <c>name.namespace.svc</c> and <c>name.namespace.svc.&lt;cluster domain&gt;</c>, for every name kustomize gave it.
/// Docs: https://istio.io/latest/docs/reference/config/networking/virtual-service/#Destination (host)
/// </summary>
internal static class IstioHosts
{
    /// <summary>The Service <paramref name="host"/> names, or null.</summary>
    public static KrmResource? Service(PlanContext ctx, string? host)
    {
        if (host is null)
            return null;
        foreach (var service in ctx.ServicePortMoves.Select(m => m.Service).Distinct())
        {
            foreach (var name in KustomizeNames.AllNames(service))
            {
                if (host == name)
                    return service;
                if (service.Namespace is not { } ns)
                    continue;
                var svc = $"{name}.{ns}.svc";
                if (host == $"{name}.{ns}" || host == svc || host.StartsWith(svc + ".", StringComparison.Ordinal))
                    return service;
            }
        }
        return null;
    }

    public static bool IsIstio(KrmResource item, string kind) =>
        item.Kind == kind && item.ApiVersion.StartsWith("networking.istio.io/", StringComparison.Ordinal);
}
