using Krm.TestSupport;

namespace Krm.Tests.Yaml;

/// <summary>The shared upstream manifests (<see cref="SharedFixtures"/>).</summary>
internal static class Fixtures
{
    public static string NumaflowDirectory { get; } = SharedFixtures.RequireDirectory();

    public static string RepositoryRoot => SharedFixtures.RepositoryRoot;

    public static IEnumerable<string> NumaflowFiles() =>
        Directory.EnumerateFiles(NumaflowDirectory, "*.yaml").Order(StringComparer.Ordinal);
}
