namespace NumaflowTls.Tests.EndToEnd;

/// <summary>The rule that keeps CI honest: a missing kpt/kubectl fails the run under CI=true, never skips it.</summary>
public sealed class RequiresToolFactTests
{
    [Fact]
    public void Missing_tool_skips_on_a_developer_machine_and_fails_under_ci()
    {
        var fact = new RequiresToolFactAttribute("numaflow-tls-no-such-tool");

        if (ToolLocator.IsCi)
        {
            Assert.Null(fact.Skip);
        }
        else
        {
            Assert.Contains("numaflow-tls-no-such-tool", fact.Skip, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Installed_tool_never_skips() => Assert.Null(new RequiresToolFactAttribute("sh").Skip);
}
