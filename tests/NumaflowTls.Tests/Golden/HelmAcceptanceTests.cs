using Krm.Testing;
namespace NumaflowTls.Tests.Golden;

/// <summary>
/// The fixed chart (numaproj/helm-charts 5cc34bf) is the reference repair: the function's output on
/// the broken or the other-mode rendering must be the fixed rendering, line for line, except the
/// header comment that says how each file was rendered and, on purpose, <c>server.address</c>: the
/// chart writes it scheme-less (<c>localhost:8080</c>), which Go's <c>url.JoinPath</c> mangles
/// when Numaflow derives the Dex URIs from it, so the function writes the URL form.
/// </summary>
public class HelmAcceptanceTests
{
    private const string Broken = "helm-numaflow-0.0.2-8cac5f2-before-fix-insecure-true.yaml";
    private const string FixedInsecure = "helm-numaflow-0.0.2-5cc34bf-after-fix-insecure-true.yaml";
    private const string FixedTls = "helm-numaflow-0.0.2-5cc34bf-after-fix-insecure-false.yaml";

    [Theory]
    [InlineData(Broken, "auto", FixedInsecure)]
    [InlineData(Broken, "disabled", FixedInsecure)]
    [InlineData(FixedTls, "disabled", FixedInsecure)]
    [InlineData(FixedInsecure, "enabled", FixedTls)]
    [InlineData(Broken, "enabled", FixedTls)]
    [InlineData(FixedInsecure, "auto", FixedInsecure)]
    [InlineData(FixedTls, "auto", FixedTls)]
    public void Output_is_the_fixed_charts_rendering_except_the_address_scheme(string input, string tls, string expected)
    {
        var run = FunctionRun.Invoke(RepoPaths.Fixture(input), "--tls", tls);
        Assert.Equal(0, run.ExitCode);
        var port = expected == FixedInsecure ? "8080" : "8443";
        var scheme = expected == FixedInsecure ? "http" : "https";
        var chartLine = $"  server.address: \"localhost:{port}\"";
        var fixedChart = WithoutHeader(RepoPaths.Fixture(expected));
        Assert.Single(fixedChart.Split('\n'), l => l == chartLine);
        var ours = fixedChart.Replace(chartLine, $"  server.address: \"{scheme}://localhost:{port}\"", StringComparison.Ordinal);
        Assert.Equal(ours, WithoutHeader(run.Stdout));
        Assert.Equal(["- " + chartLine, $"+   server.address: \"{scheme}://localhost:{port}\""],
            LineDiff.Compute(fixedChart, WithoutHeader(run.Stdout)).Select(d => d.Replace("\n", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Enabled_disabled_enabled_restores_the_tls_on_output()
    {
        var enabled = FunctionRun.Invoke(RepoPaths.Fixture(Broken), "--tls", "enabled").Stdout;
        var disabled = FunctionRun.Invoke(enabled, "--tls", "disabled").Stdout;
        var again = FunctionRun.Invoke(disabled, "--tls", "enabled").Stdout;
        Assert.NotEqual(enabled, disabled);
        Assert.Equal(enabled, again);
    }

    private static string WithoutHeader(string text) =>
        string.Join('\n', text.Split('\n').SkipWhile(l => l.StartsWith('#')));
}
