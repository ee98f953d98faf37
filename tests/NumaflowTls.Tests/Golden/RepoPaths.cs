namespace NumaflowTls.Tests.Golden;

/// <summary>
/// The repository root is the folder holding <c>KrmFn.sln</c>, found by walking up from the test
/// binaries; the shared fixtures sit beside it (<c>../shared/fixtures/numaflow</c>), also in CI.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures", "numaflow"));

    public static string GoldenData => Path.Combine(Root, "tests", "NumaflowTls.Tests", "Golden", "testdata");

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(Fixtures, name));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KrmFn.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("KrmFn.sln not found above " + AppContext.BaseDirectory);
    }
}
