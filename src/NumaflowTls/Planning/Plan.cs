using Krm.Changes;

namespace NumaflowTls.Planning;

/// <summary>
/// The changes for one install, the fields it relies on, and the findings about it. Data until
/// <see cref="Apply"/> is called.
/// </summary>
public sealed record Plan(IReadOnlyList<FieldChange> Changes, IReadOnlyList<PlanFinding> Findings, IReadOnlyList<FieldClaim> Claims)
{
    /// <summary>The listener the install is planned for; null when planning stopped before choosing one.</summary>
    public Target? Target { get; init; }

    public void Apply() => FieldEdit.ApplyInOrder([.. Changes.Select(c => c.Edit)]);
}
