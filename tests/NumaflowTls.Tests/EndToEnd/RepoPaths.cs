namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// Where things are: the repository root is the folder holding <c>KrmFn.sln</c>, found by walking
/// up from the test assembly; the upstream fixtures sit beside it in <c>../shared</c> (CI clones the
/// repository elsewhere with <c>shared/</c> beside it).
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    public static string Tools => Path.Combine(Root, "tests", "tools");

    public static string Fixtures => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures", "numaflow"));

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    public static string Example(params string[] parts) => Path.Combine([Examples, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KrmFn.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"KrmFn.sln not found above {AppContext.BaseDirectory}");
    }
}
