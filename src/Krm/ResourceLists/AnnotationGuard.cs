using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// Proves that the function's edits left every orchestrator annotation as it was:
/// the edited sources are rendered, parsed again, and each item's
/// protected annotations compared with the input's. Only sources with edits that might touch an
/// annotation pay for it.
/// </summary>
internal static class AnnotationGuard
{
    public static IReadOnlyList<AnnotationViolation> FindViolations(ResourceList list)
    {
        list.CompleteChanges();
        var violations = new List<AnnotationViolation>();
        foreach (var source in list.Sources)
        {
            if (!source.HasEdits)
                continue;
            // Removed items take their annotations with them; the kept ones must keep theirs.
            var before = list.Units.Where(i => i.Node.Source == source && !list.IsRemoved(i)).ToList();
            var added = list.AddedTo(source);
            // Also proves the edits can be written at all, so the writer cannot fail halfway.
            source.ValidateEdits();
            if (EditsAvoidAnnotations(source, before))
                continue;
            var after = ItemNodes(YamlSource.Parse(SourceText.FromString(source.Render(), source.SourceText.HasBom), keepFlowRoots: true), list.Format);
            if (before.Count + added != after.Count)
            {
                violations.Add(new AnnotationViolation(null, null,
                    $"the edits changed the number of items ({before.Count} kept + {added} added → {after.Count})"));
                continue;
            }
            for (var i = 0; i < before.Count; i++)
                Compare(before[i], after[i], violations);
            for (var i = before.Count; i < after.Count; i++)
            {
                foreach (var key in Protected(after[i]).Keys)
                    violations.Add(new AnnotationViolation(null, key, "set on a new item (the orchestrator gives new items their own)"));
            }
        }
        return violations;
    }

    /// <summary>
    /// The cheap proof, which saves the second parse in the common case: no recorded splice
    /// touches a protected annotation entry, and no splice writes annotation-like text. Only when
    /// one might does the guard render, parse again and compare.
    /// </summary>
    private static bool EditsAvoidAnnotations(YamlSource source, List<KrmResource> items)
    {
        if (source.Splices.Any(s => AnnotationLike(s.Text) > 0))
            return false;
        var spans = new List<(int Start, int End)>();
        foreach (var item in EditedItems(source, items))
        {
            foreach (var (_, holder) in Holders(item.Node, ""))
            {
                if (holder.At("metadata", "annotations") is not { Kind: YamlNodeKind.Mapping } annotations)
                    continue;
                foreach (var entry in annotations.Entries)
                {
                    if (entry.Key.Value is { } key && OrchestratorAnnotations.IsProtected(key))
                        spans.Add((entry.Key.Start, entry.Value.End));
                }
            }
        }
        spans.Sort();
        return !source.Splices.Any(s => Touches(spans, s.Start, s.End));
    }

    /// <summary>
    /// The items a splice starts, ends or lies in (touching counts): only their annotations can be
    /// touched. Reading every item's annotations cost 60 ms at 10,000 items.
    /// </summary>
    private static IEnumerable<KrmResource> EditedItems(YamlSource source, List<KrmResource> items)
    {
        // Items are in text order and do not overlap.
        var edited = new bool[items.Count];
        foreach (var splice in source.Splices)
        {
            var last = LastStartingBefore(items, static i => i.Node.Start, splice.End + 1);
            for (var i = last; i >= 0 && items[i].Node.End >= splice.Start; i--)
                edited[i] = true;
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (edited[i])
                yield return items[i];
        }
    }

    /// <summary>Whether <c>[start, end)</c> overlaps a span, or an insertion lands strictly inside one.</summary>
    private static bool Touches(List<(int Start, int End)> spans, int start, int end)
    {
        // The last span starting before the splice's end is the only candidate: spans do not overlap.
        var found = LastStartingBefore(spans, static s => s.Start, Math.Max(end, start + 1));
        if (found < 0)
            return false;
        var span = spans[found];
        return start == end ? start > span.Start && start < span.End : start < span.End && end > span.Start;
    }

    /// <summary>In a list sorted by start, the index of the last element starting before <paramref name="bound"/>; -1 if none.</summary>
    private static int LastStartingBefore<T>(IReadOnlyList<T> sorted, Func<T, int> startOf, int bound)
    {
        int lo = 0, hi = sorted.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (startOf(sorted[mid]) < bound)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
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
        foreach (var (prefix, holder) in Holders(item, ""))
        {
            if (holder.At("metadata", "annotations") is not { Kind: YamlNodeKind.Mapping } annotations)
                continue;
            foreach (var entry in annotations.Entries)
            {
                if (entry.Key.Value is { } key && OrchestratorAnnotations.IsProtected(key))
                    map[prefix + key] = (entry.Value.Style, entry.Value.Tag, entry.Value.Value);
            }
        }
        return map;
    }

    /// <summary>The object and, for a List, each of its items (named <c>items[i].</c>): all carry annotations.</summary>
    private static IEnumerable<(string Prefix, YamlNode Node)> Holders(YamlNode item, string prefix)
    {
        yield return (prefix, item);
        if (!ObjectShape.IsList(item))
            yield break;
        var index = 0;
        foreach (var element in ObjectShape.ListItems(item))
        {
            foreach (var holder in Holders(element, $"{prefix}items[{index}]."))
                yield return holder;
            index++;
        }
    }

    private static List<YamlNode> ItemNodes(YamlSource source, ResourceListFormat format)
    {
        var documents = source.Documents.Where(d => !d.IsNull).ToList();
        if (format == ResourceListFormat.Stream)
            return [.. documents.Where(ObjectShape.IsKrmObject)];
        return documents.Count == 1 && documents[0]["items"] is { Kind: YamlNodeKind.Sequence } items
            ? [.. items.Items.Where(ObjectShape.IsKrmObject)]
            : [];
    }
}
