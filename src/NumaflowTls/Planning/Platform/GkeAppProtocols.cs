using System.Text.RegularExpressions;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// GKE Ingress: <c>cloud.google.com/app-protocols</c> on the Service, a JSON map from Service port name to HTTP,
/// HTTPS or HTTP2. The server port's entry follows its renamed key and the mode; the JSON text keeps its form.
/// Docs: https://cloud.google.com/kubernetes-engine/docs/concepts/ingress-xlb#https_tls_between_load_balancer_and_your_application
/// </summary>
internal static partial class GkeAppProtocols
{
    public const string AppProtocols = "cloud.google.com/app-protocols";

    // One "key" : "value" member of the map; keys are port names (no quotes or escapes inside).
    [GeneratedRegex("\"(?<key>[^\"\\\\]*)\"(?<colon>\\s*:\\s*)\"(?<value>[^\"\\\\]*)\"")]
    private static partial Regex Member();

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var t = ctx.Target;
        foreach (var group in ctx.ServicePortMoves.Where(m => m.OldName is not null).GroupBy(m => m.Service))
        {
            var service = group.Key;
            if (Annotations.Value(service, AppProtocols) is not { } json)
                continue;
            var edited = Member().Replace(json, m =>
            {
                var move = group.FirstOrDefault(g => g.OldName == m.Groups["key"].Value);
                if (move is null)
                    return m.Value;
                var value = m.Groups["value"].Value;
                if (value.Equals("HTTP2", StringComparison.OrdinalIgnoreCase) && t.Insecure)
                {
                    plan.Warn(service, $"{AppProtocols} says HTTP2 (HTTP/2 over TLS) for '{move.OldName}' but the server now speaks plain HTTP; set it to HTTP",
                        $"metadata.annotations[{AppProtocols}]");
                }
                var protocol = SchemeWord.Follow(value, t) ?? value;
                return $"\"{move.NewName}\"{m.Groups["colon"].Value}\"{protocol}\"";
            });
            Annotations.Follow(plan, service, AppProtocols, edited,
                $"GKE's load balancer must speak {t.Scheme} to the server's port '{group.First().NewName}'");
        }
    }
}
