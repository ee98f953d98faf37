using NumaflowTls.Discovery;
using NumaflowTls.Model;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Numaflow sets its auth cookies with <c>Secure=true</c> always: served as plain HTTP on a host other than localhost,
/// the browser drops them and login loops. In insecure mode with auth on (<c>--disable-auth</c>, else env
/// <c>NUMAFLOW_SERVER_DISABLE_AUTH</c> / ConfigMap <c>server.disable.auth</c>, not true), an Ingress or Route reaching
/// the server without TLS at its edge gets a warning. Only a manifest that says auth is on counts: with no flag and no
/// env at all (releases before auth existed) or a ConfigMap not in the input, nothing is said.
/// </summary>
internal static class AuthCookieExposure
{
    private const string DisableAuthEnv = "NUMAFLOW_SERVER_DISABLE_AUTH";

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        if (!ctx.Target.Insecure || AuthDisabled(ctx) is not false)
            return;
        const string Message = "auth is on and Numaflow's auth cookies are Secure: served as plain HTTP here, the browser drops them and login fails; " +
            "terminate TLS at this edge (spec.tls) or disable auth (server.disable.auth: \"true\")";
        foreach (var ingress in ServerIngresses.Ingresses(ctx).Select(b => b.Ingress).Where(i => i.Node.At("spec", "tls")?.Items.Count is null or 0))
            plan.Warn(ingress, Message, "spec.tls");
        foreach (var route in ctx.Install.Platform.Where(OpenShiftRoute.IsRoute))
        {
            if (route.Node.At("spec", "tls") is null && OpenShiftRoute.Reaches(ctx, route))
                plan.Warn(route, Message, "spec.tls");
        }
    }

    /// <summary>The disable-auth flag as the manifests state it: args, then the last env entry; null when nothing states it.</summary>
    private static bool? AuthDisabled(PlanContext ctx)
    {
        foreach (var arg in ctx.Args.Reverse())
        {
            if (arg == "--disable-auth")
                return true;
            if (arg.StartsWith("--disable-auth=", StringComparison.Ordinal))
                return GoParse.ParseBool(arg["--disable-auth=".Length..]);
        }
        return ctx.Winning(DisableAuthEnv) switch
        {
            LiteralEnv l => GoParse.ParseBool(l.Value),
            ConfigMapKeyEnv cm when ctx.Install.ConfigMaps.TryGetValue(cm.ConfigMapName, out var map) =>
                ContainerReader.ConfigMapData(map.Node).TryGetValue(cm.Key, out var v) && v.Length > 0 ? GoParse.ParseBool(v) : null,
            _ => null,
        };
    }
}
