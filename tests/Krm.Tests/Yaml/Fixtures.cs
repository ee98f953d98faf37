namespace Krm.Tests.Yaml;

/// <summary>Finds the shared upstream manifests: beside the folder holding KrmFn.sln.</summary>
internal static class Fixtures
{
    public static string NumaflowDirectory { get; } = Locate();

    public static IEnumerable<string> NumaflowFiles() =>
        Directory.EnumerateFiles(NumaflowDirectory, "*.yaml").Order(StringComparer.Ordinal);

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KrmFn.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("KrmFn.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static string Locate()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures", "numaflow"));
        return Directory.Exists(path) ? path : throw new InvalidOperationException("fixtures not found at " + path);
    }
}
