namespace Krm.TestSupport;

/// <summary>
/// Where the repository and the shared upstream manifests are, for every test project (this file
/// is linked into each). The root is the folder holding <c>KrmFn.sln</c>, found by walking up from
/// the test binaries. The manifests are <c>$NUMAFLOW_FIXTURES</c> when set (<c>.ci/run</c> sets it for
/// a clone made away from <c>shared/</c>), else <c>../shared/fixtures/numaflow</c> beside the root.
/// Missing manifests fail the tests that need them: they never skip.
/// </summary>
internal static class SharedFixtures
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Directory { get; } = Path.GetFullPath(
        Environment.GetEnvironmentVariable("NUMAFLOW_FIXTURES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot, "..", "shared", "fixtures", "numaflow"));

    /// <summary><see cref="Directory"/>, refusing to go on without it.</summary>
    public static string RequireDirectory() =>
        System.IO.Directory.Exists(Directory) ? Directory : throw new DirectoryNotFoundException($"fixtures not found at {Directory} (set NUMAFLOW_FIXTURES)");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KrmFn.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KrmFn.sln not found above " + AppContext.BaseDirectory);
    }
}
