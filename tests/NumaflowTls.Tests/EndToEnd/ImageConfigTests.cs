using System.Formats.Tar;
using System.Text.Json;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// The image as the engine built it (<see cref="FunctionImageBuild"/>: the Dockerfile's prebuilt
/// target on the stand-in base), read back with <c>docker inspect</c> and <c>docker export</c>.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ImageConfigTests(PublishedBinary binary, FunctionImageBuild images) : IDisposable
{
    /// <summary>
    /// The budget for what the image may add to its base: the AOT binary, with room to grow (its size:
    /// <c>dotnet publish src/NumaflowTls -c Release -o out &amp;&amp; ls -l out/numaflow-tls</c>, about 5 MB).
    /// </summary>
    private const long AddedBytesBudget = 8L * 1024 * 1024;

    /// <summary>What <c>docker export</c> adds to any container's filesystem.</summary>
    private static readonly string[] EngineEntries =
        [".dockerenv", "dev/", "dev/console", "dev/pts/", "dev/shm/", "etc/hostname", "etc/hosts", "etc/mtab", "etc/resolv.conf", "proc/", "sys/"];

    private readonly TempDirectory _scratch = new();

    [RequiresToolFact(Requirements.DockerEngine)]
    public void Image_runs_as_nobody_from_an_exec_form_entrypoint_without_cmd()
    {
        var config = Inspect(images.Of(binary).Image).GetProperty("Config");

        Assert.Equal("65534:65534", config.GetProperty("User").GetString());
        Assert.Equal(JsonValueKind.Array, config.GetProperty("Entrypoint").ValueKind);
        Assert.Equal(["/usr/local/bin/numaflow-tls"], config.GetProperty("Entrypoint").EnumerateArray().Select(e => e.GetString()));
        Assert.True(!config.TryGetProperty("Cmd", out var cmd) || cmd.ValueKind == JsonValueKind.Null, $"Cmd: {cmd}");
        Assert.Equal("/", config.GetProperty("WorkingDir").GetString());
    }

    [RequiresToolFact(Requirements.DockerEngine)]
    public void Image_carries_the_oci_labels()
    {
        var labels = Inspect(images.Of(binary).Image).GetProperty("Config").GetProperty("Labels");

        Assert.Equal("numaflow-tls", Label(labels, "title"));
        Assert.Equal("Apache-2.0", Label(labels, "licenses"));
        Assert.Equal("https://github.com/krmfn/numaflow-tls", Label(labels, "source"));
        foreach (var key in new[] { "description", "version", "revision", "documentation" })
        {
            Assert.False(string.IsNullOrEmpty(Label(labels, key)), $"org.opencontainers.image.{key} is missing");
        }
    }

    [RequiresToolFact(Requirements.DockerEngine)]
    public void Image_adds_only_the_binary_to_its_base_and_no_shell()
    {
        var built = images.Of(binary);

        var paths = ExportedPaths(built.Image).Except(EngineEntries).Order(StringComparer.Ordinal);

        string[] added = ["usr/", "usr/local/", "usr/local/bin/", "usr/local/bin/numaflow-tls"];
        Assert.Equal(StandInBaseImage.Paths.Concat(added).Order(StringComparer.Ordinal), paths);
        Assert.DoesNotContain(paths, p => Path.GetFileName(p.TrimEnd('/')) is "sh" or "bash" or "dash" or "ash" or "busybox");
        var shell = Docker.Run("run", "--rm", "--network", "none", "--entrypoint", "/bin/sh", built.Image, "-c", "true");
        Assert.True(shell.ExitCode != 0, shell.ToString());
        Assert.Contains("/bin/sh", shell.Stderr, StringComparison.Ordinal);
    }

    [RequiresToolFact(Requirements.DockerEngine)]
    public void Image_adds_at_most_8_MiB_to_its_base()
    {
        var built = images.Of(binary);

        var added = Inspect(built.Image).GetProperty("Size").GetInt64() - Inspect(built.BaseImage).GetProperty("Size").GetInt64();

        Assert.InRange(added, new FileInfo(binary.Path).Length, AddedBytesBudget);
    }

    public void Dispose() => _scratch.Dispose();

    private static JsonElement Inspect(string image)
    {
        using var document = JsonDocument.Parse(Docker.Succeed("image", "inspect", image));
        return Assert.Single(document.RootElement.EnumerateArray()).Clone();
    }

    private static string? Label(JsonElement labels, string key) =>
        labels.TryGetProperty($"org.opencontainers.image.{key}", out var value) ? value.GetString() : null;

    /// <summary>Every path of a container's filesystem (directories end in '/'), as <c>docker export</c> writes it.</summary>
    private List<string> ExportedPaths(string image)
    {
        var container = Docker.Succeed("create", "--network", "none", image).Trim();
        var tarFile = Path.Combine(_scratch.Path, "export.tar");
        try
        {
            Docker.Succeed("export", "--output", tarFile, container);
        }
        finally
        {
            Docker.Run("rm", "--force", container);
        }

        var paths = new List<string>();
        using var reader = new TarReader(File.OpenRead(tarFile));
        while (reader.GetNextEntry() is { } entry)
        {
            var name = entry.Name.StartsWith("./", StringComparison.Ordinal) ? entry.Name[2..] : entry.Name.TrimStart('/');
            paths.Add(entry.EntryType == TarEntryType.Directory && !name.EndsWith('/') ? name + "/" : name);
        }

        return paths;
    }
}
