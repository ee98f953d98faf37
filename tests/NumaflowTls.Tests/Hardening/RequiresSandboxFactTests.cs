using NumaflowTls.Tests.EndToEnd;

namespace NumaflowTls.Tests.Hardening;

/// <summary>The sandbox tests skip only on a developer machine that cannot unshare, never under CI=true.</summary>
public sealed class RequiresSandboxFactTests
{
    [Fact]
    public void Sandbox_fact_skips_only_off_ci_and_only_where_unshare_fails()
    {
        var fact = new RequiresSandboxFactAttribute();
        var reason = RequiresSandboxFactAttribute.Unavailable();

        if (ToolLocator.IsCi || reason is null)
        {
            Assert.Null(fact.Skip);
        }
        else
        {
            Assert.Contains(reason, fact.Skip, StringComparison.Ordinal);
        }
    }
}
