using Krm.ResourceLists;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Traefik's Service annotation <c>service.serversscheme</c> (http, https, h2c), and its implicit rule: without it,
/// Traefik speaks HTTPS to a Service port that is 443 or whose name starts with <c>https</c>, else HTTP.
/// Docs: https://doc.traefik.io/traefik/routing/providers/kubernetes-ingress/ (On Service; Communication Between Traefik and Pods)
/// </summary>
internal static class TraefikService
{
    public const string ServersScheme = "traefik.ingress.kubernetes.io/service.serversscheme";
    private const string ServersTransport = "traefik.ingress.kubernetes.io/service.serverstransport";
    private const string AnnotationPrefix = "traefik.ingress.kubernetes.io/";

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var t = ctx.Target;
        foreach (var move in ctx.ServicePortMoves)
        {
            var service = move.Service;
            Annotations.FollowScheme(plan, t, service, ServersScheme, "Traefik (service.serversscheme)");
            if (!RoutedByTraefik(ctx, service))
                continue;
            var path = $"spec.ports[{move.Index}]";
            if (Annotations.Value(service, ServersScheme) is null)
            {
                var implicitTls = move.NewPort == 443 || (move.NewName?.StartsWith("https", StringComparison.Ordinal) ?? false);
                if (t.Insecure && implicitTls)
                {
                    plan.Warn(service, $"Traefik speaks HTTPS to a Service port that is 443 or named https*: it would speak HTTPS to the insecure server; " +
                        $"set the annotation {ServersScheme}: http or change the port", path);
                }
                else if (!t.Insecure && !implicitTls)
                {
                    plan.Warn(service, $"Traefik speaks HTTP to this Service port (not 443, name not https*) but the server speaks HTTPS; " +
                        $"set the annotation {ServersScheme}: https", path);
                }
            }
            if (!t.Insecure && Annotations.Value(service, ServersTransport) is null)
            {
                plan.Warn(service, "the server's certificate is self-signed for localhost and regenerated at every start: Traefik cannot validate it and needs " +
                    $"insecureSkipVerify: true (a ServersTransport named by {ServersTransport}; in Traefik 1.x the global insecureSkipVerify)", path);
            }
        }
    }

    /// <summary>A Traefik annotation on the Service, or an Ingress of class traefik reaching it.</summary>
    private static bool RoutedByTraefik(PlanContext ctx, KrmResource service) =>
        service.Annotations.Keys.Any(k => k.StartsWith(AnnotationPrefix, StringComparison.Ordinal))
        || ServerIngresses.Ingresses(ctx).Any(b => ReferenceEquals(b.Move.Service, service) && IsTraefik(b.Ingress));

    private static bool IsTraefik(KrmResource ingress) =>
        (ingress.Node.At("spec", "ingressClassName")?.Value ?? ingress.GetAnnotation("kubernetes.io/ingress.class") ?? "")
            .Contains("traefik", StringComparison.OrdinalIgnoreCase);
}
