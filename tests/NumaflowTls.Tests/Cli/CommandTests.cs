using Krm.Hosting;

namespace NumaflowTls.Tests.Cli;

/// <summary>The executable's interface (README, Shell pipelines and Exit codes): flags, modes, exit codes, stdout hygiene.</summary>
public class CommandTests
{
    // No numaflow-server here, so the function has nothing to change whatever it does.
    private const string Stream = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: unrelated # keep me\n";

    private const string List = """
        apiVersion: config.kubernetes.io/v1
        kind: ResourceList
        items:
        - apiVersion: v1
          kind: Secret
          metadata:
            name: unrelated # keep me

        """;

    [Fact]
    public void Version_prints_the_executable_name_and_version()
    {
        var run = CliRun.Of("", "--version");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("numaflow-tls 0.1.0\n", run.Stdout);
    }

    [Fact]
    public void Help_lists_every_config_field_with_its_flag()
    {
        var run = CliRun.Of("", "--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        foreach (var text in new[] { "--tls enabled|disabled|auto", "--insecure", "--port integer 1-65535", "--validate-only, --validate", "--override-missing-config-map", "--config FILE", "Examples:", "kpt fn eval" })
            Assert.Contains(text, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_stream_without_a_server_comes_out_unchanged_with_exit_0()
    {
        var run = CliRun.Of(Stream, "--tls", "disabled");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(Stream, run.Stdout);
    }

    [Theory]
    [InlineData("--port", "0", "[error] --port: must be between 1 and 65535, got 0")]
    [InlineData("--port", "http", "[error] --port: expected an integer, got 'http'")]
    [InlineData("--tls", "on", "[error] --tls: must be one of enabled, disabled, auto, got 'on'")]
    [InlineData("--insecure=maybe", null, "[error] --insecure: expected a boolean")]
    public void Bad_flag_value_exits_1_with_nothing_on_stdout(string flag, string? value, string line)
    {
        var run = value is null ? CliRun.Of(Stream, flag) : CliRun.Of(Stream, flag, value);

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Contains(line, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_flag_exits_2_with_nothing_on_stdout()
    {
        var run = CliRun.Of(Stream, "--mode", "tls");

        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.StartsWith("numaflow-tls: unknown flag '--mode'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_input_exits_2_with_nothing_on_stdout()
    {
        var run = CliRun.Of("kind: [unclosed\n");

        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Function_config_of_another_kind_exits_1_naming_the_accepted_kinds()
    {
        var run = CliRun.Of(List.Replace("items:", "functionConfig: {apiVersion: v1, kind: Secret, metadata: {name: x}}\nitems:", StringComparison.Ordinal));

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.Contains("use NumaflowServerTLS (krmfn.dev/v1alpha1) or ConfigMap (v1)", run.Stderr, StringComparison.Ordinal);
    }
}
