using Krm.ResourceLists;
using Krm.Yaml;

namespace NumaflowTls.Planning.Platform;

/// <summary>Reading and following one annotation of an object (only ever an existing one: none is added).</summary>
internal static class Annotations
{
    public static YamlNode? Of(KrmResource resource) => resource.Node.At("metadata", "annotations");

    public static string? Value(KrmResource resource, string key) =>
        Of(resource)?[key] is { Kind: YamlNodeKind.Scalar } v ? v.Value : null;

    /// <summary>Sets an existing annotation's value; an absent one is left absent.</summary>
    public static void Follow(PlanBuilder plan, KrmResource resource, string key, string value, string reason)
    {
        if (Of(resource) is not { } annotations || annotations[key] is not { Kind: YamlNodeKind.Scalar })
            return;
        plan.SetString(resource, $"metadata.annotations[{key}]", annotations, key, value, reason);
    }

    /// <summary>An annotation whose value is a scheme word follows the mode (<see cref="SchemeWord"/>).</summary>
    public static void FollowScheme(PlanBuilder plan, Target target, KrmResource resource, string key, string who)
    {
        if (SchemeWord.Follow(Value(resource, key), target) is { } value)
            Follow(plan, resource, key, value, $"{who} must speak {target.Scheme} to the server");
    }
}
