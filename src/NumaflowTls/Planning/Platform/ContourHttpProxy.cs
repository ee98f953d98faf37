using Krm.ResourceLists;
using Krm.Yaml;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Contour HTTPProxy (<c>projectcontour.io/v1</c>): <c>routes[].services[]</c> naming the server's Service: <c>port</c>
/// follows the Service port. <c>protocol</c> (h2, h2c, tls) has no value for plain HTTP/1.1 but absence, and a field is
/// never removed or added: a mismatch is a warning naming the field, the Service's upstream-protocol.tls annotation
/// (which follows) being the other way to say it.
/// Docs: https://projectcontour.io/docs/main/config/upstream-tls/ and https://projectcontour.io/docs/main/config/api/#projectcontour.io/v1.Service
/// </summary>
internal static class ContourHttpProxy
{
    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        foreach (var proxy in ctx.Install.Platform.Where(i => i.Kind == "HTTPProxy" && i.ApiVersion == "projectcontour.io/v1"))
        {
            var routes = proxy.Node.At("spec", "routes")?.Items ?? [];
            for (var r = 0; r < routes.Count; r++)
            {
                var services = routes[r]["services"]?.Items ?? [];
                for (var s = 0; s < services.Count; s++)
                    PlanService(ctx, plan, proxy, services[s], $"spec.routes[{r}].services[{s}]");
            }
        }
    }

    private static void PlanService(PlanContext ctx, PlanBuilder plan, KrmResource proxy, YamlNode service, string path)
    {
        if (ServerPorts.Find(ctx, service.GetString("name"), service["port"]) is not { } move)
            return;
        ServerPorts.Follow(plan, proxy, path + ".port", service, "port", move);
        var protocol = service.GetString("protocol");
        var viaAnnotation = Annotations.Value(move.Service, ContourUpstreamTls.UpstreamTls) is not null;
        if (ctx.Target.Insecure && protocol == "tls")
        {
            plan.Warn(proxy, "protocol: tls makes Envoy speak TLS to the server, which now speaks plain HTTP: remove the field", path + ".protocol");
        }
        else if (!ctx.Target.Insecure && protocol is null && !viaAnnotation)
        {
            plan.Warn(proxy, "Envoy speaks plain HTTP to this service but the server speaks HTTPS: set protocol: tls " +
                $"(or the Service annotation {ContourUpstreamTls.UpstreamTls})", path);
        }
    }
}
