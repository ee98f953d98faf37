namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Azure Application Gateway Ingress Controller: <c>backend-protocol</c> (http|https) and the custom probe's
/// <c>health-probe-port</c> on the Ingress (the gateway reaches pod IPs, so the port is the server's own).
/// Docs: https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#backend-protocol
/// </summary>
internal static class AgicBackend
{
    public const string BackendProtocol = "appgw.ingress.kubernetes.io/backend-protocol";
    public const string HealthProbePort = "appgw.ingress.kubernetes.io/health-probe-port";

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        foreach (var ingress in ServerIngresses.Ingresses(ctx).Select(b => b.Ingress))
        {
            Annotations.FollowScheme(plan, ctx.Target, ingress, BackendProtocol, "Application Gateway");
            AlbHealthCheck.FollowPort(ctx, plan, ingress, HealthProbePort, "Application Gateway's health probe");
        }
    }
}
