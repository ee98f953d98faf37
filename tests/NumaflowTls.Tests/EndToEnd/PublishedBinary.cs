namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// The Native AOT executable the end-to-end tests run, published once per test run:
/// <c>dotnet publish src/NumaflowTls -c Release -o artifacts/e2e</c>, unless
/// <c>NUMAFLOW_TLS_BIN</c> names an already published binary (CI may point it at <c>out/</c>).
/// This is what makes <c>dotnet test KrmFn.sln</c> alone enough on a fresh machine.
/// </summary>
public sealed class PublishedBinary
{
    public const string OverrideVariable = "NUMAFLOW_TLS_BIN";

    public PublishedBinary()
    {
        var preset = Environment.GetEnvironmentVariable(OverrideVariable);
        Path = string.IsNullOrEmpty(preset) ? Publish() : System.IO.Path.GetFullPath(preset, RepoPaths.Root);
        if (!File.Exists(Path))
        {
            throw new InvalidOperationException($"the numaflow-tls binary is missing at {Path}");
        }
    }

    /// <summary>Absolute path of the executable.</summary>
    public string Path { get; }

    /// <summary>The folder holding the executable, for putting it first on PATH.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    private static string Publish()
    {
        var output = System.IO.Path.Combine(RepoPaths.Root, "artifacts", "e2e");
        var runner = new ProcessRunner
        {
            Timeout = TimeSpan.FromMinutes(10),
            // dotnet test exports MSBuild variables into the test host; a nested build must not
            // inherit them (they point at the outer build's MSBuild instance).
            Environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
                .Where(name => name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                               || name.StartsWith("MSBuild", StringComparison.Ordinal)
                               || name is "DOTNET_HOST_PATH" or "VSTEST_HOST_DEBUG")
                .ToDictionary(name => name, _ => (string?)null),
        };
        var result = runner.Run("dotnet", "publish", System.IO.Path.Combine(RepoPaths.Root, "src", "NumaflowTls", "NumaflowTls.csproj"),
            "-c", "Release", "-o", output, "-nologo");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"publishing the AOT binary failed:\n{result}");
        }

        return System.IO.Path.Combine(output, "numaflow-tls");
    }
}
