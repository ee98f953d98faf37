using Krm.Testing;
using NumaflowTls.Tests.EndToEnd;

namespace NumaflowTls.Tests.Hardening;

/// <summary>
/// Data safety (docs/safety.md, Guarantees): the published binary needs no network, no <c>$HOME</c> and no writable
/// file anywhere. It runs in a private mount and network namespace (<c>unshare -r -m -n</c>) where
/// every mount is remounted read-only and only <c>lo</c> exists, with <c>HOME</c> unset, and gives
/// the exit code, stdout and stderr of a normal run, byte for byte.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class SandboxTests(PublishedBinary binary)
{
    /// <summary>
    /// Runs "$@" with every visible mount read-only (the last entry per mount point is the visible
    /// one; nosuid/nodev/noexec/atime are kept because a user namespace may not clear them), after
    /// checking the sandbox is real. Its own failures use exit codes 96-99, which numaflow-tls never uses.
    /// </summary>
    internal const string Script = """
        awk '{ o[$2] = $4 } END { for (m in o) print m, o[m] }' /proc/self/mounts | while read -r point opts; do
          case ",$opts," in *,ro,*) continue ;; esac
          keep=$(printf '%s\n' "$opts" | tr ',' '\n' | grep -xE 'nosuid|nodev|noexec|noatime|nodiratime|relatime|strictatime' | paste -sd, -)
          point=$(printf '%b' "$point")
          mount -o "remount,bind,ro${keep:+,$keep}" "$point" "$point" || { echo "sandbox: cannot remount $point read-only" >&2; exit 97; }
        done || exit 97
        awk '{ o[$2] = $4 } END { for (m in o) if (("," o[m] ",") !~ /,ro,/) { print "sandbox: still writable: " m > "/dev/stderr"; bad = 1 } exit bad }' /proc/self/mounts || exit 98
        for probe in "$PWD/.numaflow-tls-probe" /tmp/.numaflow-tls-probe "${TMPDIR:-/tmp}/.numaflow-tls-probe"; do
          if (: > "$probe") 2>/dev/null; then rm -f "$probe"; echo "sandbox: could write $probe" >&2; exit 99; fi
        done
        awk 'NR > 2 && $1 != "lo:" { print "sandbox: network interface " $1 > "/dev/stderr"; bad = 1 } END { exit bad }' /proc/self/net/dev || exit 96
        exec env -u HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u DOTNET_CLI_HOME "$@"
        """;

    /// <summary>A stream, a ResourceList with a functionConfig, a validation and a refused input.</summary>
    private static readonly (string Fixture, string[] Args, string Form, int Exit)[] Inputs =
    [
        ("numaflow-v1.8.3-install.yaml", ["--tls", "disabled"], "stream", 0),
        ("numaflow-v1.8.3-base-numaflow-server-deployment.yaml", [], "list", 0),
        ("helm-numaflow-0.0.2-8cac5f2-before-fix-insecure-true.yaml", ["--tls", "enabled", "--validate-only"], "stream", 1),
        ("numaflow-v1.0.0-base-numaflow-server-deployment.yaml", ["--tls", "enabled"], "broken", 2),
    ];

    [RequiresSandboxFact]
    public void Sandbox_is_read_only_everywhere_without_network_or_home()
    {
        var run = Sandboxed("sh", ["-c", "echo \"home=${HOME-unset}\"; awk 'NR > 2 { print $1 }' /proc/self/net/dev; touch /tmp/x"], "");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("home=unset\nlo:\n", run.Stdout);
        Assert.Contains("Read-only file system", run.Stderr, StringComparison.Ordinal);
    }

    [RequiresSandboxFact]
    public void Binary_in_a_read_only_sandbox_gives_the_bytes_of_a_normal_run()
    {
        foreach (var (fixture, args, form, exit) in Inputs)
        {
            var input = Input(fixture, form);
            var expected = new ProcessRunner().Run(binary.Path, args, input);

            var isolated = Sandboxed(binary.Path, args, input);

            var what = $"{fixture} {form} [{string.Join(' ', args)}]";
            Assert.True(expected.ExitCode == isolated.ExitCode, $"{what}\nnormal:\n{expected}\nsandboxed:\n{isolated}");
            Assert.True(expected.Stdout == isolated.Stdout, $"{what}: stdout differs");
            Assert.True(expected.Stderr == isolated.Stderr, $"{what}: stderr differs\nnormal:\n{expected.Stderr}\nsandboxed:\n{isolated.Stderr}");
            Assert.True(expected.ExitCode == exit, $"{what}: {expected}");
        }
    }

    private static ProcessResult Sandboxed(string program, IEnumerable<string> args, string input)
    {
        // Reached only where the sandbox works or under CI=true: there, no sandbox is a failure.
        Assert.True(RequiresSandboxFactAttribute.Unavailable() is null, $"no sandbox: {RequiresSandboxFactAttribute.Unavailable()}");
        var run = new ProcessRunner().Run("unshare", ["-r", "-m", "-n", "sh", "-c", Script, "sandbox", program, .. args], input);
        Assert.False(run.ExitCode is >= 96 and <= 99, $"the sandbox itself failed:\n{run}");
        return run;
    }

    private static string Input(string fixture, string form)
    {
        var stream = Golden.RepoPaths.Fixture(fixture);
        return form switch
        {
            "list" => ResourceListText.Wrap(ResourceListText.Documents(stream), "apiVersion: krmfn.dev/v1alpha1\nkind: NumaflowServerTLS\nmetadata:\n  name: tls\nspec:\n  tls: disabled\n  overrideMissingConfigMap: true\n"),
            "broken" => stream + "---\nkey: 'unclosed\n",
            _ => stream,
        };
    }
}
