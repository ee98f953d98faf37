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

        // Two installs can share a resource (two server Deployments reading one ConfigMap): a field
        // is changed once, and two installs wanting different values for it is an error, not a race.
        var planned = new Dictionary<(KrmResource, string), FieldChange>();
        foreach (var install in installs)
        {
            var plan = Planner.Plan(install, config);
            var shared = plan.Changes.Where(c => planned.ContainsKey((c.Resource, c.Path))).ToList();
            var conflicts = shared.Where(c => planned[(c.Resource, c.Path)].Proposed != c.Proposed).ToList();
            foreach (var c in conflicts)
            {
                results.Error($"{install.Deployment.Ref} needs {c.Proposed} here but another install needs {planned[(c.Resource, c.Path)].Proposed}; " +
                    "this install was left unchanged", c.Resource, new FieldRef(c.Path, c.Current, c.Proposed));
            }
            if (conflicts.Count > 0)
                continue;
            plan = plan with { Changes = plan.Changes.Except(shared).ToList() };
            foreach (var finding in plan.Findings)
            {
                var field = finding.Path is null ? null : new FieldRef(finding.Path);
                results.Add(finding.Severity, finding.Message, finding.Resource, field);
            }
            if (plan.Findings.Any(f => f.Severity == Severity.Error))
                continue;
            foreach (var c in plan.Changes)
                planned[(c.Resource, c.Path)] = c;

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
            results.Summary(Summary(install, plan, config.ValidateOnly));
        }
    }

    /// <summary>"ns/name: 6 fields changed to disabled (HTTP :8080)": what a newcomer reads after a standalone run.</summary>
    private static string Summary(ServerInstall install, Plan plan, bool validateOnly)
    {
        var target = plan.Target is { } t ? $"{(t.Insecure ? "disabled" : "enabled")} ({(t.Insecure ? "HTTP" : "HTTPS")} :{t.Port})" : "the mode";
        var name = install.Namespace is { } ns ? $"{ns}/{install.Deployment.Name}" : install.Deployment.Name;
        var count = plan.Changes.Count;
        var fields = count == 1 ? "1 field" : $"{count} fields";
        return count == 0 ? $"{name}: already {target}, nothing changed"
            : validateOnly ? $"{name}: {fields} disagree with {target}"
            : $"{name}: {fields} changed to {target}";
    }
}
