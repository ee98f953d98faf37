using Krm.ResourceLists;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// OpenShift Route (<c>route.openshift.io/v1</c>) to the server's Service: <c>spec.port.targetPort</c> follows (a name
/// is the Service port's name, a number the pod's port). <c>spec.tls.termination</c> decides what the router speaks to
/// the pod: edge (or no tls) plain HTTP, passthrough and reencrypt TLS. In insecure mode passthrough/reencrypt cannot
/// work: an error, nothing of the install changed. In TLS mode edge cannot work and reencrypt cannot validate the
/// self-signed localhost certificate: warnings.
/// Docs: https://docs.openshift.com/container-platform/latest/networking/routes/secured-routes.html
/// </summary>
internal static class OpenShiftRoute
{
    public static bool IsRoute(KrmResource item) => item.Kind == "Route" && item.ApiVersion == "route.openshift.io/v1";

    public static bool Reaches(PlanContext ctx, KrmResource route) => Move(ctx, route) is not null;

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var t = ctx.Target;
        foreach (var route in ctx.Install.Platform.Where(IsRoute))
        {
            if (Move(ctx, route) is not { } move)
                continue;
            if (route.Node.At("spec", "port") is { } port && port["targetPort"] is { } target)
            {
                if (!target.IsString && target.TryGetInt(out var number))
                {
                    if (number != t.Port && ctx.OldPorts.Contains(number))
                        plan.SetInt(route, "spec.port.targetPort", port, "targetPort", t.Port, $"the server listens on {t.Port}: the Route's targetPort follows");
                }
                else
                {
                    ServerPorts.Follow(plan, route, "spec.port.targetPort", port, "targetPort", move);
                }
            }
            var termination = route.Node.At("spec", "tls")?.GetString("termination")?.ToLowerInvariant();
            if (t.Insecure && termination is "passthrough" or "reencrypt")
            {
                plan.Fail(route, $"tls.termination {termination} makes the router speak TLS to the server, which would speak plain HTTP: " +
                    "nothing of this install was changed (use edge termination, or keep TLS on)", "spec.tls.termination");
            }
            else if (!t.Insecure && termination is null or "edge")
            {
                plan.Warn(route, $"{(termination is null ? "without tls" : "with edge termination")}, the router speaks plain HTTP to the server, which speaks HTTPS: " +
                    "use passthrough", termination is null ? "spec" : "spec.tls.termination");
            }
            else if (!t.Insecure && termination == "reencrypt")
            {
                plan.Warn(route, "reencrypt validates the server's certificate, which is self-signed for localhost and regenerated at every start: " +
                    "it cannot pass; use passthrough", "spec.tls.termination");
            }
        }
    }

    private static ServicePortMove? Move(PlanContext ctx, KrmResource route)
    {
        var to = route.Node.At("spec", "to");
        if ((to?.GetString("kind") ?? "Service") != "Service")
            return null;
        var name = to?.GetString("name");
        var moves = ctx.ServicePortMoves.Where(m => name is not null && Discovery.KustomizeNames.AllNames(m.Service).Contains(name)).ToList();
        if (moves.Count == 0)
            return null;
        var target = route.Node.At("spec", "port", "targetPort");
        if (target is null)
            return moves[0];
        if (!target.IsString && target.TryGetInt(out var n))
            return ctx.OldPorts.Contains(n) ? moves[0] : null;
        return moves.FirstOrDefault(m => m.OldName == target.Value);
    }
}
