namespace NumaflowTls.Planning;

/// <summary>The changes for one install and the findings about it. Data until <see cref="Apply"/> is called.</summary>
public sealed record Plan(IReadOnlyList<FieldChange> Changes, IReadOnlyList<PlanFinding> Findings)
{
    public void Apply()
    {
        foreach (var change in Changes)
            change.Edit.Apply();
    }
}
