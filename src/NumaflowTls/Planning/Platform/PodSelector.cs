using Krm.Yaml;

namespace NumaflowTls.Planning.Platform;

/// <summary>A Kubernetes label selector (matchLabels and matchExpressions) evaluated against the server's pod labels.</summary>
internal static class PodSelector
{
    public static Dictionary<string, string> PodLabels(PlanContext ctx)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in ctx.Deployment.Node.At("spec", "template", "metadata", "labels")?.Entries ?? [])
        {
            if (e.Key.Value is { } k)
                labels[k] = e.Value.Value ?? "";
        }
        return labels;
    }

    /// <summary>True when the selector has no terms at all: it selects every pod of the namespace.</summary>
    public static bool IsEmpty(YamlNode? selector) =>
        selector is null || selector.IsNull || (selector["matchLabels"]?.Entries.Count ?? 0) + (selector["matchExpressions"]?.Items.Count ?? 0) == 0;

    public static bool Selects(YamlNode? selector, IReadOnlyDictionary<string, string> labels)
    {
        if (IsEmpty(selector))
            return true;
        foreach (var e in selector!["matchLabels"]?.Entries ?? [])
        {
            if (e.Key.Value is not { } k || !labels.TryGetValue(k, out var v) || v != (e.Value.Value ?? ""))
                return false;
        }
        foreach (var expr in selector["matchExpressions"]?.Items ?? [])
        {
            var key = expr.GetString("key") ?? "";
            var values = expr["values"]?.Items.Select(v => v.Value ?? "").ToHashSet() ?? [];
            var has = labels.TryGetValue(key, out var value);
            var ok = expr.GetString("operator") switch
            {
                "In" => has && values.Contains(value!),
                "NotIn" => !has || !values.Contains(value!),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!ok)
                return false;
        }
        return true;
    }
}
