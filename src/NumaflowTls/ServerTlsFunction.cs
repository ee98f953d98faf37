using Krm.Hosting;
using Krm.ResourceLists;
using Krm.Results;
using NumaflowTls.Configuration;
using NumaflowTls.Discovery;
using NumaflowTls.Planning;

namespace NumaflowTls;

/// <summary>
/// Makes every TLS field of each numaflow-server install agree with one mode: discovery → model →
/// planner → apply, or only report (validateOnly). Each change is a result with its field, current
/// and proposed value.
/// </summary>
public sealed class ServerTlsFunction : IKrmFunction<ServerTlsConfig>
{
    public void Process(ResourceList list, ServerTlsConfig config, ResultSink results)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(results);

        DuplicateObjects.Warn(list.Items, results);
        var installs = InstallFinder.Find(list.Items);
        if (installs.Count == 0)
        {
            // Nothing to do is not a failure, but it must not be silent (silent no-ops are the first of
            // users' complaints, docs/design/krm-contract.md); a validator that found nothing to check
            // fails, or it would pass any input.
            const string NotFound = "no numaflow-server Deployment found (a Deployment container running 'numaflow server', command + args, with a numaflow label, name or image)";
            if (config.ValidateOnly && !config.AllowNoServer)
                results.Error(NotFound + ": a validation that checks nothing does not pass (set allowNoServer / --allow-no-server to allow it)");
            else
                results.Warning(NotFound + "; nothing changed");
            return;
        }

        // Every install is planned first: installs sharing a resource are checked against each
        // other's needs before anything is applied, so the output is right for every install.
        var plans = installs.Select(install => Planner.Plan(install, config)).ToList();
        var shared = SharedFields.Reconcile(installs, plans);
        foreach (var plan in shared.Plans)
        {
            foreach (var finding in plan.Findings)
                Report(results, finding);
            if (plan.Findings.Any(f => f.Severity == Severity.Error) || (shared.Conflict && !config.ValidateOnly))
                continue;
            foreach (var change in plan.Changes)
            {
                var field = new FieldRef(change.Path, change.Current, change.Proposed);
                if (config.ValidateOnly)
                    results.Error("TLS field disagrees with the mode: " + change.Reason, change.Resource, field);
                else
                    results.Info(change.Reason, change.Resource, field);
            }
        }
        foreach (var finding in shared.Findings)
            Report(results, finding);
        if (shared.Conflict && !config.ValidateOnly)
            return;
        foreach (var (install, plan) in installs.Zip(shared.Plans))
        {
            if (plan.Findings.Any(f => f.Severity == Severity.Error))
                continue;
            if (!config.ValidateOnly)
                plan.Apply();
            // Under validateOnly a plan with changes has reported errors, and the host prints
            // summaries only after a run without any: there the line is always "already …".
            results.Summary(Summary(install, plan));
        }
    }

    private static void Report(ResultSink results, PlanFinding finding) =>
        results.Add(finding.Severity, finding.Message, finding.Resource, finding.Path is null ? null : new FieldRef(finding.Path));

    /// <summary>"ns/name: 6 fields changed to disabled (HTTP :8080)": what a newcomer reads after a standalone run.</summary>
    private static string Summary(ServerInstall install, Plan plan)
    {
        var target = plan.Target is { } t ? $"{(t.Insecure ? "disabled" : "enabled")} ({(t.Insecure ? "HTTP" : "HTTPS")} :{t.Port})" : "the mode";
        var name = install.Namespace is { } ns ? $"{ns}/{install.Deployment.Name}" : install.Deployment.Name;
        var count = plan.Changes.Count;
        var fields = count == 1 ? "1 field" : $"{count} fields";
        return count == 0 ? $"{name}: already {target}, nothing changed" : $"{name}: {fields} changed to {target}";
    }
}
