using Krm.ResourceLists;
using Krm.Yaml;
using NumaflowTls.Discovery;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// AWS Load Balancer Controller's Gateway API TargetGroupConfiguration (<c>gateway.k8s.aws</c>) whose
/// <c>targetReference</c> is the server's Service: <c>protocol</c>, <c>healthCheckConfig.healthCheckProtocol</c> and a
/// numeric <c>healthCheckPort</c> follow, in <c>defaultConfiguration</c> and each <c>routeConfigurations[].targetGroupProps</c>.
/// Docs: https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/gateway/customization/#customizing-target-groups
/// </summary>
internal static class AwsTargetGroupConfiguration
{
    public static bool IsConfiguration(KrmResource item) =>
        item.Kind == "TargetGroupConfiguration" && item.ApiVersion.StartsWith("gateway.k8s.aws/", StringComparison.Ordinal);

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var names = ctx.ServicePortMoves.Select(m => m.Service).Distinct().SelectMany(KustomizeNames.AllNames).ToHashSet();
        foreach (var tgc in ctx.Install.Platform.Where(IsConfiguration))
        {
            var target = tgc.Node.At("spec", "targetReference");
            if ((target?.GetString("kind") ?? "Service") != "Service" || !names.Contains(target?.GetString("name") ?? ""))
                continue;
            Props(ctx, plan, tgc, tgc.Node.At("spec", "defaultConfiguration"), "spec.defaultConfiguration");
            var routes = tgc.Node.At("spec", "routeConfigurations")?.Items ?? [];
            for (var i = 0; i < routes.Count; i++)
                Props(ctx, plan, tgc, routes[i]["targetGroupProps"], $"spec.routeConfigurations[{i}].targetGroupProps");
        }
    }

    private static void Props(PlanContext ctx, PlanBuilder plan, KrmResource tgc, YamlNode? props, string path)
    {
        HealthCheckFields.Protocol(ctx, plan, tgc, props, "protocol", path + ".protocol", "the ALB target group");
        var hc = props?["healthCheckConfig"];
        HealthCheckFields.Protocol(ctx, plan, tgc, hc, "healthCheckProtocol", path + ".healthCheckConfig.healthCheckProtocol", "the ALB health check");
        HealthCheckFields.Port(ctx, plan, tgc, hc, "healthCheckPort", path + ".healthCheckConfig.healthCheckPort", "the ALB health check");
    }
}
