using System.Runtime.Versioning;
using NumaflowTls.Tests.EndToEnd;

namespace NumaflowTls.Tests.Hardening;

/// <summary>
/// Issue 6, "Data safety": the published binary needs no network (<c>unshare -n</c> where the
/// kernel allows it), no <c>$HOME</c>, and writes no file: its working folder and TMPDIR are
/// read-only (mode 555) and still empty afterwards (root ignores the mode, so emptiness is the check).
/// </summary>
[Collection(EndToEndGroup.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class SandboxTests(PublishedBinary binary) : IDisposable
{
    private readonly TempDirectory _scratch = new();

    [Fact]
    public void Binary_runs_without_network_home_or_a_writable_folder_and_writes_nothing()
    {
        var cwd = Directory.CreateDirectory(Path.Combine(_scratch.Path, "cwd")).FullName;
        var tmp = Directory.CreateDirectory(Path.Combine(_scratch.Path, "tmp")).FullName;
        var input = Golden.RepoPaths.Fixture("numaflow-v1.8.3-install.yaml");
        var expected = new ProcessRunner().Run(binary.Path, ["--tls", "disabled"], input);
        File.SetUnixFileMode(cwd, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(tmp, File.GetUnixFileMode(cwd));
        var runner = new ProcessRunner
        {
            WorkingDirectory = cwd,
            Environment = new Dictionary<string, string?> { ["HOME"] = null, ["TMPDIR"] = tmp, ["XDG_CONFIG_HOME"] = null },
        };

        var isolated = CanUnshareNetwork()
            ? runner.Run("unshare", ["-n", binary.Path, "--tls", "disabled"], input)
            : runner.Run(binary.Path, ["--tls", "disabled"], input);

        Assert.True(isolated.ExitCode == 0, isolated.ToString());
        Assert.Equal(expected.Stdout, isolated.Stdout);
        Assert.NotEqual(input, isolated.Stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(cwd));
        Assert.Empty(Directory.EnumerateFileSystemEntries(tmp));
    }

    private static bool CanUnshareNetwork()
    {
        try
        {
            return new ProcessRunner().Run("unshare", "-n", "true").ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no unshare on this machine
        }
    }

    public void Dispose()
    {
        File.SetUnixFileMode(_scratch.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var dir in Directory.EnumerateDirectories(_scratch.Path))
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _scratch.Dispose();
    }
}
