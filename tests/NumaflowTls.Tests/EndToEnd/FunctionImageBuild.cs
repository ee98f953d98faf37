namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// The function image, built once per test run by the real engine, the way a release packages a
/// binary <c>dotnet publish</c> already made: <c>docker build --target prebuilt</c> with the
/// repository's Dockerfile and the published binary (<see cref="PublishedBinary"/>) as
/// <c>out/numaflow-tls</c> in the context. The runtime base is <see cref="StandInBaseImage"/>
/// (no registry is reachable; it is passed as <c>RUNTIME_IMAGE</c>). Built on first use, so a
/// machine without an engine only skips the tests that need it; the tags are removed afterwards.
/// </summary>
public sealed class FunctionImageBuild : IDisposable
{
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..12];

    private readonly Lock _gate = new();
    private Lazy<Built>? _built;

    /// <summary>The image (built from <paramref name="binary"/> on first use), tagged in the local engine only.</summary>
    public Built Of(PublishedBinary binary)
    {
        lock (_gate)
        {
            // A failed build is cached by Lazy: every test that needs the image reports it at once.
            _built ??= new Lazy<Built>(() => Build(binary));
        }

        return _built.Value;
    }

    public void Dispose()
    {
        if (_built is { IsValueCreated: true })
        {
            Docker.Run("rmi", "--force", _built.Value.Image, _built.Value.BaseImage);
        }
    }

    private static Built Build(PublishedBinary binary)
    {
        var built = new Built($"localhost/numaflow-tls-e2e:{RunId}", $"localhost/numaflow-tls-e2e-base:{RunId}");
        using var scratch = new TempDirectory();
        var rootfs = Path.Combine(scratch.Path, "rootfs.tar");
        StandInBaseImage.Write(rootfs);
        Docker.Succeed("import", rootfs, built.BaseImage);

        // The context the prebuilt target expects, holding nothing but the binary.
        var context = Path.Combine(scratch.Path, "context");
        var published = Path.Combine(context, "out", "numaflow-tls");
        Directory.CreateDirectory(Path.GetDirectoryName(published)!);
        File.Copy(binary.Path, published);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(published, (UnixFileMode)0b111_101_101);
        }
        var build = Docker.Run(
            ["build", "--target", "prebuilt", "--build-arg", $"RUNTIME_IMAGE={built.BaseImage}",
             "--file", Path.Combine(RepoPaths.Root, "Dockerfile"), "--tag", built.Image, context],
            timeout: TimeSpan.FromMinutes(5));
        Assert.True(build.ExitCode == 0, build.ToString());
        return built;
    }

    /// <summary>The function image's tag and the stand-in base image it was built on.</summary>
    public sealed record Built(string Image, string BaseImage);
}
