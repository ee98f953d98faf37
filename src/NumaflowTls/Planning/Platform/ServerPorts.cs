using Krm.Yaml;
using NumaflowTls.Discovery;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Finds the server's Service port entry a CRD reference means: a Service name (with kustomize's previous names)
/// and a port given by number or name as it was before the plan; no port means the Service's only server entry.
/// </summary>
internal static class ServerPorts
{
    public static ServicePortMove? Find(PlanContext ctx, string? serviceName, YamlNode? port)
    {
        if (serviceName is null)
            return null;
        var moves = ctx.ServicePortMoves.Where(m => KustomizeNames.AllNames(m.Service).Contains(serviceName)).ToList();
        if (port is null || port.IsNull)
            return moves.Count == 1 ? moves[0] : null;
        if (!port.IsString && port.TryGetInt(out var number))
            return moves.FirstOrDefault(m => m.OldPort == number);
        return moves.FirstOrDefault(m => m.OldName is not null && m.OldName == port.Value);
    }

    /// <summary>Sets a port reference (number or name, kept in its kind) to where the entry moved.</summary>
    public static void Follow(PlanBuilder plan, Krm.ResourceLists.KrmResource resource, string path, YamlNode mapping, string key, ServicePortMove move)
    {
        var port = mapping[key];
        if (port is null)
            return;
        if (!port.IsString && port.TryGetInt(out var number))
        {
            if (move.NewPort is { } np && np != number)
                plan.SetInt(resource, path, mapping, key, np, $"the Service port moved from {number} to {np}: the reference follows");
        }
        else if (port.Value is { } name && move.NewName is { } nn && nn != name)
        {
            plan.SetString(resource, path, mapping, key, nn, $"the Service port '{name}' is renamed to '{nn}': the reference follows");
        }
    }
}
