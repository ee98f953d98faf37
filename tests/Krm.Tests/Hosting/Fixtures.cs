using Krm.TestSupport;

namespace Krm.Tests.Hosting;

/// <summary>The real upstream manifests (<see cref="UpstreamFixtures"/>).</summary>
internal static class Fixtures
{
    public static string Directory { get; } = UpstreamFixtures.RequireDirectory();

    public static IEnumerable<string> All() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.yaml").Order(StringComparer.Ordinal);

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var path in All())
            names.Add(Path.GetFileName(path));
        return names;
    }
}
