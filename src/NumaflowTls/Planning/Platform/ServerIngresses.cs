using Krm.ResourceLists;
using Krm.Yaml;
using NumaflowTls.Discovery;

namespace NumaflowTls.Planning.Platform;

/// <summary>An Ingress backend that reaches one of the server's Service port entries.</summary>
internal sealed record ServerBackend(KrmResource Ingress, BackendService Backend, ServicePortMove Move);

/// <summary>
/// The install's Ingresses whose backends reach the server's port (by Service name with kustomize's previous
/// names, and port by number or name as it was before the plan); the Service's other ports are someone else's.
/// </summary>
internal static class ServerIngresses
{
    public static IEnumerable<ServerBackend> Backends(PlanContext ctx)
    {
        foreach (var ingress in ctx.Install.Ingresses)
        {
            foreach (var backend in BackendServices.OfIngress(ingress))
            {
                var move = ctx.ServicePortMoves.FirstOrDefault(m =>
                    KustomizeNames.AllNames(m.Service).Contains(backend.ServiceName) && Reaches(m, backend.Node["port"]));
                if (move is not null)
                    yield return new ServerBackend(ingress, backend, move);
            }
        }
    }

    /// <summary>Each Ingress reaching the server once, with the first backend that does.</summary>
    public static IEnumerable<ServerBackend> Ingresses(PlanContext ctx) =>
        Backends(ctx).GroupBy(b => b.Ingress).Select(g => g.First());

    private static bool Reaches(ServicePortMove move, YamlNode? port)
    {
        if (port is null)
            return true;
        if (port["number"] is { } n)
            return n.TryGetInt(out var v) && v == move.OldPort;
        return port.GetString("name") is { } name && name == move.OldName;
    }
}
