using Krm.Testing;

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
                "-   - port: 8443",
                "-     targetPort: 8443",
                "+   - port: 8080",
                "+     targetPort: 8080",
                "-             port: 8443",
                "-             scheme: HTTPS",
                "+             port: 8080",
                "+             scheme: HTTP",
            ],
            diff.Select(d => d.Replace("\n", "", StringComparison.Ordinal)).ToArray());
    }

    [Theory]
    [InlineData("enabled")]
    [InlineData("auto")]
    public void Tls_on_is_a_no_op_on_the_stock_install(string tls)
    {
        // An absent server.insecure already means TLS on, so nothing is added.
        var input = RepoPaths.Fixture(Install);
        var run = FunctionRun.Invoke(input, "--tls", tls);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(input, run.Stdout);
        Assert.Empty(run.StderrBesidesNoChangeSummaries);
    }

    [Fact]
    public void Validate_passes_the_stock_install()
    {
        var run = FunctionRun.Invoke(RepoPaths.Fixture(Install), "--validate");
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.StderrBesidesNoChangeSummaries);
    }

    [Fact]
    public void The_base_configmaps_comment_only_keys_stay_and_the_flag_goes_after_them()
    {
        var input = RepoPaths.Fixture("numaflow-v1.8.3-base-numaflow-cmd-params-config.yaml") + "---\n"
            + RepoPaths.Fixture("numaflow-v1.8.3-base-numaflow-server-deployment.yaml");
        var run = FunctionRun.Invoke(input, "--tls", "disabled");
        Assert.Equal(0, run.ExitCode);
        var diff = LineDiff.Compute(input, run.Stdout);
        // The blank line keeps the comment block with the entry above it when kpt restores comments.
        Assert.Equal(["+ ", "+   server.insecure: \"true\""], diff.Take(2));
        var lines = run.Stdout.Split('\n');
        var added = Array.IndexOf(lines, "  server.insecure: \"true\"");
        Assert.Equal("", lines[added - 1]);
        Assert.Equal("  # server.daemon.client.protocol: grpc", lines[added - 2]);
        Assert.Equal("---", lines[added + 1]);
    }
}
