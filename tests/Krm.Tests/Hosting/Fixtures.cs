namespace Krm.Tests.Hosting;

/// <summary>The real upstream manifests: <c>../shared/fixtures/numaflow</c> beside the folder holding KrmFn.sln.</summary>
internal static class Fixtures
{
    public static string Directory { get; } = Find();

    public static IEnumerable<string> All() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.yaml").Order(StringComparer.Ordinal);

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var path in All())
            names.Add(Path.GetFileName(path));
        return names;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KrmFn.sln")))
            {
                var fixtures = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "numaflow"));
                return System.IO.Directory.Exists(fixtures)
                    ? fixtures
                    : throw new DirectoryNotFoundException($"fixtures not found at {fixtures}");
            }
        }
        throw new DirectoryNotFoundException("KrmFn.sln not found above " + AppContext.BaseDirectory);
    }
}
