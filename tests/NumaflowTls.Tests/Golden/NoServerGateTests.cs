namespace NumaflowTls.Tests.Golden;

/// <summary>A gate that checks nothing must not pass: validation without any numaflow-server fails unless allowed.</summary>
public class NoServerGateTests
{
    private const string NoServer = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: unrelated\ndata:\n  a: b\n";

    [Fact]
    public void Validate_without_a_server_fails()
    {
        var run = FunctionRun.Invoke(NoServer, "--validate");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[error]", run.Stderr);
        Assert.Contains("--allow-no-server", run.Stderr);
    }

    [Fact]
    public void Validate_without_a_server_passes_when_allowed()
    {
        var run = FunctionRun.Invoke(NoServer, "--validate", "--allow-no-server");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[warning]", run.Stderr);
    }

    [Fact]
    public void A_mutation_without_a_server_is_a_warning()
    {
        var run = FunctionRun.Invoke(NoServer, "--tls", "disabled");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(NoServer, run.Stdout);
        Assert.Contains("[warning]", run.Stderr);
    }
}
