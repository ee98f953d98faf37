using Krm.ResourceLists;
using Krm.Yaml;
using NumaflowTls.Discovery;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// GKE Gateway's HealthCheckPolicy (<c>networking.gke.io/v1</c>) whose <c>targetRef</c> is the server's Service:
/// <c>default.config.type</c> (HTTP, HTTPS) follows, and with it the name of the block that holds the check
/// (<c>httpHealthCheck</c> ↔ <c>httpsHealthCheck</c>: GKE reads the block named for the type, so the two change
/// together); a fixed <c>port</c> on the server's old port and a <c>portName</c> naming a renamed Service port follow.
/// Docs: https://cloud.google.com/kubernetes-engine/docs/how-to/configure-gateway-resources#configure_health_check,
/// https://googlecloudplatform.github.io/gke-gateway-api/#networking.gke.io/v1.HealthCheckPolicy
/// </summary>
internal static class GkeHealthCheckPolicy
{
    private const string Who = "GKE's health check";

    public static bool IsPolicy(KrmResource item) =>
        item.Kind == "HealthCheckPolicy" && item.ApiVersion.StartsWith("networking.gke.io/", StringComparison.Ordinal);

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var moves = ctx.ServicePortMoves;
        var names = moves.Select(m => m.Service).Distinct().SelectMany(KustomizeNames.AllNames).ToHashSet();
        foreach (var policy in ctx.Install.Platform.Where(IsPolicy))
        {
            var target = policy.Node.At("spec", "targetRef");
            if ((target?.GetString("kind") ?? "") != "Service" || !names.Contains(target?.GetString("name") ?? ""))
                continue;
            if (policy.Node.At("spec", "default", "config") is { Kind: YamlNodeKind.Mapping } config)
                PlanConfig(ctx, plan, policy, config, moves);
        }
    }

    private static void PlanConfig(PlanContext ctx, PlanBuilder plan, KrmResource policy, YamlNode config, IReadOnlyList<ServicePortMove> moves)
    {
        const string Path = "spec.default.config";
        var type = config.GetString("type");
        if (ctx.Target.Insecure && type is "HTTP2")
            plan.Warn(policy, "config.type HTTP2 is HTTP/2 over TLS but the server now speaks plain HTTP: set it to HTTP (and the block to httpHealthCheck)", Path + ".type");
        HealthCheckFields.Protocol(ctx, plan, policy, config, "type", Path + ".type", Who);

        var (from, to) = ctx.Target.Insecure ? ("httpsHealthCheck", "httpHealthCheck") : ("httpHealthCheck", "httpsHealthCheck");
        var block = config[to];
        if (SchemeWord.Follow(type, ctx.Target) is not null && config.Entries.FirstOrDefault(e => e.Key.Value == from) is { } entry)
        {
            if (block is null)
            {
                plan.RenameKey(policy, $"{Path}.{from}", entry.Key, to, $"GKE reads the check from the block named for its type: {to}");
                block = entry.Value;
            }
            else
            {
                plan.Warn(policy, $"both {from} and {to} are set; GKE reads {to} for type {ctx.Target.Scheme}: remove {from}", $"{Path}.{from}");
            }
        }
        var blockPath = $"{Path}.{to}";
        HealthCheckFields.Port(ctx, plan, policy, block, "port", blockPath + ".port", Who);
        if (block?.GetString("portName") is { } portName
            && moves.FirstOrDefault(m => m.OldName == portName && m.NewName is not null && m.NewName != portName) is { } move)
            plan.SetString(policy, blockPath + ".portName", block, "portName", move.NewName!, $"{Who} names the Service port, renamed to {move.NewName}");
    }
}
