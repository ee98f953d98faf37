namespace NumaflowTls.Planning.Platform;

/// <summary>
/// HAProxy Technologies' ingress controller: <c>haproxy.org/server-ssl</c> ("true"/"false") on the Service (or the
/// Ingress) says whether HAProxy speaks TLS to the backend.
/// Docs: https://www.haproxy.com/documentation/kubernetes-ingress/community/configuration-reference/ingress/#server-ssl
/// </summary>
internal static class HaproxyServerSsl
{
    public const string ServerSsl = "haproxy.org/server-ssl";

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var targets = ctx.ServicePortMoves.Select(m => m.Service)
            .Concat(ServerIngresses.Ingresses(ctx).Select(b => b.Ingress))
            .Distinct();
        foreach (var resource in targets)
        {
            if (Annotations.Value(resource, ServerSsl) is not ("true" or "false"))
                continue;
            Annotations.Follow(plan, resource, ServerSsl, ctx.Target.Insecure ? "false" : "true",
                $"HAProxy must speak {ctx.Target.Scheme} to the server");
        }
    }
}
