using Krm.ResourceLists;
using Krm.Yaml;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// NetworkPolicy ingress rules of policies whose <c>podSelector</c> selects the server's pods: a port naming the
/// server's old port (its number, or a port name the plan renames) follows, unless the rule already allows the
/// new one. A policy selecting every pod of the namespace also guards other apps: it gets a warning, not an edit.
/// Docs: https://kubernetes.io/docs/concepts/services-networking/network-policies/
/// </summary>
internal static class NetworkPolicyPorts
{
    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var labels = PodSelector.PodLabels(ctx);
        foreach (var policy in ctx.Install.Platform.Where(p => p.Kind == "NetworkPolicy"))
        {
            var selector = policy.Node.At("spec", "podSelector");
            if (!PodSelector.Selects(selector, labels))
                continue;
            var rules = policy.Node.At("spec", "ingress")?.Items ?? [];
            for (var r = 0; r < rules.Count; r++)
                PlanRule(ctx, plan, policy, rules[r], $"spec.ingress[{r}]", PodSelector.IsEmpty(selector));
        }
    }

    private static void PlanRule(PlanContext ctx, PlanBuilder plan, KrmResource policy, YamlNode rule, string path, bool everyPod)
    {
        var t = ctx.Target;
        var ports = rule["ports"]?.Items ?? [];
        var allowsNew = ports.Any(p => p["port"] is { } n && !n.IsString && n.TryGetInt(out var v) && v == t.Port && p["endPort"] is null);
        for (var i = 0; i < ports.Count; i++)
        {
            var entry = ports[i];
            if (entry["port"] is not { } port || entry["endPort"] is not null)
                continue;
            var at = $"{path}.ports[{i}].port";
            if (!port.IsString && port.TryGetInt(out var number))
            {
                if (number == t.Port || allowsNew || !ctx.OldPorts.Contains(number))
                    continue;
                if (everyPod)
                    plan.Warn(policy, $"this policy selects every pod of the namespace and allows {number}, the server's old port; it was left unchanged: allow {t.Port} for the server", at);
                else
                    plan.SetInt(policy, at, entry, "port", t.Port, $"the server listens on {t.Port}: the policy's port follows");
            }
            else if (port.Value is { } name && ctx.ContainerPortRenames.TryGetValue(name, out var renamed))
            {
                if (everyPod)
                    plan.Warn(policy, $"this policy selects every pod of the namespace and allows the port '{name}', which the server renames to '{renamed}'; it was left unchanged", at);
                else
                    plan.SetString(policy, at, entry, "port", renamed, $"the container port '{name}' is renamed to '{renamed}': the policy follows");
            }
        }
    }
}
