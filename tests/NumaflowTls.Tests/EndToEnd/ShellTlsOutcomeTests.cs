namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// <c>examples/shell</c> on the broken chart output: <c>auto</c> gives the TLS fields the fixed
/// chart (5cc34bf, insecure=true) renders, and the gate fails on the broken file, one line per
/// mismatch.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ShellTlsOutcomeTests(PublishedBinary binary)
{
    [Fact]
    public void Auto_repair_gives_the_tls_fields_of_the_fixed_chart()
    {
        var repair = Run("sh", "examples/shell/repair.sh", "examples/shell/broken-helm-output.yaml");

        Assert.True(repair.ExitCode == 0, repair.ToString());
        var expected = ServerFields.Of(Manifests.FromStream(File.ReadAllText(RepoPaths.Fixture("helm-numaflow-0.0.2-5cc34bf-after-fix-insecure-true.yaml"))));
        Assert.Equal(expected, ServerFields.Of(Manifests.FromStream(repair.Stdout)));
        Assert.Equal(new ServerFields("8080", "HTTP", "8080", "8080", "8080", "true", "8080"), expected);
    }

    [Fact]
    public void Auto_repair_output_is_the_fixed_chart_rendering_but_for_its_provenance_header_and_the_address_scheme()
    {
        var repair = Run("sh", "examples/shell/repair.sh", "examples/shell/broken-helm-output.yaml");

        Assert.True(repair.ExitCode == 0, repair.ToString());
        var changes = LineChanges.Between(File.ReadAllText(RepoPaths.Fixture("helm-numaflow-0.0.2-5cc34bf-after-fix-insecure-true.yaml")), repair.Stdout);
        Assert.False(changes.IsEmpty);
        // The chart writes server.address scheme-less, which url.JoinPath mangles; the function writes the URL.
        Assert.Equal(["  server.address: \"localhost:8080\""], changes.Removed.Where(l => !l.StartsWith("# ", StringComparison.Ordinal)));
        Assert.Equal(["  server.address: \"http://localhost:8080\""], changes.Added.Where(l => !l.StartsWith("# ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Gate_fails_on_the_broken_output_with_one_line_per_mismatch()
    {
        var gate = Run("sh", "examples/shell/gate.sh", "examples/shell/broken-helm-output.yaml");

        Assert.True(gate.ExitCode == 1, gate.ToString());
        Assert.Equal("", gate.Stdout);
        const string Broken = "examples/shell/broken-helm-output.yaml";
        var mismatches = gate.Stderr.Split('\n').Where(l => l.StartsWith(Broken + ":", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(mismatches);
        // file:line kind/namespace/name field: current -> proposed (README, Shell pipelines)
        Assert.All(mismatches, line => Assert.Matches(@"^[^:]+:\d+ .*Deployment/numaflow-system/numaflow-server |^[^:]+:\d+ .*(Service|ConfigMap)/numaflow-system/", line));
        Assert.All(mismatches, line => Assert.Contains(" -> ", line, StringComparison.Ordinal));
        Assert.Contains(mismatches, l => l.Contains("Deployment/numaflow-system/numaflow-server", StringComparison.Ordinal)
                                         && l.Contains("livenessProbe.httpGet.port", StringComparison.Ordinal)
                                         && l.Contains("8443 -> 8080", StringComparison.Ordinal));
        Assert.Contains(mismatches, l => l.Contains("Service/numaflow-system/numaflow-server", StringComparison.Ordinal));
        Assert.EndsWith("repair with: numaflow-tls --tls auto FILE\n", gate.Stderr, StringComparison.Ordinal);
    }

    private ProcessResult Run(string program, params string[] arguments) =>
        new ProcessRunner { PathPrefix = [binary.Directory] }.Run(program, arguments);
}
