using Krm.Yaml;
using NumaflowTls.Discovery;

namespace NumaflowTls.Planning;

/// <summary>
/// The server container's declared ports and its httpGet/tcpSocket probes: one port is
/// ever served, so each moves to P, probes say <c>scheme: S</c> (absent means HTTP), scheme-carrying port
/// names flip and every reference follows. No port list or probe is added where there is none.
/// </summary>
internal static class ContainerStep
{
    public static void PlanPorts(PlanContext ctx, PlanBuilder plan)
    {
        var ports = ctx.Install.Container["ports"];
        var items = ports?.Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var entry = items[i];
            var name = entry.GetString("name");
            if (name is not null)
                ctx.ServerPortNames.Add(name);
            var number = entry["containerPort"] is { } n && n.TryGetInt(out var v) ? v : (long?)null;
            var isServer = items.Count == 1 || PortNames.CarriesScheme(name) || (number is { } x && ctx.OldPorts.Contains(x));
            if (!isServer)
                continue;
            var path = $"{ctx.Install.ContainerPath}.ports[{i}]";
            plan.SetInt(ctx.Deployment, path + ".containerPort", entry, "containerPort", ctx.Target.Port,
                $"the server listens on {ctx.Target.Port} only: its declared port follows");
            var renamed = PortNames.For(name, ctx.Target);
            if (renamed != name)
            {
                ctx.ContainerPortRenames[name!] = renamed!;
                plan.SetString(ctx.Deployment, path + ".name", entry, "name", renamed!,
                    $"port names carrying a scheme follow the mode ({ctx.Target.LowerScheme})");
            }
        }
    }

    public static void PlanProbes(PlanContext ctx, PlanBuilder plan)
    {
        foreach (var kind in InstallFinder.ProbeNames)
        {
            if (ctx.Install.Container[kind] is not { } probe)
                continue;
            var path = $"{ctx.Install.ContainerPath}.{kind}";
            if (probe["httpGet"] is { Kind: YamlNodeKind.Mapping } http)
            {
                Port(ctx, plan, http, path + ".httpGet");
                // A probe without scheme means HTTP: TLS on must write HTTPS, insecure mode leaves it absent.
                if (http["scheme"] is null && ctx.Target.Insecure)
                    plan.Require(ctx.Deployment, path + ".httpGet.scheme", ctx.Target.Scheme);
                else
                    plan.SetString(ctx.Deployment, path + ".httpGet.scheme", http, "scheme", ctx.Target.Scheme,
                        http["scheme"] is null
                            ? "the server serves HTTPS; a probe without scheme means HTTP, so HTTPS is written explicitly"
                            : $"the server serves {ctx.Target.Scheme}: the probe scheme follows");
            }
            if (probe["tcpSocket"] is { Kind: YamlNodeKind.Mapping } tcp)
                Port(ctx, plan, tcp, path + ".tcpSocket");
        }
    }

    /// <summary>A probe port resolves to P: a number becomes P, a name follows a rename or must name the server port.</summary>
    private static void Port(PlanContext ctx, PlanBuilder plan, YamlNode action, string path)
    {
        var port = action["port"];
        if (port is null)
            return;
        if (!port.IsString && port.TryGetInt(out _))
        {
            plan.SetInt(ctx.Deployment, path + ".port", action, "port", ctx.Target.Port,
                $"the probe must reach the server's port {ctx.Target.Port}");
            return;
        }
        var name = port.Value ?? "";
        if (ctx.ContainerPortRenames.TryGetValue(name, out var renamed))
        {
            plan.SetString(ctx.Deployment, path + ".port", action, "port", renamed,
                $"the container port '{name}' is renamed to '{renamed}': the probe follows");
        }
        else if (!ctx.ServerPortNames.Contains(name))
        {
            plan.SetInt(ctx.Deployment, path + ".port", action, "port", ctx.Target.Port,
                $"'{name}' names no port of the server container: the probe must reach port {ctx.Target.Port}");
        }
    }
}
