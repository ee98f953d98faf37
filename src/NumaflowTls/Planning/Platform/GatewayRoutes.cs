using Krm.ResourceLists;
using NumaflowTls.Discovery;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Gateway API GRPCRoute and TLSRoute <c>backendRefs</c> to the server's Service: the port follows, as for HTTPRoute.
/// A TLSRoute passes TLS through to the pod, so in insecure mode it cannot reach the server: a warning names it.
/// Docs: https://gateway-api.sigs.k8s.io/reference/spec/#grpcroute and #tlsroute
/// </summary>
internal static class GatewayRoutes
{
    public static bool IsRoute(KrmResource item) =>
        item.Kind is "GRPCRoute" or "TLSRoute" && item.ApiVersion.StartsWith("gateway.networking.k8s.io/", StringComparison.Ordinal);

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        foreach (var route in ctx.Install.Platform.Where(IsRoute))
        {
            foreach (var backend in BackendServices.OfHttpRoute(route))
            {
                if (ServerPorts.Find(ctx, backend.ServiceName, backend.Node["port"]) is not { } move)
                    continue;
                ServerPorts.Follow(plan, route, backend.Path + ".port", backend.Node, "port", move);
                if (route.Kind == "TLSRoute" && ctx.Target.Insecure)
                {
                    plan.Warn(route, "a TLSRoute passes the client's TLS through to the server, which now speaks plain HTTP: route it with an HTTPRoute instead",
                        backend.Path);
                }
            }
        }
    }
}
