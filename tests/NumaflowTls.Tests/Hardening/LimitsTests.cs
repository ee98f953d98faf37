using System.Diagnostics;
using System.Text;
using Krm.Hosting;
using NumaflowTls.Tests.Cli;

namespace NumaflowTls.Tests.Hardening;

/// <summary>
/// Issue 6, "Resource limits": hostile sizes and shapes go through the whole host (read, parse,
/// function, guard, write) without expanding aliases, overflowing the stack or losing bytes.
/// </summary>
public class LimitsTests
{
    [Fact]
    public void Billion_laughs_alias_bomb_finishes_fast_and_is_never_expanded()
    {
        var yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\nbomb:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < 10; level++)
            yaml.Append($"  l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]\n");
        var input = yaml.ToString();

        var clock = Stopwatch.StartNew();
        var run = OnSmallStack(() => CliRun.Of(input));
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.True(run.ExitCode == ExitCodes.Ok, run.Stderr);
        // 10^9 "lol"s if expanded; the output is the input, byte for byte.
        Assert.Equal(input, run.Stdout);
    }

    [Theory]
    [InlineData("flow")]
    [InlineData("block")]
    public void Nesting_depth_10000_does_not_overflow_the_stack(string style)
    {
        const int Depth = 10_000;
        var input = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndeep: " + (style == "flow"
            ? new string('[', Depth) + new string(']', Depth) + "\n"
            : "\n" + string.Concat(Enumerable.Range(0, Depth).Select(i => new string(' ', i + 1) + "k:\n")));

        var run = OnSmallStack(() => CliRun.Of(input));

        // Either the whole stream passes unchanged, or it is refused with one clear line: never a crash.
        if (run.ExitCode == ExitCodes.Ok)
        {
            Assert.Equal(input, run.Stdout);
        }
        else
        {
            Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
            Assert.Empty(run.StdoutBytes);
            Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    [Fact]
    public void One_megabyte_single_line_passes_through_unchanged()
    {
        var input = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: wide\ndata:\n  blob: " + new string('x', 1 << 20) + "\n";

        var run = CliRun.Of(input);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Stderr);
        Assert.Equal(input, run.Stdout);
    }

    [Fact]
    public void Fifty_megabyte_stream_with_a_server_passes_through_with_every_item()
    {
        var path = Path.Combine(Path.GetTempPath(), $"numaflow-tls-large-{Guid.NewGuid():N}.yaml");
        try
        {
            var count = LargeInput.Write(path, 50L << 20);
            var run = CliRun.Of(File.ReadAllBytes(path), "--tls", "auto");

            Assert.True(run.ExitCode == ExitCodes.Ok, run.Stderr);
            Assert.Equal(count, CountDocuments(run.Stdout));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static int CountDocuments(string stream) =>
        stream.Split('\n').Count(line => line.StartsWith("kind: ", StringComparison.Ordinal));

    /// <summary>1 MB: smaller than any thread the host gets (main thread 8 MB, .NET threads 1.5 MB).</summary>
    private static CliRun OnSmallStack(Func<CliRun> run)
    {
        CliRun? result = null;
        var thread = new Thread(() => result = run(), 1 << 20);
        thread.Start();
        thread.Join();
        return result!;
    }
}
