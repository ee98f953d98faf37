using NumaflowTls.Tests.EndToEnd;

namespace NumaflowTls.Tests.Cli;

/// <summary>
/// <c>--diff</c> from the Native AOT executable, checked against GNU <c>diff -u</c> of the normal
/// run's output: the hunks must be byte for byte what <c>diff -u</c> prints (only the header
/// lines differ: <c>a/</c>, <c>b/</c> and no timestamps).
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class PublishedDiffTests(PublishedBinary binary)
{
    private const string HelmBroken = "helm-numaflow-0.0.2-8cac5f2-before-fix-insecure-true.yaml";

    [Theory]
    [InlineData("auto")]
    [InlineData("enabled")]
    [InlineData("disabled")]
    public void Hunks_are_those_of_diff_u_between_the_input_and_the_normal_output(string mode)
    {
        var runner = new ProcessRunner { WorkingDirectory = RepoPaths.Fixtures };
        var diff = runner.Run(binary.Path, "--tls", mode, "--diff", HelmBroken);
        var normal = runner.Run(binary.Path, "--tls", mode, HelmBroken);
        Assert.True(diff.ExitCode == 0, diff.ToString());
        Assert.True(normal.ExitCode == 0, normal.ToString());

        var output = Path.Combine(Directory.CreateTempSubdirectory("numaflow-tls-diff-").FullName, "out.yaml");
        try
        {
            File.WriteAllText(output, normal.Stdout);
            var gnu = runner.Run("diff", "-u", HelmBroken, output);
            Assert.True(gnu.ExitCode == 1, gnu.ToString());

            Assert.StartsWith($"--- a/{HelmBroken}\n+++ b/{HelmBroken}\n", diff.Stdout, StringComparison.Ordinal);
            Assert.Equal(Body(gnu.Stdout), Body(diff.Stdout));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    /// <summary>Everything after the two header lines.</summary>
    private static string Body(string diff) => string.Join('\n', diff.Split('\n').Skip(2));
}
