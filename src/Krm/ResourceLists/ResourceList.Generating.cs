using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// Generators and deleters: items added go out after the input's items, in the order added; items
/// removed leave the output. <see cref="Items"/> stays the input's items. The annotation guard still
/// holds: the kept items' orchestrator annotations are untouched, and a new item carries none
/// (the orchestrator gives it its own).
/// </summary>
public sealed partial class ResourceList
{
    private readonly List<YamlValue> _added = [];
    private readonly HashSet<KrmResource> _removed = [];
    private readonly List<(KrmResource Item, int From, int To)> _removals = [];
    private bool _additionsWritten;

    /// <summary>Adds a resource to the output (a mapping with <c>apiVersion</c> and <c>kind</c>).</summary>
    public void Add(YamlValue resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource.Kind != YamlValueKind.Map || !HasScalar(resource, "apiVersion") || !HasScalar(resource, "kind"))
            throw new ArgumentException("a new item must be a mapping with apiVersion and kind", nameof(resource));
        if (_additionsWritten)
            throw new InvalidOperationException("items can only be added while the function runs");
        _added.Add(resource);
    }

    /// <summary>Removes an input item from the output; removing it again is no change.</summary>
    public void Remove(KrmResource item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!Items.Contains(item))
            throw new ArgumentException("not an item of this list", nameof(item));
        if (!_removed.Add(item))
            return;
        var source = item.Node.Source;
        var from = source.EditMark;
        if (Format == ResourceListFormat.Stream)
            DocumentEditor.Remove(item.Node);
        else
            Root!["items"]!.RemoveAt(item.Position);
        _removals.Add((item, from, source.EditMark));
    }

    /// <summary>The resources added, in order.</summary>
    public IReadOnlyList<YamlValue> Added => _added;

    /// <summary>Whether <paramref name="item"/> was removed with <see cref="Remove"/> (it is then not written).</summary>
    public bool IsRemoved(KrmResource item) => _removed.Contains(item);

    /// <summary>How many added items land in <paramref name="source"/>: all of them in the last one.</summary>
    internal int AddedTo(YamlSource source) => source == Sources[^1] ? _added.Count : 0;

    /// <summary>
    /// Once, after the function and before the guard and the writer read the sources: refuses edits
    /// inside removed items (a line added at a removed item's end would survive it), then records the additions.
    /// </summary>
    internal void CompleteChanges()
    {
        if (_additionsWritten)
            return;
        _additionsWritten = true;
        foreach (var (item, from, to) in _removals)
            CheckNoEditsInside(item, from, to);
        if (_added.Count == 0)
            return;
        if (Format == ResourceListFormat.Stream)
        {
            foreach (var resource in _added)
                DocumentEditor.Append(Sources[^1], resource);
            return;
        }
        // A sequence with items grows in place (a flow one in flow style: JSON stays JSON); an absent,
        // null or empty one is written anew in block style.
        if (Root!["items"] is { Kind: YamlNodeKind.Sequence, Items.Count: > 0 } items)
        {
            foreach (var resource in _added)
                items.Append(resource);
        }
        else
        {
            Root.Set("items", YamlValue.Seq([.. _added]));
        }
    }

    private static void CheckNoEditsInside(KrmResource item, int from, int to)
    {
        var splices = item.Node.Source.Splices;
        var own = splices.Where(s => s.Order >= from && s.Order < to).ToList();
        if (own.Count == 0)
            return;
        int start = own.Min(s => s.Start), end = own.Max(s => s.End);
        if (splices.Any(s => (s.Order < from || s.Order >= to) && s.Start >= start && s.Start <= end && s.End <= end))
            throw EditLedger.Conflict(item.Node, $"the item {item} was removed and also edited");
    }

    private static bool HasScalar(YamlValue map, string key) =>
        map.Entries.Any(e => e.Key == key && e.Value.IsScalar && !string.IsNullOrEmpty(e.Value.Text));
}
