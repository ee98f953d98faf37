using System.Text.RegularExpressions;
using Krm.ResourceLists;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// GKE BackendConfig (<c>cloud.google.com/v1</c>) referenced from the server's Service by
/// <c>cloud.google.com/backend-config</c> (or the <c>beta.</c> key), <c>{"default": "name"}</c> or
/// <c>{"ports": {"8443": "name"}}</c>: <c>healthCheck.type</c> (HTTP, HTTPS, HTTP2) and <c>healthCheck.port</c> follow,
/// and a <c>ports</c> key naming the server's Service port by number or name follows the port.
/// Docs: https://cloud.google.com/kubernetes-engine/docs/how-to/ingress-configuration#direct_health
/// </summary>
internal static partial class GkeBackendConfig
{
    private static readonly string[] Keys = ["cloud.google.com/backend-config", "beta.cloud.google.com/backend-config"];

    [GeneratedRegex("\"(?<key>[^\"\\\\]*)\"(?<colon>\\s*:\\s*)\"(?<value>[^\"\\\\]*)\"")]
    private static partial Regex Member();

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        foreach (var group in ctx.ServicePortMoves.GroupBy(m => m.Service))
        {
            var service = group.Key;
            foreach (var key in Keys)
            {
                if (Annotations.Value(service, key) is not { } json)
                    continue;
                var names = new HashSet<string>(StringComparer.Ordinal);
                var edited = Member().Replace(json, m =>
                {
                    names.Add(m.Groups["value"].Value);
                    var k = m.Groups["key"].Value;
                    var move = group.FirstOrDefault(g => g.NamedBefore(k) && !g.NamedAfter(k));
                    if (move is null || k == "default")
                        return m.Value;
                    var renamed = k == move.OldName ? move.NewName : move.NewPort?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return $"\"{renamed}\"{m.Groups["colon"].Value}\"{m.Groups["value"].Value}\"";
                });
                Annotations.Follow(plan, service, key, edited, "the BackendConfig for the server's Service port follows the port");
                foreach (var config in ctx.Install.Platform.Where(i => IsBackendConfig(i) && names.Contains(i.Name)))
                    PlanConfig(ctx, plan, config);
            }
        }
    }

    private static bool IsBackendConfig(KrmResource item) =>
        item.Kind == "BackendConfig" && item.ApiVersion.StartsWith("cloud.google.com/", StringComparison.Ordinal);

    private static void PlanConfig(PlanContext ctx, PlanBuilder plan, KrmResource config)
    {
        var hc = config.Node.At("spec", "healthCheck");
        if (ctx.Target.Insecure && hc?.GetString("type") is "HTTP2")
            plan.Warn(config, "healthCheck.type HTTP2 is HTTP/2 over TLS but the server now speaks plain HTTP: set it to HTTP", "spec.healthCheck.type");
        HealthCheckFields.Protocol(ctx, plan, config, hc, "type", "spec.healthCheck.type", "GKE's health check");
        HealthCheckFields.Port(ctx, plan, config, hc, "port", "spec.healthCheck.port", "GKE's health check");
    }
}
