using System.Formats.Tar;
using System.Runtime.InteropServices;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// A local stand-in for the runtime base image (distroless/cc), which cannot be pulled here: a root
/// filesystem holding only what the published image holds that the binary needs — glibc's loader,
/// libc and libm, copied from this machine, and an /etc/passwd and /etc/group that resolve
/// nobody/65534. No shell, nothing else. <c>docker import</c> turns the tar into an image.
/// </summary>
public static class StandInBaseImage
{
    public const string Passwd = "root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n";

    public const string Group = "root:x:0:\nnogroup:x:65534:\n";

    /// <summary>Every path the tar holds (directories end in '/'), for the no-shell check.</summary>
    public static IReadOnlyList<string> Paths => [.. Entries().Select(e => e.Path)];

    /// <summary>Writes the root filesystem as a tar to <paramref name="tarFile"/>.</summary>
    public static void Write(string tarFile)
    {
        using var tar = new TarWriter(File.Create(tarFile), TarEntryFormat.Pax, leaveOpen: false);
        foreach (var (path, source, text, link) in Entries())
        {
            var entry = new PaxTarEntry(
                path.EndsWith('/') ? TarEntryType.Directory : link is not null ? TarEntryType.SymbolicLink : TarEntryType.RegularFile,
                path)
            {
                Mode = path.EndsWith('/') || source is not null ? (UnixFileMode)0b111_101_101 : (UnixFileMode)0b110_100_100,
            };
            if (link is not null)
            {
                entry.LinkName = link;
            }
            else if (source is not null)
            {
                entry.DataStream = new MemoryStream(File.ReadAllBytes(source));
            }
            else if (text is not null)
            {
                entry.DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
            }

            tar.WriteEntry(entry);
        }
    }

    private static IEnumerable<(string Path, string? Source, string? Text, string? Link)> Entries()
    {
        // The Debian multiarch layout the loader searches by default (no ld.so.cache needed).
        var (triple, loaderDir, loader) = RuntimeInformation.OSArchitecture switch
        {
            Architecture.Arm64 => ("aarch64-linux-gnu", "lib/", "ld-linux-aarch64.so.1"),
            _ => ("x86_64-linux-gnu", "lib64/", "ld-linux-x86-64.so.2"),
        };
        var libs = $"lib/{triple}/";
        yield return ("etc/", null, null, null);
        yield return ("etc/passwd", null, Passwd, null);
        yield return ("etc/group", null, Group, null);
        yield return ("lib/", null, null, null);
        yield return (libs, null, null, null);
        foreach (var library in new[] { loader, "libc.so.6", "libm.so.6" })
        {
            yield return (libs + library, $"/lib/{triple}/{library}", null, null);
        }

        if (loaderDir != "lib/")
        {
            yield return (loaderDir, null, null, null);
        }

        if (loaderDir + loader != libs + loader)
        {
            yield return (loaderDir + loader, null, null, $"/{libs}{loader}");
        }
    }
}
