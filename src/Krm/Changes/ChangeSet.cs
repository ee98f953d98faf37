using Krm.Results;

namespace Krm.Changes;

/// <summary>
/// A function's planned changes as data: made or only reported from one place, so validate-only,
/// diffs and results cannot disagree with what a run does. Two changes proposing different values
/// for one field of one resource are a conflict: reported, and nothing is changed.
/// </summary>
public sealed class ChangeSet
{
    private readonly List<FieldChange> _changes = [];

    /// <summary>The changes, in the order added.</summary>
    public IReadOnlyList<FieldChange> Changes => _changes;

    /// <summary>Plans <paramref name="change"/>; nothing is edited until <see cref="ApplyOrReport"/>.</summary>
    public void Add(FieldChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _changes.Add(change);
    }

    /// <summary>The changes whose field another change sets to another value, in the order added.</summary>
    public IReadOnlyList<FieldChange> Conflicts()
    {
        var conflicting = _changes.GroupBy(c => (c.Resource, c.Path))
            .Where(field => field.Select(c => c.Proposed).Distinct().Count() > 1)
            .SelectMany(field => field)
            .ToHashSet();
        return [.. _changes.Where(conflicting.Contains)];
    }

    /// <summary>
    /// With <paramref name="apply"/>, makes every change (insertions first) and reports each as
    /// info; without, reports each with <paramref name="unapplied"/> severity (a validator's findings).
    /// On a conflict nothing is changed and each conflicting change is an error naming its field.
    /// Returns whether the changes were made.
    /// </summary>
    public bool ApplyOrReport(ResultSink results, bool apply, Severity unapplied = Severity.Warning)
    {
        ArgumentNullException.ThrowIfNull(results);
        var conflicts = Conflicts();
        if (conflicts.Count > 0)
        {
            foreach (var change in conflicts)
                results.Error($"conflicting changes of one field: {change.Reason}", change.Resource, Field(change));
            return false;
        }
        if (apply)
            FieldEdit.ApplyInOrder([.. _changes.Select(c => c.Edit)]);
        foreach (var change in _changes)
            results.Add(apply ? Severity.Info : unapplied, change.Reason, change.Resource, Field(change));
        return apply;
    }

    private static FieldRef Field(FieldChange change) => new(change.Path, change.Current, change.Proposed);
}
