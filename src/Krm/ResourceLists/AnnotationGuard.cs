using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// Proves that the function's edits left every orchestrator annotation as it was
/// (krm-contract.md, Annotations): the edited sources are rendered, parsed again, and each item's
/// protected annotations compared with the input's. Only sources with edits pay for it.
/// </summary>
internal static class AnnotationGuard
{
    public static IReadOnlyList<AnnotationViolation> FindViolations(ResourceList list)
    {
        var violations = new List<AnnotationViolation>();
        foreach (var source in list.Sources)
        {
            if (!source.HasEdits)
                continue;
            var before = list.Items.Where(i => i.Node.Source == source).ToList();
            var rendered = source.Render();
            if (EditsAvoidAnnotations(source.Text, rendered, before))
                continue;
            var after = ItemNodes(YamlSource.Parse(SourceText.FromString(rendered, source.SourceText.HasBom)), list.Format);
            if (before.Count != after.Count)
            {
                violations.Add(new AnnotationViolation(null, null, $"the edits changed the number of items ({before.Count} → {after.Count})"));
                continue;
            }
            for (var i = 0; i < before.Count; i++)
                Compare(before[i], after[i], violations);
        }
        return violations;
    }

    /// <summary>
    /// The cheap proof, which saves the second parse in the common case: every edit lies between
    /// the common prefix and the common suffix of the two texts, so when no protected annotation
    /// entry lies in that window and the window gained no annotation-like key, nothing was touched.
    /// </summary>
    private static bool EditsAvoidAnnotations(string original, string rendered, List<KrmResource> items)
    {
        var prefix = original.AsSpan().CommonPrefixLength(rendered);
        var maxSuffix = Math.Min(original.Length, rendered.Length) - prefix;
        var suffix = 0;
        while (suffix < maxSuffix && original[original.Length - 1 - suffix] == rendered[rendered.Length - 1 - suffix])
            suffix++;
        int windowStart = prefix, windowEnd = original.Length - suffix;

        foreach (var item in items)
        {
            if (item.Node.End <= windowStart || item.Node.Start >= windowEnd)
                continue;
            if (item.Node.At("metadata", "annotations") is not { Kind: YamlNodeKind.Mapping } annotations)
                continue;
            foreach (var entry in annotations.Entries)
            {
                if (entry.Key.Value is { } key && OrchestratorAnnotations.IsProtected(key)
                    && entry.Key.Start < windowEnd && entry.Value.End >= windowStart)
                    return false;
            }
        }
        var before = original.AsSpan(windowStart, windowEnd - windowStart);
        var after = rendered.AsSpan(windowStart, rendered.Length - suffix - windowStart);
        return AnnotationLike(before) == AnnotationLike(after);
    }

    private static int AnnotationLike(ReadOnlySpan<char> text) =>
        text.Count("config.kubernetes.io/") + text.Count("config.k8s.io/");

    private static void Compare(KrmResource item, YamlNode edited, List<AnnotationViolation> violations)
    {
        var original = Protected(item.Node);
        var now = Protected(edited);
        foreach (var (key, value) in original)
        {
            if (!now.TryGetValue(key, out var other))
                violations.Add(new AnnotationViolation(item, key, "removed"));
            else if (other != value)
                violations.Add(new AnnotationViolation(item, key, "changed"));
        }
        foreach (var key in now.Keys)
        {
            if (!original.ContainsKey(key))
                violations.Add(new AnnotationViolation(item, key, "added"));
        }
    }

    /// <summary>Style and tag count as content: a re-quoted annotation is a changed annotation.</summary>
    private static Dictionary<string, (ScalarStyle, string?, string?)> Protected(YamlNode item)
    {
        var map = new Dictionary<string, (ScalarStyle, string?, string?)>(StringComparer.Ordinal);
        if (item.At("metadata", "annotations") is { Kind: YamlNodeKind.Mapping } annotations)
        {
            foreach (var entry in annotations.Entries)
            {
                if (entry.Key.Value is { } key && OrchestratorAnnotations.IsProtected(key))
                    map[key] = (entry.Value.Style, entry.Value.Tag, entry.Value.Value);
            }
        }
        return map;
    }

    private static List<YamlNode> ItemNodes(YamlSource source, ResourceListFormat format)
    {
        var documents = source.Documents.Where(d => !d.IsNull).ToList();
        if (format == ResourceListFormat.Stream)
            return documents;
        return documents.Count == 1 && documents[0]["items"] is { Kind: YamlNodeKind.Sequence } items
            ? [.. items.Items]
            : [];
    }
}
