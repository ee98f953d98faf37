using Krm.Testing;
using NumaflowTls.Tests.EndToEnd;

namespace NumaflowTls.Tests.Cli;

/// <summary>
/// <c>-v</c> in the Native AOT executable: the host's debug lines reach stderr through the console
/// logger in the host's own format (the custom formatter survived trimming, every line is flushed
/// before exit), and stdout is byte for byte what a run without <c>-v</c> writes. A run without
/// <c>-v</c> never starts the console logger.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class PublishedVerboseTests(PublishedBinary binary) : IDisposable
{
    private const string Broken = "examples/shell/broken-helm-output.yaml";
    private const string Install = "tests/fixtures/upstream/numaflow-v1.8.3-install.yaml";

    private readonly TempDirectory _scratch = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Verbose_writes_debug_lines_to_stderr_and_nothing_extra_to_stdout(bool resourceList)
    {
        var input = Path.Combine(RepoPaths.Root, Broken);
        if (resourceList)
        {
            var wrapped = Path.Combine(_scratch.Path, "in.yaml");
            File.WriteAllText(wrapped, ResourceListText.Wrap(ResourceListText.Documents(File.ReadAllText(input))));
            input = wrapped;
        }
        // Standalone mode prints a summary line unless -q; KRM mode reads stdin.
        var args = resourceList ? $"< '{input}'" : $"-q '{input}'";
        var expected = resourceList ? "input: ResourceList, 3 items from stdin" : $"input: Stream, 3 items from {input}";

        var loud = Bash($"\"$FN\" -v {args} > '{Out("verbose")}'");
        var quiet = Bash($"\"$FN\" {args} > '{Out("plain")}'");

        Assert.True(loud.ExitCode == 0, loud.ToString());
        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.Equal(File.ReadAllBytes(Out("plain")), File.ReadAllBytes(Out("verbose")));
        var lines = loud.Stderr.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("numaflow-tls: debug: " + expected + ";", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("numaflow-tls: debug: config: tls=auto (spec.tls), ", StringComparison.Ordinal));
        // The last line logged, just before the process exits: written only if the queue was flushed.
        Assert.Contains(lines, l => l.StartsWith("numaflow-tls: debug: timings: read ", StringComparison.Ordinal)
                                    && l.Contains(", total ", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count(l => l.Contains("debug:", StringComparison.Ordinal)));
        // Not the simple console formatter ("dbug: numaflow-tls[0]"), and no colour even when allowed.
        Assert.DoesNotContain("dbug", loud.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', loud.Stderr);
        Assert.DoesNotContain("debug:", quiet.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_with_stderr_closed_still_writes_the_output_and_exits_0()
    {
        var closed = Bash($"\"$FN\" -v {Broken} 2>&- > '{Out("closed")}'; echo \"exit $?\"");
        var plain = Bash($"\"$FN\" -q {Broken} > '{Out("plain")}'");

        Assert.Equal("exit 0\n", closed.Stdout);
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Equal(File.ReadAllBytes(Out("plain")), File.ReadAllBytes(Out("closed")));
    }

    [Theory]
    [InlineData("-v", true)]
    [InlineData("", false)]
    public void The_console_logger_queue_thread_runs_only_when_a_line_is_logged(string verbose, bool expected)
    {
        // Stopped in its output write (2.2 MB into a pipe nobody reads yet), the process has
        // logged its input and config lines: its threads show whether a console logger exists.
        var run = Bash($$"""
            mkfifo '{{_scratch.Path}}/pipe'
            "$FN" {{verbose}} --tls disabled {{Install}} >'{{_scratch.Path}}/pipe' 2>/dev/null & pid=$!
            exec 3<'{{_scratch.Path}}/pipe'
            for i in $(seq 400); do
              case "$(cat /proc/$pid/task/$pid/syscall 2>/dev/null)" in "1 0x1 "*) echo writing >&2; break;; esac
              sleep 0.05
            done
            cat /proc/$pid/task/*/comm
            cat <&3 >/dev/null
            wait $pid; echo "exit $?" >&2
            """);

        Assert.True(run.Stderr == "writing\nexit 0\n", run.ToString());
        // Linux keeps 15 bytes of "Console logger queue processing thread".
        Assert.Equal(expected, run.Stdout.Split('\n').Contains("Console logger "));
    }

    public void Dispose() => _scratch.Dispose();

    private string Out(string name) => Path.Combine(_scratch.Path, name + ".yaml");

    private ProcessResult Bash(string script) =>
        new ProcessRunner
        {
            Environment = new Dictionary<string, string?>
            {
                ["FN"] = binary.Path,
                ["DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION"] = "1",
            },
        }.Run("bash", ["-c", script]);
}
