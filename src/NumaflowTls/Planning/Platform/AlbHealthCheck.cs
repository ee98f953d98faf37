using System.Globalization;
using Krm.ResourceLists;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// AWS Load Balancer Controller: <c>healthcheck-protocol</c> (HTTP|HTTPS) and <c>healthcheck-port</c> (traffic-port or a
/// number) live on the Ingress or on the Service, the Service's winning; <c>backend-protocol</c> may sit on the Service
/// too (the Ingress one is the Service step's). Both places follow, so whichever wins is right.
/// Docs: https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#health-check
/// </summary>
internal static class AlbHealthCheck
{
    public const string HealthCheckProtocol = "alb.ingress.kubernetes.io/healthcheck-protocol";
    public const string HealthCheckPort = "alb.ingress.kubernetes.io/healthcheck-port";
    public const string BackendProtocol = "alb.ingress.kubernetes.io/backend-protocol";

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var services = ctx.ServicePortMoves.Select(m => m.Service).Distinct().ToList();
        foreach (var resource in services.Concat(ServerIngresses.Ingresses(ctx).Select(b => b.Ingress)).Distinct())
        {
            Annotations.FollowScheme(plan, ctx.Target, resource, HealthCheckProtocol, "the ALB health check");
            FollowPort(ctx, plan, resource, HealthCheckPort, "the ALB health check");
        }
        foreach (var service in services)
            Annotations.FollowScheme(plan, ctx.Target, service, BackendProtocol, "the ALB (Service backend-protocol)");
    }

    /// <summary>A numeric port annotation naming the server's old pod port follows to P; <c>traffic-port</c> and other ports stay.</summary>
    internal static void FollowPort(PlanContext ctx, PlanBuilder plan, KrmResource resource, string key, string who)
    {
        if (Annotations.Value(resource, key) is not { } text
            || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port == ctx.Target.Port || !ctx.OldPorts.Contains(port))
            return;
        Annotations.Follow(plan, resource, key, ctx.Target.Port.ToString(CultureInfo.InvariantCulture),
            $"{who} must reach the server's port {ctx.Target.Port}");
    }
}
