using Krm.Yaml;

namespace Krm.Config;

/// <summary>
/// How a list or a map is written where only strings fit (ConfigMap <c>data</c>, flags, defaults):
/// a flow (JSON or YAML) sequence or mapping when the text starts with <c>[</c> or <c>{</c>, for
/// values holding commas; else comma-separated, <c>a,b</c> and <c>k=v,k2=v2</c> as kubectl's
/// <c>--labels</c>. Elements are trimmed; empty text is an empty list or map.
/// </summary>
internal static class ConfigText
{
    /// <summary>The elements, or null when the text is not a list of scalars.</summary>
    public static List<string>? List(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('['))
        {
            if (Flow(trimmed) is not { Kind: YamlNodeKind.Sequence } sequence || sequence.Items.Any(i => i.Kind != YamlNodeKind.Scalar))
                return null;
            return [.. sequence.Items.Select(i => i.Value ?? "")];
        }
        return trimmed.Length == 0 ? [] : [.. trimmed.Split(',').Select(s => s.Trim())];
    }

    /// <summary>The entries in order, or null when the text is not a map of scalars.</summary>
    public static List<(string Key, string Value)>? Map(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('{'))
        {
            if (Flow(trimmed) is not { Kind: YamlNodeKind.Mapping } mapping
                || mapping.Entries.Any(e => e.Key.Kind != YamlNodeKind.Scalar || e.Value.Kind != YamlNodeKind.Scalar))
                return null;
            return [.. mapping.Entries.Select(e => (e.Key.Value ?? "", e.Value.Value ?? ""))];
        }
        var entries = new List<(string, string)>();
        if (trimmed.Length == 0)
            return entries;
        foreach (var pair in trimmed.Split(','))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                return null;
            entries.Add((pair[..equals].Trim(), pair[(equals + 1)..].Trim()));
        }
        return entries;
    }

    private static YamlNode? Flow(string text)
    {
        try
        {
            var documents = YamlSource.Parse(text).Documents;
            return documents.Count == 1 ? documents[0] : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }
}
