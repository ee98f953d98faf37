using Krm.ResourceLists;
using Krm.Yaml;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Istio DestinationRule for the server's host: <c>trafficPolicy.tls.mode</c> and each <c>portLevelSettings</c> entry
/// on the server's port (whose number follows). <c>SIMPLE</c> (originate TLS) becomes <c>DISABLE</c> in insecure mode;
/// back in TLS mode <c>DISABLE</c> becomes <c>SIMPLE</c> only where <c>insecureSkipVerify: true</c> is left from it, the
/// one TLS origination that works with the server's self-signed localhost certificate. MUTUAL/ISTIO_MUTUAL stay.
/// Docs: https://istio.io/latest/docs/reference/config/networking/destination-rule/#ClientTLSSettings-TLSmode
/// </summary>
internal static class IstioDestinationRule
{
    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        foreach (var dr in ctx.Install.Platform.Where(i => IstioHosts.IsIstio(i, "DestinationRule")))
        {
            if (IstioHosts.Service(ctx, dr.Node.At("spec", "host")?.Value) is not { } service)
                continue;
            var policy = dr.Node.At("spec", "trafficPolicy");
            Tls(ctx, plan, dr, policy?["tls"], "spec.trafficPolicy.tls");
            var levels = policy?["portLevelSettings"]?.Items ?? [];
            for (var i = 0; i < levels.Count; i++)
            {
                if (levels[i]["port"] is not { } port || ServerPorts.Find(ctx, service.Name, port["number"]) is not { } move || port["number"] is null)
                    continue;
                var path = $"spec.trafficPolicy.portLevelSettings[{i}]";
                ServerPorts.Follow(plan, dr, path + ".port.number", port, "number", move);
                Tls(ctx, plan, dr, levels[i]["tls"], path + ".tls");
            }
        }
    }

    private static void Tls(PlanContext ctx, PlanBuilder plan, KrmResource dr, YamlNode? tls, string path)
    {
        if (tls?.GetString("mode") is not { } mode)
            return;
        var skipVerify = tls["insecureSkipVerify"] is { } s && s.TryGetBool(out var b) && b;
        if (ctx.Target.Insecure && mode == "SIMPLE")
        {
            plan.SetString(dr, path + ".mode", tls, "mode", "DISABLE", "the server speaks HTTP: the proxy must not originate TLS to it");
        }
        else if (!ctx.Target.Insecure && mode == "DISABLE" && skipVerify)
        {
            plan.SetString(dr, path + ".mode", tls, "mode", "SIMPLE", "the server speaks HTTPS: the proxy originates TLS to it again (insecureSkipVerify is set)");
        }
        else if (!ctx.Target.Insecure && mode == "SIMPLE" && !skipVerify)
        {
            plan.Warn(dr, "the server's certificate is self-signed for localhost and regenerated at every start: SIMPLE cannot validate it without insecureSkipVerify: true", path);
        }
        else if (!ctx.Target.Insecure && mode == "DISABLE")
        {
            plan.Warn(dr, "the server speaks HTTPS and this rule makes the proxy send plain text unless the client speaks TLS itself; " +
                "for plain-HTTP clients use mode SIMPLE with insecureSkipVerify: true", path);
        }
    }
}
