using Krm.ResourceLists;
using Krm.Results;
using NumaflowTls.Discovery;

namespace NumaflowTls.Planning;

/// <summary>
/// Installs that share a resource (two server Deployments reading one ConfigMap, one Service in front
/// of both): the output must be right for every install (README, Judgement calls), so each plan is
/// checked against the fields every other plan relies on, not only against the fields it changes.
/// A tidy-up that another install needs otherwise is dropped (its own server does not read the
/// field); two installs that need different values of a field they both depend on is an error
/// naming both, and then nothing is changed.
/// </summary>
public static class SharedFields
{
    /// <param name="Plans">The plans to apply, in install order: tidy-ups dropped, a field two plans change alike changed once.</param>
    /// <param name="Conflict">True when two installs need different values of one field: apply nothing.</param>
    public sealed record Outcome(IReadOnlyList<Plan> Plans, IReadOnlyList<PlanFinding> Findings, bool Conflict);

    public static Outcome Reconcile(IReadOnlyList<ServerInstall> installs, IReadOnlyList<Plan> plans)
    {
        ArgumentNullException.ThrowIfNull(installs);
        ArgumentNullException.ThrowIfNull(plans);
        var findings = new List<PlanFinding>();
        var dropped = new HashSet<FieldChange>();
        var conflict = false;

        // A plan with an error is not applied, so it claims nothing.
        var claims = plans
            .SelectMany((plan, i) => plan.Findings.Any(f => f.Severity == Severity.Error) ? [] : plan.Claims.Select(c => (Install: i, Claim: c)))
            .GroupBy(x => (x.Claim.Resource, x.Claim.Path));
        foreach (var group in claims)
        {
            var members = group.ToList();
            if (members.Select(m => m.Install).Distinct().Count() < 2 || Values(members).Count < 2)
                continue;
            foreach (var (install, claim) in members.Where(m => !m.Claim.Decides))
            {
                foreach (var change in plans[install].Changes.Where(c => !c.Decides && c.Resource == claim.Resource && c.Path == claim.Path))
                {
                    dropped.Add(change);
                    var others = members.Where(m => m.Install != install && m.Claim.Value != change.Proposed).Select(m => Name(installs, m.Install)).Distinct();
                    findings.Add(new PlanFinding(Severity.Warning,
                        $"left as is: {Name(installs, install)} would tidy it to {Show(change.Proposed)}, but {string.Join(" and ", others)} " +
                        $"need{(others.Count() == 1 ? "s" : "")} it as it is, and it does not decide the listener of {Name(installs, install)}",
                        change.Resource, change.Path));
                }
            }
            var deciding = members.Where(m => m.Claim.Decides).ToList();
            if (Values(deciding).Count < 2)
                continue;
            conflict = true;
            var needs = deciding.GroupBy(m => m.Claim.Value)
                .Select(g => $"{string.Join(" and ", g.Select(m => Name(installs, m.Install)).Distinct())} need{(g.Select(m => m.Install).Distinct().Count() == 1 ? "s" : "")} {Show(g.Key)}");
            findings.Add(new PlanFinding(Severity.Error,
                $"installs sharing this resource need different values here ({string.Join("; ", needs)}): one field cannot serve both; nothing was changed",
                group.Key.Resource, group.Key.Path));
        }

        // A field two installs change to the same value is changed once (by the first).
        var seen = new HashSet<(KrmResource, string, FieldValue?)>();
        var result = plans.Select(plan => plan with
        {
            Changes = plan.Changes.Where(c => !dropped.Contains(c) && seen.Add((c.Resource, c.Path, c.Proposed))).ToList(),
        }).ToList();
        return new Outcome(result, findings, conflict);
    }

    private static List<FieldValue?> Values(IEnumerable<(int Install, FieldClaim Claim)> members) =>
        members.Select(m => m.Claim.Value).Distinct().ToList();

    private static string Name(IReadOnlyList<ServerInstall> installs, int index) => installs[index].Deployment.Ref.ToString();

    private static string Show(FieldValue? value) => value is { } v ? (v.Kind == FieldValueKind.Text ? $"\"{v.Text}\"" : v.Text) : "(absent)";
}
