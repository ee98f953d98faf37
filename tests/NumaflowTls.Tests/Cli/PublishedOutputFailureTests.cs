using Krm.Testing;
using NumaflowTls.Tests.EndToEnd;

namespace NumaflowTls.Tests.Cli;

/// <summary>
/// The published binary behind a real shell: output that cannot be written (a full device, a
/// closed stdout, a reader that went away) is a non-zero exit with one line on stderr, never an
/// abort, a stack trace or exit 0; and a standalone run that fails writes nothing into the pipe.
/// Each script prints the binary's exit code last (<c>PIPESTATUS</c> for a pipe).
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class PublishedOutputFailureTests(PublishedBinary binary)
{
    private const string Install = "tests/fixtures/upstream/numaflow-v1.8.3-install.yaml";
    private const string Broken = "examples/shell/broken-helm-output.yaml";

    [Theory]
    [InlineData("\"$FN\" --help >/dev/full", "No space left on device")]
    [InlineData("\"$FN\" --version >&-", "Bad file descriptor")]
    [InlineData("\"$FN\" --help >&-", "Bad file descriptor")]
    [InlineData("\"$FN\" " + Broken + " >&-", "Bad file descriptor")]
    [InlineData("\"$FN\" " + Broken + " >/dev/full", "No space left on device")]
    [InlineData("\"$FN\" --tls disabled < " + Install + " >/dev/full", "No space left on device")]
    public void Output_that_cannot_be_written_exits_1_with_one_line(string script, string reason)
    {
        var run = Bash(script + "; echo \"exit $?\" >&2");

        Assert.Equal($"numaflow-tls: cannot write output: {reason}\nexit 1\n", run.Stderr);
    }

    [Theory]
    [InlineData(Install)]
    [InlineData("--tls disabled " + Install)]
    public void A_reader_that_goes_away_is_a_broken_pipe_not_success(string args)
    {
        // 2.2 MB: far more than a pipe buffers, so the write after head exits must fail.
        var run = Bash($"\"$FN\" {args} | head -c 10 >/dev/null; echo \"exit ${{PIPESTATUS[0]}}\" >&2");

        Assert.Equal("numaflow-tls: cannot write output: Broken pipe\nexit 1\n", run.Stderr);
    }

    [Fact]
    public void With_stdout_and_stderr_closed_it_still_exits_1_without_aborting()
    {
        var run = Bash($"\"$FN\" {Broken} >&- 2>&-; echo \"exit $?\" >&2");

        Assert.Equal("exit 1\n", run.Stderr);
    }

    [Fact]
    public void Output_into_a_shared_file_descriptor_lands_where_the_shell_left_off()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("numaflow-tls-fd-").FullName, "out");
        try
        {
            var run = Bash($"{{ echo before; \"$FN\" --version; echo after; }} > '{file}'");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal("before\nnumaflow-tls 0.1.0\nafter\n", File.ReadAllText(file).Replace(Version(), "0.1.0", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("--tls disbled " + Broken, "[error] --tls: must be one of enabled, disabled, auto, got 'disbled'")]
    [InlineData("--validate --tls enabled " + Broken, "TLS field disagrees with the mode")]
    [InlineData("--tls enabled tests/fixtures/upstream/numaflow-v1.8.3-base-numaflow-server-deployment.yaml", "is referenced by the server's env but is not in the input")]
    public void A_failing_standalone_run_writes_nothing_into_the_pipe(string args, string line)
    {
        var run = Bash($"\"$FN\" {args} | wc -c; echo \"exit ${{PIPESTATUS[0]}}\" >&2");

        Assert.Equal("0", run.Stdout.Trim());
        Assert.Contains(line, run.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("exit 1\n", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_boolean_flag_before_true_suggests_the_inline_form_unless_a_file_is_named_true()
    {
        var dir = Directory.CreateTempSubdirectory("numaflow-tls-true-").FullName;
        try
        {
            var runner = new ProcessRunner { WorkingDirectory = dir };
            var typo = runner.Run(binary.Path, ["--insecure", "true"]);
            Assert.Equal(2, typo.ExitCode);
            Assert.StartsWith("numaflow-tls: --insecure takes no separate value: write --insecure=true ('true' is not a file)\n", typo.Stderr, StringComparison.Ordinal);

            File.Copy(Path.Combine(RepoPaths.Root, Broken), Path.Combine(dir, "true"));
            var file = runner.Run(binary.Path, ["--insecure", "true"]);
            Assert.True(file.ExitCode == 0, file.ToString());
            Assert.StartsWith("# HAND-RENDERED", file.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_readme_example_says_on_stderr_what_it_changed_and_q_silences_it()
    {
        var runner = new ProcessRunner();
        var run = runner.Run(binary.Path, [Broken]);
        var quiet = runner.Run(binary.Path, ["-q", Broken]);
        var krm = runner.Run(binary.Path, [], ResourceListText.Wrap(ResourceListText.Documents(File.ReadAllText(Path.Combine(RepoPaths.Root, Broken))), null));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^numaflow-tls: numaflow-system/numaflow-server: \d+ fields changed to disabled \(HTTP :8080\)\n$", run.Stderr);
        Assert.Equal(run.Stdout, quiet.Stdout);
        Assert.Empty(quiet.Stderr);
        Assert.True(krm.ExitCode == 0, krm.ToString());
        Assert.Empty(krm.Stderr);
    }

    private string Version() => Bash("\"$FN\" --version").Stdout.Trim().Split(' ')[1];

    private ProcessResult Bash(string script) =>
        new ProcessRunner { Environment = new Dictionary<string, string?> { ["FN"] = binary.Path } }.Run("bash", ["-c", script]);
}
