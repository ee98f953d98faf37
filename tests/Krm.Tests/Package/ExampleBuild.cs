using Krm.TestSupport;

namespace Krm.Tests.Package;

/// <summary>
/// The SDK as a package and examples/set-annotations built on it alone, once for the test run:
/// <c>dotnet pack src/Krm</c> into artifacts/packages (skipped when KRMFN_SDK_PACKED=1, set by CI
/// after its own <c>dotnet pack src/Krm -c Release -o artifacts/packages</c>), then <c>dotnet build</c> of the example, which restores KrmFn.Sdk from
/// that folder through the example's nuget.config, never from the project.
/// </summary>
public sealed class ExampleBuild
{
    public ExampleBuild()
    {
        var root = UpstreamFixtures.RepositoryRoot;
        ExampleDirectory = Path.Combine(root, "examples", "set-annotations");
        // A configuration of its own: the end-to-end tests may publish src/NumaflowTls (and so build
        // src/Krm in Release) at the same time, and two builds must not write one obj folder.
        if (Environment.GetEnvironmentVariable("KRMFN_SDK_PACKED") != "1")
            Require(ProcessRun.Of("dotnet", ["pack", "src/Krm", "-c", "PackageTest", "-p:Optimize=true", "--no-restore", "-o", "artifacts/packages"]));
        // The example's package cache (nuget.config) may hold an older build of the same version.
        var cached = Path.Combine(ExampleDirectory, "obj", "packages", "krmfn.sdk");
        if (Directory.Exists(cached))
            Directory.Delete(cached, recursive: true);
        Require(ProcessRun.Of("dotnet", ["build", ExampleDirectory, "-c", "Release"]));
        BinaryPath = Path.Combine(ExampleDirectory, "bin", "Release", "net10.0", "set-annotations");
    }

    public string ExampleDirectory { get; }

    public string BinaryPath { get; }

    private static void Require(ProcessRun run)
    {
        if (run.ExitCode != 0)
            throw new InvalidOperationException(run.ToString());
    }
}
