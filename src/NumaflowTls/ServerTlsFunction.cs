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

        var installs = InstallFinder.Find(list.Items);
        if (installs.Count == 0)
        {
            // Nothing to do is not a failure, but it must not be silent (krm-contract.md: silent no-ops).
            results.Warning("no numaflow-server Deployment found (a Deployment container with args[0] 'server' and a numaflow label, name or image); nothing changed");
            return;
        }

        foreach (var install in installs)
        {
            var plan = Planner.Plan(install, config);
            foreach (var finding in plan.Findings)
            {
                var field = finding.Path is null ? null : new FieldRef(finding.Path);
                results.Add(finding.Severity, finding.Message, finding.Resource, field);
            }
            if (plan.Findings.Any(f => f.Severity == Severity.Error))
                continue;

            foreach (var change in plan.Changes)
            {
                var field = new FieldRef(change.Path, change.Current, change.Proposed);
                if (config.ValidateOnly)
                    results.Error("TLS field disagrees with the mode: " + change.Reason, change.Resource, field);
                else
                    results.Info(change.Reason, change.Resource, field);
            }
            if (!config.ValidateOnly)
                plan.Apply();
        }
    }
}
