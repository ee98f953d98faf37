using System.Globalization;
using Krm.Yaml;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Istio's pod annotations <c>traffic.sidecar.istio.io/excludeInboundPorts</c> and <c>includeInboundPorts</c> (comma
/// lists of ports) on the server's pod template: the server's old port follows to P (Numaflow's Istio guide excludes
/// the server port this way).
/// Docs: https://istio.io/latest/docs/reference/config/annotations/#SidecarTrafficExcludeInboundPorts
/// </summary>
internal static class IstioInboundPorts
{
    private static readonly string[] Keys = ["traffic.sidecar.istio.io/excludeInboundPorts", "traffic.sidecar.istio.io/includeInboundPorts"];

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var annotations = ctx.Deployment.Node.At("spec", "template", "metadata", "annotations");
        var target = ctx.Target.Port.ToString(CultureInfo.InvariantCulture);
        foreach (var key in Keys)
        {
            if (annotations?[key] is not { Kind: YamlNodeKind.Scalar } node || node.Value is not { } text)
                continue;
            var list = new TokenList(text);
            if (list.Contains(e => e == target))
                continue;
            list.ReplaceAll(e => long.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && ctx.OldPorts.Contains(p), target);
            plan.SetString(ctx.Deployment, $"spec.template.metadata.annotations[{key}]", annotations, key, list.ToString(),
                $"the server listens on {ctx.Target.Port}: the sidecar's {key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]} follows");
        }
    }
}
