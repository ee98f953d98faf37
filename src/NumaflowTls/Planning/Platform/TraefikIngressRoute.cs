using Krm.ResourceLists;
using Krm.Yaml;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Traefik IngressRoute (<c>traefik.io/v1alpha1</c>, and <c>traefik.containo.us/v1alpha1</c> before Traefik 3):
/// <c>routes[].services[]</c> of kind Service naming the server's Service: <c>port</c> (number or name) follows the
/// Service port, <c>scheme</c> (http, https, h2c) follows the mode when present. Without <c>scheme</c> Traefik speaks
/// HTTPS only to port 443 or a port named https*, which the name flip keeps right; warnings say when it cannot.
/// Docs: https://doc.traefik.io/traefik/routing/providers/kubernetes-crd/#kind-ingressroute
/// </summary>
internal static class TraefikIngressRoute
{
    public static bool IsIngressRoute(KrmResource item) =>
        item.Kind == "IngressRoute" && item.ApiVersion is "traefik.io/v1alpha1" or "traefik.containo.us/v1alpha1";

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        foreach (var route in ctx.Install.Platform.Where(IsIngressRoute))
        {
            var routes = route.Node.At("spec", "routes")?.Items ?? [];
            for (var r = 0; r < routes.Count; r++)
            {
                var services = routes[r]["services"]?.Items ?? [];
                for (var s = 0; s < services.Count; s++)
                    PlanService(ctx, plan, route, services[s], $"spec.routes[{r}].services[{s}]");
            }
        }
    }

    private static void PlanService(PlanContext ctx, PlanBuilder plan, KrmResource route, YamlNode service, string path)
    {
        var t = ctx.Target;
        if ((service.GetString("kind") ?? "Service") != "Service" || (service.GetString("namespace") is { } ns && ns != route.Namespace))
            return;
        if (ServerPorts.Find(ctx, service.GetString("name"), service["port"]) is not { } move)
            return;
        ServerPorts.Follow(plan, route, path + ".port", service, "port", move);
        var scheme = service.GetString("scheme");
        if (SchemeWord.Follow(scheme, t) is { } s)
        {
            plan.SetString(route, path + ".scheme", service, "scheme", s, $"Traefik must speak {t.Scheme} to the server");
        }
        else if (scheme is null)
        {
            var implicitTls = move.NewPort == 443 || (move.NewName?.StartsWith("https", StringComparison.Ordinal) ?? false);
            if (t.Insecure == implicitTls)
            {
                plan.Warn(route, $"without scheme Traefik speaks {(implicitTls ? "HTTPS" : "HTTP")} to this port (443 or a name https* mean HTTPS) but the server speaks {t.Scheme}; " +
                    $"set scheme: {t.LowerScheme}", path);
            }
        }
        if (!t.Insecure && service.GetString("serversTransport") is null && scheme != "h2c")
        {
            plan.Warn(route, "the server's certificate is self-signed for localhost and regenerated at every start: Traefik cannot validate it; " +
                "name a ServersTransport with insecureSkipVerify: true (serversTransport)", path);
        }
    }
}
