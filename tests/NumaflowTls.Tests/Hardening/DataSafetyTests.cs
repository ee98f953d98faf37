using System.Text;
using Krm.Hosting;
using Krm.Testing;
using NumaflowTls.Tests.Cli;
using NumaflowTls.Tests.Golden;

namespace NumaflowTls.Tests.Hardening;

/// <summary>Data safety and concurrency of use (docs/safety.md, Guarantees), in-process through the host.</summary>
public class DataSafetyTests
{
    [Theory]
    [InlineData("disabled")]
    [InlineData("enabled")]
    [InlineData("auto")]
    public void Server_the_function_cannot_understand_passes_through_byte_identical_with_a_warning(string tls)
    {
        const string Input = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: numaflow-server
              labels: {app.kubernetes.io/part-of: numaflow}
            spec:
              template:
                spec:
                  containers: oops # not a list
            ---
            apiVersion: example.com/v1
            kind: Unknown
            metadata:
              name: odd
            spec: [1, "two", {three: 3}]

            """;

        var run = CliRun.Of(Input, "--tls", tls);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Stderr);
        Assert.Equal(Input, run.Stdout);
        Assert.Contains("[warning]", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_never_name_the_package_path_or_an_absolute_path()
    {
        var input = $"""
            apiVersion: config.kubernetes.io/v1
            kind: ResourceList
            functionConfig:
              apiVersion: krmfn.dev/v1alpha1
              kind: NumaflowServerTLS
              metadata:
                name: tls
              spec:
                tls: disabled
                validateOnly: true
            items:
            {Indented(RepoPaths.Fixture("numaflow-v1.8.3-base-numaflow-server-deployment.yaml").Replace(
                "  name: numaflow-server\n",
                "  name: numaflow-server\n  annotations:\n    internal.config.kubernetes.io/package-path: /srv/repo/pkg\n    config.kubernetes.io/path: /srv/repo/pkg/server.yaml\n",
                StringComparison.Ordinal))}
            """;

        var run = CliRun.Of(input);

        Assert.True(run.ExitCode == ExitCodes.ErrorResults, run.Stderr);
        Assert.Contains("internal.config.kubernetes.io/package-path: /srv/repo/pkg", run.Stdout, StringComparison.Ordinal);
        var results = run.Stdout[run.Stdout.IndexOf("\nresults:", StringComparison.Ordinal)..];
        foreach (var text in new[] { results, run.Stderr })
        {
            Assert.DoesNotContain("package-path", text, StringComparison.Ordinal);
            Assert.DoesNotContain("/srv/", text, StringComparison.Ordinal);
            Assert.DoesNotContain(RepoPaths.Root, text, StringComparison.Ordinal);
            Assert.DoesNotContain(": /", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fifty_parallel_runs_on_different_inputs_give_the_bytes_of_serial_runs()
    {
        var fixture = RepoPaths.Fixture("numaflow-v1.8.3-install.yaml");
        var modes = new[] { "enabled", "disabled", "auto" };
        var inputs = Enumerable.Range(0, 50)
            .Select(i => (Input: fixture.Replace("numaflow-server-metrics-proxy", $"proxy-{i}", StringComparison.Ordinal), Tls: modes[i % 3], Port: (8000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        var serial = inputs.Select(c => CliRun.Of(c.Input, "--tls", c.Tls, "--port", c.Port)).ToArray();

        var parallel = new Krm.Testing.FunctionRun[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 50 },
            i => parallel[i] = CliRun.Of(inputs[i].Input, "--tls", inputs[i].Tls, "--port", inputs[i].Port));

        for (var i = 0; i < inputs.Length; i++)
        {
            Assert.True(serial[i].ExitCode == ExitCodes.Ok, serial[i].Stderr);
            Assert.Equal(serial[i].ExitCode, parallel[i].ExitCode);
            Assert.Equal(serial[i].StdoutBytes, parallel[i].StdoutBytes);
            Assert.Equal(serial[i].Stderr, parallel[i].Stderr);
        }
        Assert.Equal(50, serial.Select(r => Encoding.UTF8.GetString(r.StdoutBytes)).Distinct().Count());
    }

    private static string Indented(string yaml) =>
        string.Concat(yaml.Split('\n').Where(l => l.Length > 0 && l != "---").Select((l, i) => (i == 0 ? "- " : "  ") + l + "\n"));
}
