using Krm.TestSupport;

namespace NumaflowTls.Tests.Golden;

/// <summary>The repository, the shared fixtures (<see cref="SharedFixtures"/>) and the golden folders.</summary>
internal static class RepoPaths
{
    public static string Root => SharedFixtures.RepositoryRoot;

    public static string Fixtures => SharedFixtures.Directory;

    public static string GoldenData => Path.Combine(Root, "tests", "NumaflowTls.Tests", "Golden", "testdata");

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(Fixtures, name));
}
