using Krm.Yaml;
using NumaflowTls.Model;

namespace NumaflowTls.Discovery;

/// <summary>Turns a container node into the model's inputs (args as strings, env entries by source).</summary>
public static class ContainerReader
{
    /// <summary>The server's command line from the <c>server</c> subcommand on (<c>command</c> + <c>args</c>); empty when it runs no server.</summary>
    public static IReadOnlyList<string> Args(YamlNode container) => ServerCommandLine.Read(container)?.Words ?? [];

    public static IReadOnlyList<EnvEntry> Env(YamlNode container)
    {
        ArgumentNullException.ThrowIfNull(container);
        var list = new List<EnvEntry>();
        foreach (var entry in container["env"]?.Items ?? [])
        {
            var name = entry.GetString("name") ?? "";
            var literal = entry["value"] is { IsNull: false } v ? v.Value ?? "" : "";
            // A non-empty literal wins over valueFrom (Kubernetes rejects both, but a literal is what
            // the manifests say); an empty one means "use valueFrom", or unset when there is none.
            if (literal.Length == 0 && entry["valueFrom"] is { } from)
            {
                if (from["configMapKeyRef"] is { } cm)
                {
                    var optional = cm["optional"] is { } o && o.TryGetBool(out var b) && b;
                    list.Add(new ConfigMapKeyEnv(name, cm.GetString("name") ?? "", cm.GetString("key") ?? "", optional));
                }
                else
                {
                    list.Add(new OtherEnv(name));
                }
            }
            else
            {
                list.Add(new LiteralEnv(name, literal));
            }
        }
        return list;
    }

    /// <summary>A ConfigMap's <c>data</c> as strings; a null or comment-only <c>data:</c> is empty.</summary>
    public static IReadOnlyDictionary<string, string> ConfigMapData(YamlNode configMap)
    {
        ArgumentNullException.ThrowIfNull(configMap);
        var data = new Dictionary<string, string>();
        foreach (var e in configMap["data"]?.Entries ?? [])
        {
            if (e.Key.Value is { } key)
                data[key] = e.Value.IsNull ? "" : e.Value.Value ?? "";
        }
        return data;
    }

    /// <summary>The server container's <c>ports</c>, names and numbers (for resolving named probe and Service ports).</summary>
    public static IReadOnlyList<(string? Name, long? Number)> Ports(YamlNode container) =>
        (container["ports"]?.Items ?? [])
            .Select(p => (p.GetString("name"), p["containerPort"] is { } n && n.TryGetInt(out var v) ? (long?)v : null))
            .ToList();
}
