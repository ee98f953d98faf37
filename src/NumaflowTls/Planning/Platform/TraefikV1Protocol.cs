namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Traefik 1.x: <c>ingress.kubernetes.io/protocol</c> (http, https, h2c) on the Ingress sets the backend scheme.
/// Docs: https://doc.traefik.io/traefik/v1.7/configuration/backends/kubernetes/#general-annotations
/// </summary>
internal static class TraefikV1Protocol
{
    public const string Protocol = "ingress.kubernetes.io/protocol";

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        foreach (var ingress in ServerIngresses.Ingresses(ctx).Select(b => b.Ingress))
            Annotations.FollowScheme(plan, ctx.Target, ingress, Protocol, "Traefik 1.x (ingress.kubernetes.io/protocol)");
    }
}
