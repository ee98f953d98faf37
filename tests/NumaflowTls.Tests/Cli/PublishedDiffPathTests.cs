using NumaflowTls.Tests.EndToEnd;

namespace NumaflowTls.Tests.Cli;

/// <summary>
/// <c>--diff</c> headers that the real <c>patch -p1</c> and <c>git apply</c> accept, for a file
/// given by a relative path, by an absolute path inside the current directory, and by a <c>../</c>
/// or absolute path outside it (named from the root, applied with <c>-d /</c> / from <c>/</c>):
/// applying the diff makes each file what the normal run writes.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class PublishedDiffPathTests(PublishedBinary binary)
{
    private const string Broken = "examples/shell/broken-helm-output.yaml";

    [Theory]
    [InlineData("patch")]
    [InlineData("git")]
    public void Relative_absolute_and_outside_paths_apply_with_the_real_tools(string tool)
    {
        var root = Directory.CreateTempSubdirectory("numaflow-tls-diffpath-").FullName;
        try
        {
            var work = Path.Combine(root, "work");
            Directory.CreateDirectory(Path.Combine(work, "sub"));
            Directory.CreateDirectory(Path.Combine(root, "other"));
            var source = Path.Combine(RepoPaths.Root, Broken);
            string[] files = ["sub/rel.yaml", Path.Combine(work, "sub", "abs.yaml"), "../other/up.yaml", Path.Combine(root, "other", "abs-out.yaml")];
            foreach (var file in files)
                File.Copy(source, Path.GetFullPath(file, work));
            var runner = new ProcessRunner { WorkingDirectory = work };

            foreach (var file in files)
            {
                var normal = runner.Run(binary.Path, ["--tls", "disabled", file]);
                var diff = runner.Run(binary.Path, ["--tls", "disabled", "--diff", file]);
                Assert.True(diff.ExitCode == 0 && normal.ExitCode == 0, diff.ToString());
                var full = Path.GetFullPath(file, work);
                var inside = full.StartsWith(work + "/", StringComparison.Ordinal);
                var name = inside ? Path.GetRelativePath(work, full) : full.TrimStart('/');
                Assert.StartsWith($"--- a/{name}\n+++ b/{name}\n@@ ", diff.Stdout, StringComparison.Ordinal);

                var patchFile = Path.Combine(root, "changes.diff");
                File.WriteAllText(patchFile, diff.Stdout);
                var applyIn = new ProcessRunner { WorkingDirectory = inside ? work : "/" };
                var applied = tool == "patch"
                    ? applyIn.Run("patch", ["-p1", "-i", patchFile])
                    : applyIn.Run("git", ["apply", patchFile]);
                Assert.True(applied.ExitCode == 0, $"{file}: {applied}");
                Assert.Equal(normal.Stdout, File.ReadAllText(full));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Stdin_is_named_stdin()
    {
        var diff = new ProcessRunner().Run(binary.Path, ["--tls", "disabled", "--diff"], File.ReadAllText(Path.Combine(RepoPaths.Root, Broken)));

        Assert.StartsWith("--- a/stdin\n+++ b/stdin\n", diff.Stdout, StringComparison.Ordinal);
    }
}
