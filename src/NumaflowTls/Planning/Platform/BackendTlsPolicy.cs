using Krm.ResourceLists;
using NumaflowTls.Discovery;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Gateway API BackendTLSPolicy whose <c>targetRefs</c> name the server's Service: the gateway then speaks TLS to it and
/// validates its certificate (validation is required). In insecure mode that is TLS to a plain HTTP server: an error
/// result naming the policy (removing it is the user's call). In TLS mode the self-signed localhost certificate,
/// regenerated at every start, cannot be validated: a warning.
/// Docs: https://gateway-api.sigs.k8s.io/api-types/backendtlspolicy/
/// </summary>
internal static class BackendTlsPolicy
{
    public static bool IsPolicy(KrmResource item) =>
        item.Kind == "BackendTLSPolicy" && item.ApiVersion.StartsWith("gateway.networking.k8s.io/", StringComparison.Ordinal);

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var names = ctx.ServicePortMoves.Select(m => m.Service).Distinct().SelectMany(KustomizeNames.AllNames).ToHashSet();
        foreach (var policy in ctx.Install.Platform.Where(IsPolicy))
        {
            var refs = policy.Node.At("spec", "targetRefs")?.Items ?? (policy.Node.At("spec", "targetRef") is { } one ? [one] : []);
            var i = refs.ToList().FindIndex(r => (r.GetString("kind") ?? "") == "Service" && (r.GetString("group") ?? "") == "" && names.Contains(r.GetString("name") ?? ""));
            if (i < 0)
                continue;
            var path = policy.Node.At("spec", "targetRefs") is null ? "spec.targetRef" : $"spec.targetRefs[{i}]";
            if (ctx.Target.Insecure)
            {
                plan.Fail(policy, "this BackendTLSPolicy makes the gateway speak TLS to the server's Service, which would speak plain HTTP: " +
                    "nothing of this install was changed (remove the policy, or keep TLS on)", path);
            }
            else
            {
                plan.Warn(policy, "the server's certificate is self-signed for localhost and regenerated at every start: this policy's validation cannot pass", path);
            }
        }
    }
}
