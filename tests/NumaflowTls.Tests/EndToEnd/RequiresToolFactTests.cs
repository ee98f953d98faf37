namespace NumaflowTls.Tests.EndToEnd;

/// <summary>The rule that keeps CI honest: a missing kpt/kubectl/engine fails the run under CI=true, never skips it.</summary>
public sealed class RequiresToolFactTests
{
    [Fact]
    public void Missing_tool_skips_on_a_developer_machine_naming_the_need_and_fails_under_ci()
    {
        var fact = new RequiresToolFactAttribute("numaflow-tls-no-such-tool");

        if (ToolLocator.IsCi)
        {
            Assert.Null(fact.Skip);
            Assert.Null(fact.DisplayName);
        }
        else
        {
            Assert.Equal("needs numaflow-tls-no-such-tool (not on PATH) (under CI=true this test fails instead)", fact.Skip);
            Assert.Equal(
                $"RequiresToolFactTests.{nameof(Missing_tool_skips_on_a_developer_machine_naming_the_need_and_fails_under_ci)} [skipped: {fact.Skip}]",
                fact.DisplayName);
        }
    }

    [Fact]
    public void Installed_tool_never_skips() => Assert.Null(new RequiresToolFactAttribute("sh").Skip);

    [Fact]
    public void Optional_tool_skips_even_under_ci() =>
        Assert.Contains("optional", new OptionalToolFactAttribute("numaflow-tls-no-such-tool").Skip, StringComparison.Ordinal);

    [Fact]
    public void Docker_engine_is_unmet_without_a_daemon_on_the_socket()
    {
        var reason = DockerDaemon.Unavailable("unix:///nonexistent/numaflow-tls/docker.sock");

        Assert.NotNull(reason);
        Assert.StartsWith("a Docker engine (", reason, StringComparison.Ordinal);
        if (ToolLocator.Find("docker") is not null)
        {
            Assert.Contains("no daemon on unix:///nonexistent/numaflow-tls/docker.sock", reason, StringComparison.Ordinal);
        }
    }
}
