using Krm.TestSupport;

namespace Krm.Tests.Yaml;

/// <summary>The vendored upstream manifests (<see cref="UpstreamFixtures"/>).</summary>
internal static class Fixtures
{
    public static string NumaflowDirectory { get; } = UpstreamFixtures.RequireDirectory();

    public static string RepositoryRoot => UpstreamFixtures.RepositoryRoot;

    public static IEnumerable<string> NumaflowFiles() =>
        Directory.EnumerateFiles(NumaflowDirectory, "*.yaml").Order(StringComparer.Ordinal);
}
