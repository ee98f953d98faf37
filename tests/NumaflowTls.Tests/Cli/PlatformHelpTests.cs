namespace NumaflowTls.Tests.Cli;

/// <summary><c>--help</c> points to the README's platform table, the reference of what follows the mode beyond the install.</summary>
public class PlatformHelpTests
{
    [Fact]
    public void Help_points_to_the_platform_table()
    {
        var run = CliRun.Of("", "--help");

        Assert.Contains("README.md#platforms", run.Stdout, StringComparison.Ordinal);
        var readme = File.ReadAllText(Path.Combine(Golden.RepoPaths.Root, "README.md"));
        Assert.Contains("<!-- section: platforms -->\n## Platforms", readme, StringComparison.Ordinal);
        Assert.True(readme.IndexOf("<!-- section: platforms -->", StringComparison.Ordinal) < readme.IndexOf("<!-- section: performance -->", StringComparison.Ordinal));
    }
}
