using System.Globalization;
using Krm.ResourceLists;
using Krm.Yaml;

namespace NumaflowTls.Planning.Platform;

/// <summary>Health-check fields in controller CRDs: a protocol that is a scheme word, a port that is the server's old pod port.</summary>
internal static class HealthCheckFields
{
    public static void Protocol(PlanContext ctx, PlanBuilder plan, KrmResource resource, YamlNode? mapping, string key, string path, string who)
    {
        if (mapping?[key] is { Kind: YamlNodeKind.Scalar } node && SchemeWord.Follow(node.Value, ctx.Target) is { } value)
            plan.SetString(resource, path, mapping, key, value, $"{who} must speak {ctx.Target.Scheme} to the server");
    }

    /// <summary>A port (number, or a number in a string) on the server's old port follows to P, keeping its type.</summary>
    public static void Port(PlanContext ctx, PlanBuilder plan, KrmResource resource, YamlNode? mapping, string key, string path, string who)
    {
        if (mapping?[key] is not { Kind: YamlNodeKind.Scalar } node || node.Value is not { } text
            || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port == ctx.Target.Port || !ctx.OldPorts.Contains(port))
            return;
        var reason = $"{who} must reach the server's port {ctx.Target.Port}";
        if (node.IsString)
            plan.SetString(resource, path, mapping, key, ctx.Target.Port.ToString(CultureInfo.InvariantCulture), reason);
        else
            plan.SetInt(resource, path, mapping, key, ctx.Target.Port, reason);
    }
}
