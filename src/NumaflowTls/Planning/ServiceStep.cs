using Krm.ResourceLists;
using Krm.Yaml;
using NumaflowTls.Discovery;
using NumaflowTls.Planning.Platform;

namespace NumaflowTls.Planning;

/// <summary>
/// Service ports, Ingress backends and HTTPRoute backendRefs: the Service entry that is
/// the server's targets P; its <c>port</c> follows when it was 8443/8080, a custom one (443, 80)
/// is kept; names and <c>appProtocol</c> flip; routes to that port follow.
/// </summary>
internal static class ServiceStep
{
    private static readonly string[] BackendProtocolAnnotations =
        ["nginx.ingress.kubernetes.io/backend-protocol", "alb.ingress.kubernetes.io/backend-protocol"];

    /// <summary>How one Service port entry changes; routes that point at the old port or name follow.</summary>
    private sealed record PortChange(KrmResource Service, long? OldPort, long? NewPort, string? OldName, string? NewName);

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var changes = new List<PortChange>();
        foreach (var service in ctx.Install.Services)
            PlanService(ctx, plan, service, changes);
        foreach (var ingress in ctx.Install.Ingresses)
            PlanIngress(ctx, plan, ingress, changes);
        foreach (var route in ctx.Install.HttpRoutes)
            PlanRoute(plan, route, changes);
    }

    private static void PlanService(PlanContext ctx, PlanBuilder plan, KrmResource service, List<PortChange> changes)
    {
        var items = service.Node.At("spec", "ports")?.Items ?? [];
        var serverEntries = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (IsServerEntry(ctx, items[i]) == true)
                serverEntries.Add(i);
        }
        // A lone entry with a numeric (or absent) target is taken as the server's: the Service
        // routes nothing else.
        if (serverEntries.Count == 0 && items.Count == 1 && IsServerEntry(ctx, items[0]) is null)
            serverEntries.Add(0);

        foreach (var i in serverEntries)
        {
            var entry = items[i];
            var path = $"spec.ports[{i}]";
            var t = ctx.Target;
            long? oldPort = entry["port"] is { } pn && pn.TryGetInt(out var pv) ? pv : null;
            var newPort = oldPort;
            var followsMode = oldPort is 8443 or 8080;
            var target = entry["targetPort"];
            if (target is null)
            {
                if (!followsMode && oldPort != t.Port)
                {
                    plan.SetInt(service, path + ".targetPort", entry, "targetPort", t.Port,
                        $"without targetPort the Service would send traffic to {oldPort}; the server listens on {t.Port}");
                }
            }
            else if (!target.IsString && target.TryGetInt(out _))
            {
                plan.SetInt(service, path + ".targetPort", entry, "targetPort", t.Port,
                    $"the server listens on {t.Port}: targetPort follows");
            }
            else if (target.Value is { } tn && ctx.ContainerPortRenames.TryGetValue(tn, out var renamed))
            {
                plan.SetString(service, path + ".targetPort", entry, "targetPort", renamed,
                    $"the container port '{tn}' is renamed to '{renamed}': targetPort follows");
            }
            if (followsMode && oldPort != t.Port)
            {
                newPort = t.Port;
                plan.SetInt(service, path + ".port", entry, "port", t.Port,
                    $"the Service port was the mode's default ({oldPort}): it follows to {t.Port}, as the fixed chart does");
            }
            else if (oldPort is { } kept)
            {
                // Without targetPort the port is the target: another install moving it would move this one's traffic.
                plan.Require(service, path + ".port", kept);
            }
            var oldName = entry.GetString("name");
            var newName = PortNames.For(oldName, t);
            if (newName != oldName)
            {
                plan.SetString(service, path + ".name", entry, "name", newName!,
                    $"port names carrying a scheme follow the mode ({t.LowerScheme})");
            }
            if (entry.GetString("appProtocol") is "http" or "https")
            {
                plan.SetString(service, path + ".appProtocol", entry, "appProtocol", t.LowerScheme,
                    $"the server speaks {t.LowerScheme}");
            }
            changes.Add(new PortChange(service, oldPort, newPort, oldName, newName));
            ctx.ServicePortMoves.Add(new ServicePortMove(service, i, oldPort, newPort, oldName, newName));
        }
    }

    /// <summary>True: the server's; false: someone else's (a sidecar's named port); null: unknown.</summary>
    private static bool? IsServerEntry(PlanContext ctx, YamlNode entry)
    {
        var target = entry["targetPort"];
        if (target is null)
            return entry["port"] is { } p && p.TryGetInt(out var pv) && ctx.OldPorts.Contains(pv) ? true : null;
        if (!target.IsString && target.TryGetInt(out var tv))
            return ctx.OldPorts.Contains(tv) ? true : null;
        return ctx.ServerPortNames.Contains(target.Value ?? "") ? true : false;
    }

    private static void PlanIngress(PlanContext ctx, PlanBuilder plan, KrmResource ingress, List<PortChange> changes)
    {
        var touched = false;
        foreach (var backend in BackendServices.OfIngress(ingress))
        {
            var change = changes.FirstOrDefault(c => KustomizeNames.AllNames(c.Service).Contains(backend.ServiceName) && Matches(c, backend.Node["port"]));
            if (change is null)
                continue;
            touched = true;
            var port = backend.Node["port"];
            if (port?["number"] is not null && change.NewPort is { } np && change.NewPort != change.OldPort)
            {
                plan.SetInt(ingress, backend.Path + ".port.number", port, "number", np,
                    $"the Service port moved from {change.OldPort} to {np}: the backend follows");
            }
            if (port?.GetString("name") is { } pn && change.NewName is { } nn && nn != pn)
            {
                plan.SetString(ingress, backend.Path + ".port.name", port, "name", nn,
                    $"the Service port '{pn}' is renamed to '{nn}': the backend follows");
            }
        }
        if (!touched)
            return;
        var annotations = ingress.Node.At("metadata", "annotations");
        foreach (var key in BackendProtocolAnnotations)
        {
            if (annotations?.GetString(key) is { } value && value.ToUpperInvariant() is "HTTP" or "HTTPS"
                && !string.Equals(value, ctx.Target.Scheme, StringComparison.OrdinalIgnoreCase))
            {
                plan.SetString(ingress, $"metadata.annotations[{key}]", annotations, key, ctx.Target.Scheme,
                    $"the backend now speaks {ctx.Target.Scheme}");
            }
        }
    }

    /// <summary>A backend port matches a change when it names the old number or the old name (or names no port at all).</summary>
    private static bool Matches(PortChange change, YamlNode? port)
    {
        if (port is null)
            return true;
        if (port["number"] is { } n)
            return n.TryGetInt(out var v) && v == change.OldPort;
        return port.GetString("name") is { } name && name == change.OldName;
    }

    private static void PlanRoute(PlanBuilder plan, KrmResource route, List<PortChange> changes)
    {
        foreach (var backend in BackendServices.OfHttpRoute(route))
        {
            var portNode = backend.Node["port"];
            if (portNode is null || !portNode.TryGetInt(out var port))
                continue;
            var change = changes.FirstOrDefault(c => KustomizeNames.AllNames(c.Service).Contains(backend.ServiceName) && c.OldPort == port);
            if (change?.NewPort is { } np && np != port)
            {
                plan.SetInt(route, backend.Path + ".port", backend.Node, "port", np,
                    $"the Service port moved from {port} to {np}: the backendRef follows");
            }
        }
    }
}
