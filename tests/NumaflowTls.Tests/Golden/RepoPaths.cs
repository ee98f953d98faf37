using Krm.TestSupport;

namespace NumaflowTls.Tests.Golden;

/// <summary>The repository, the vendored upstream manifests (<see cref="UpstreamFixtures"/>) and the golden folders.</summary>
internal static class RepoPaths
{
    public static string Root => UpstreamFixtures.RepositoryRoot;

    public static string Fixtures => UpstreamFixtures.Directory;

    public static string GoldenData => Path.Combine(Root, "tests", "NumaflowTls.Tests", "Golden", "testdata");

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(Fixtures, name));
}
