namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Kong's Service annotation <c>konghq.com/protocol</c> (http, https, grpc, grpcs, tcp, tls): the scheme words follow.
/// Docs: https://developer.konghq.com/kubernetes-ingress-controller/reference/annotations/#konghq-com-protocol
/// </summary>
internal static class KongService
{
    public const string Protocol = "konghq.com/protocol";

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        foreach (var service in ctx.ServicePortMoves.Select(m => m.Service).Distinct())
            Annotations.FollowScheme(plan, ctx.Target, service, Protocol, "Kong (konghq.com/protocol)");
    }
}
