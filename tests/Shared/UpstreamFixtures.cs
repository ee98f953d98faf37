namespace Krm.TestSupport;

/// <summary>
/// Where the repository and the vendored upstream manifests are, for every test project (this file
/// is linked into each). The root is the folder holding <c>KrmFn.sln</c>, found by walking up from
/// the test binaries; the manifests are <c>tests/fixtures/upstream</c> under it (provenance in its
/// README), so a clone made anywhere passes its tests.
/// </summary>
internal static class UpstreamFixtures
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Directory { get; } = Path.Combine(RepositoryRoot, "tests", "fixtures", "upstream");

    /// <summary><see cref="Directory"/>, refusing to go on without it.</summary>
    public static string RequireDirectory() =>
        System.IO.Directory.Exists(Directory) ? Directory : throw new DirectoryNotFoundException($"vendored fixtures not found at {Directory}");

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
