using System.Text.RegularExpressions;
using Krm.Hosting;
using NumaflowTls.Tests.Golden;

namespace NumaflowTls.Tests.Cli;

/// <summary>
/// <c>--validate</c> in standalone mode (README, Shell pipelines): one stderr line per mismatch,
/// <c>file:line [error] apiVersion/Kind/namespace/name field: current -> proposed; message</c>
/// (<c>kind/namespace/name</c> with the apiVersion in front, so two kinds of one name
/// in different groups stay apart; no namespace segment when the manifest has none), exit 1.
/// </summary>
public sealed partial class ValidateLineTests
{
    private const string Deployment = "numaflow-v1.8.3-base-numaflow-server-deployment.yaml";
    private const string ConfigMap = "numaflow-v1.8.3-base-numaflow-cmd-params-config.yaml";
    private const string Service = "numaflow-v1.8.3-base-numaflow-server-service.yaml";

    [GeneratedRegex(@"^(?<file>[^ ]+):(?<line>\d+) \[error\] (?<ref>[^ /]+(/[^ /]+){2,4}) (?<field>[^ ]+): (?<current>.+) -> (?<proposed>[^;]+); .+$")]
    private static partial Regex MismatchLine();

    [Fact]
    public void Validate_prints_one_line_per_mismatch_prefixed_with_file_and_line_and_exits_1()
    {
        var deployment = Path.Combine(RepoPaths.Fixtures, Deployment);
        var configMap = Path.Combine(RepoPaths.Fixtures, ConfigMap);
        var service = Path.Combine(RepoPaths.Fixtures, Service);

        var run = CliRun.Of("", "--tls", "disabled", "--validate", deployment, configMap, service);

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        var errors = run.Stderr.Split('\n').Where(l => l.Contains("[error]", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, errors.Count); // probe port and scheme, ConfigMap flag, Service port and targetPort
        Assert.All(errors, line => Assert.Matches(MismatchLine(), line));
        Assert.Contains(errors, l => l.StartsWith($"{deployment}:1 [error] apps/v1/Deployment/", StringComparison.Ordinal)
            && l.Contains(".livenessProbe.httpGet.scheme: HTTPS -> HTTP; ", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith($"{configMap}:1 [error] v1/ConfigMap/numaflow-cmd-params-config data.server.insecure: (unset) -> true; ", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith($"{service}:1 [error] v1/Service/", StringComparison.Ordinal)
            && l.Contains(": 8443 -> 8080; ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_prefix_is_the_line_the_resource_starts_on_not_its_index()
    {
        var deployment = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, Deployment));

        var run = CliRun.Of("# a comment\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n\n" + deployment, "--tls", "enabled");

        Assert.Contains("\nstdin:8 [error] apps/v1/Deployment/", "\n" + run.Stderr, StringComparison.Ordinal);
    }
}
