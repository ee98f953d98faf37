namespace NumaflowTls.Planning.Platform;

/// <summary>
/// HAProxy Ingress (jcmoraisjr): <c>haproxy-ingress.github.io/backend-protocol</c> is h1, h2, h1-ssl or h2-ssl;
/// the <c>-ssl</c> suffix follows the mode, the HTTP version stays.
/// Docs: https://haproxy-ingress.github.io/docs/configuration/keys/#backend-protocol
/// </summary>
internal static class HaproxyIngressBackend
{
    public const string BackendProtocol = "haproxy-ingress.github.io/backend-protocol";

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        foreach (var ingress in ServerIngresses.Ingresses(ctx).Select(b => b.Ingress))
        {
            var value = Annotations.Value(ingress, BackendProtocol);
            if (value is not ("h1" or "h2" or "h1-ssl" or "h2-ssl"))
                continue;
            var version = value[..2];
            Annotations.Follow(plan, ingress, BackendProtocol, ctx.Target.Insecure ? version : version + "-ssl",
                $"HAProxy Ingress must speak {ctx.Target.Scheme} to the server");
        }
    }
}
