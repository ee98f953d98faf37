namespace NumaflowTls.Tests.EndToEnd;

/// <summary>Finds programs on PATH, the way a shell would.</summary>
public static class ToolLocator
{
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);

    /// <summary>The program's path, or an assertion failure naming it (used under CI=true).</summary>
    public static string Require(string tool) =>
        Find(tool) ?? throw new Xunit.Sdk.XunitException($"{tool} is not installed; the end-to-end tests need it");
}
