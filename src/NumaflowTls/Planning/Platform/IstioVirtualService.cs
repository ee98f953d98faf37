using Krm.ResourceLists;
using Krm.Yaml;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Istio VirtualService: the <c>destination.port.number</c> of http, tcp and tls routes (and http mirrors) whose host
/// is the server's Service follows the Service port.
/// Docs: https://istio.io/latest/docs/reference/config/networking/virtual-service/#Destination
/// </summary>
internal static class IstioVirtualService
{
    private static readonly string[] Sections = ["http", "tcp", "tls"];

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        foreach (var vs in ctx.Install.Platform.Where(i => IstioHosts.IsIstio(i, "VirtualService")))
        {
            foreach (var section in Sections)
            {
                var rules = vs.Node.At("spec", section)?.Items ?? [];
                for (var r = 0; r < rules.Count; r++)
                {
                    var routes = rules[r]["route"]?.Items ?? [];
                    for (var d = 0; d < routes.Count; d++)
                        Destination(ctx, plan, vs, routes[d]["destination"], $"spec.{section}[{r}].route[{d}].destination");
                    Destination(ctx, plan, vs, rules[r]["mirror"], $"spec.{section}[{r}].mirror");
                }
            }
        }
    }

    private static void Destination(PlanContext ctx, PlanBuilder plan, KrmResource vs, YamlNode? destination, string path)
    {
        if (destination?["port"] is not { } port || port["number"] is null)
            return;
        var service = IstioHosts.Service(ctx, destination.GetString("host"));
        var move = service is null ? null : ServerPorts.Find(ctx, service.Name, port["number"]);
        if (move is not null)
            ServerPorts.Follow(plan, vs, path + ".port.number", port, "number", move);
    }
}
