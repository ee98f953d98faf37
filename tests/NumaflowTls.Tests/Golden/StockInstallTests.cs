using Krm.Testing;
namespace NumaflowTls.Tests.Golden;

/// <summary>
/// The untouched upstream installs are consistent TLS-on installs (an absent field whose
/// default already gives the mode is consistent): the validator passes them, and TLS on changes
/// nothing, byte for byte. Every vendored fixture is either such an install (alone or with the
/// files of its kustomize base) or listed with the reason it is not.
/// </summary>
public class StockInstallTests
{
    /// <summary>Each set is one install as users apply it: a full install file, or a base's files together.</summary>
    private static readonly string[][] ConsistentTlsOn =
    [
        ["numaflow-v1.8.3-install.yaml"],
        ["numaflow-v1.8.3-base-numaflow-cmd-params-config.yaml", "numaflow-v1.8.3-base-numaflow-server-deployment.yaml", "numaflow-v1.8.3-base-numaflow-server-service.yaml"],
        ["numaflow-v1.2.1-advanced-install-numaflow-server.yaml"],
        ["numaflow-v1.0.0-base-numaflow-server-cmd-params-config.yaml", "numaflow-v1.0.0-base-numaflow-server-deployment.yaml"],
        ["numaflow-v0.7.3-base-numaflow-server-deployment.yaml"],
    ];

    /// <summary>Fixtures that are not a consistent TLS-on install, and why.</summary>
    private static readonly Dictionary<string, string> NotConsistentTlsOn = new()
    {
        ["helm-numaflow-0.0.2-8cac5f2-before-fix-insecure-true.yaml"] = "the broken chart: insecure with HTTPS :8443 probe and Service",
        ["helm-numaflow-0.0.2-5cc34bf-after-fix-insecure-true.yaml"] = "insecure mode",
        ["helm-numaflow-0.0.2-5cc34bf-after-fix-insecure-false.yaml"] = "server.address 'localhost:8443' has no scheme (url.JoinPath drops its path): rewritten with https://",
    };

    public static TheoryData<string> Sets()
    {
        var data = new TheoryData<string>();
        foreach (var set in ConsistentTlsOn)
            data.Add(string.Join(",", set));
        return data;
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Tls_on_outputs_the_stock_install_byte_for_byte(string set)
    {
        var input = Input(set);
        foreach (var tls in new[] { "enabled", "auto" })
        {
            var run = FunctionRun.Invoke(input, "--tls", tls);
            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Equal(input, run.Stdout);
            Assert.Empty(run.StderrBesidesNoChangeSummaries);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Validate_passes_the_stock_install(string set)
    {
        var run = FunctionRun.Invoke(Input(set), "--tls", "enabled", "--validate");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Empty(run.StderrBesidesNoChangeSummaries);
    }

    [Fact]
    public void Every_vendored_fixture_is_classified()
    {
        var classified = ConsistentTlsOn.SelectMany(s => s).Concat(NotConsistentTlsOn.Keys).ToHashSet();
        var vendored = Directory.GetFiles(RepoPaths.Fixtures, "*.yaml").Select(f => Path.GetFileName(f)).ToList();
        Assert.All(vendored, f => Assert.Contains(f, classified));
    }

    [Theory]
    [InlineData("helm-numaflow-0.0.2-5cc34bf-after-fix-insecure-false.yaml")]
    public void The_fixed_charts_tls_rendering_only_gets_its_address_scheme(string fixture)
    {
        var input = RepoPaths.Fixture(fixture);
        var run = FunctionRun.Invoke(input, "--tls", "enabled");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["-   server.address: \"localhost:8443\"", "+   server.address: \"https://localhost:8443\""],
            LineDiff.Compute(input, run.Stdout).Select(d => d.Replace("\n", "", StringComparison.Ordinal)));
        Assert.Contains("has no scheme", run.Stderr);
    }

    private static string Input(string set) =>
        string.Join("---\n", set.Split(',').Select(RepoPaths.Fixture));
}
