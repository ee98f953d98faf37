using System.Diagnostics;
using System.Text;
using Krm.Hosting;
using Krm.Testing;
using NumaflowTls.Tests.Cli;

namespace NumaflowTls.Tests.Hardening;

/// <summary>
/// Resource limits (docs/safety.md, Limits, measured): hostile sizes and shapes go through the whole host (read, parse,
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

    /// <summary>Krm.Yaml's documented limit (README, Safety): deeper nesting is refused, not parsed.</summary>
    private const int DepthLimit = 1000;

    [Theory]
    [InlineData("flow", 5, 1006)]
    [InlineData("block", 1005, 1001)]
    [InlineData("compact", 6, 1999)]
    public void Nesting_depth_10000_is_refused_fast_with_one_line_naming_where(string style, int line, int column)
    {
        var input = Deep(style, 10_000);

        var clock = Stopwatch.StartNew();
        var run = OnSmallStack(() => CliRun.Of(input));
        clock.Stop();

        // Before the limit flow depth 10,000 took 0.7-3.3 s and 100,000 took 88 s (O(depth²)).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.True(run.ExitCode == ExitCodes.UsageOrInput, run.Stderr);
        Assert.Empty(run.StdoutBytes);
        Assert.Equal($"numaflow-tls: stdin: line {line}, column {column}: nesting deeper than {DepthLimit} levels\n", run.Stderr);
    }

    [Theory]
    [InlineData("flow")]
    [InlineData("block")]
    [InlineData("compact")]
    public void Nesting_at_the_depth_limit_passes_unchanged_on_a_1_MB_stack(string style)
    {
        // The document's own mapping is one level: the deepest collection is the limit's last.
        var input = Deep(style, DepthLimit - 1);

        var run = OnSmallStack(() => CliRun.Of(input, "--tls", "auto"));

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Stderr);
        Assert.Equal(input, run.Stdout);
    }

    /// <summary>
    /// A ConfigMap whose <c>deep</c> value nests <paramref name="depth"/> collections: <c>[[[…]]]</c>,
    /// indented <c>k:</c> mappings (depth²/2 bytes of indentation) or compact <c>- - - x</c>.
    /// </summary>
    internal static string Deep(string style, int depth) =>
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndeep:" + style switch
        {
            "flow" => " " + new string('[', depth) + new string(']', depth) + "\n",
            "block" => "\n" + string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i + 1) + "k:\n")),
            "compact" => "\n" + string.Concat(Enumerable.Repeat("- ", depth)) + "x\n",
            _ => throw new ArgumentOutOfRangeException(nameof(style)),
        };

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
    private static FunctionRun OnSmallStack(Func<FunctionRun> run)
    {
        FunctionRun? result = null;
        var thread = new Thread(() => result = run(), 1 << 20);
        thread.Start();
        thread.Join();
        return result!;
    }
}
