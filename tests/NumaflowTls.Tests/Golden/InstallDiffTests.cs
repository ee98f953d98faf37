namespace NumaflowTls.Tests.Golden;

/// <summary>
/// On the full v1.8.3 install (2.2 MB, CRDs, controller, dex, look-alikes) the output differs from
/// the input in exactly the TLS lines: the rest is byte for byte the upstream file.
/// </summary>
public class InstallDiffTests
{
    private const string Install = "numaflow-v1.8.3-install.yaml";

    [Fact]
    public void Disabled_changes_exactly_the_tls_lines()
    {
        var input = RepoPaths.Fixture(Install);
        var run = FunctionRun.Invoke(input, "--tls", "disabled");
        Assert.Equal(0, run.ExitCode);
        var diff = LineDiff.Compute(input, run.Stdout);
        Assert.Equal(
            [
                "+   server.insecure: \"true\"",
                "-               port: 8443",
                "+               port: 8080",
                "-               scheme: HTTPS",
                "+               scheme: HTTP",
                "-   - port: 8443",
                "-     targetPort: 8443",
                "+   - port: 8080",
                "+     targetPort: 8080",
            ],
            diff.Select(d => d.Replace("\n", "", StringComparison.Ordinal)).ToArray());
    }

    [Theory]
    [InlineData("enabled")]
    [InlineData("auto")]
    public void Tls_on_only_adds_the_configmap_flag_after_the_comment_only_keys(string tls)
    {
        var input = RepoPaths.Fixture(Install);
        var run = FunctionRun.Invoke(input, "--tls", tls);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["+   server.insecure: \"false\""], LineDiff.Compute(input, run.Stdout));
        var lines = run.Stdout.Split('\n');
        var added = Array.IndexOf(lines, "  server.insecure: \"false\"");
        Assert.Equal("  # server.daemon.client.protocol: grpc", lines[added - 1]);
    }
}
