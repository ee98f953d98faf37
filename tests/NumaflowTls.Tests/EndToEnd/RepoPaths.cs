using Krm.TestSupport;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>Where things are: the repository, the vendored upstream manifests (<see cref="UpstreamFixtures"/>), and the examples.</summary>
public static class RepoPaths
{
    public static string Root => UpstreamFixtures.RepositoryRoot;

    public static string Examples => Path.Combine(Root, "examples");

    public static string Fixtures => UpstreamFixtures.Directory;

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    public static string Example(params string[] parts) => Path.Combine([Examples, .. parts]);
}
