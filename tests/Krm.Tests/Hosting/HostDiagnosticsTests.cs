using System.Text;
using Krm.Hosting;
using Krm.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Krm.Tests.Hosting;

/// <summary>
/// The host's own diagnostics: Microsoft.Extensions.Logging lines on the stderr it was given, only
/// with <c>-v</c>, and no logger set up at all by a run that logs nothing.
/// </summary>
public sealed class HostDiagnosticsTests
{
    private const string Stream = "apiVersion: v1\nkind: A\nmetadata: {name: a}\n";

    private static void Body(Krm.ResourceLists.ResourceList list, TestConfig config, ResultSink results)
    {
    }

    [Fact]
    public void Verbose_run_writes_debug_lines_for_the_input_and_the_timings()
    {
        var stderr = HostRun.Of(Stream, Body, "-v").Stderr;
        Assert.Contains("testfn: debug: input: Stream, 1 items from stdin; 0 non-KRM objects passed through\n", stderr, StringComparison.Ordinal);
        Assert.Contains("testfn: debug: timings: read ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_run_writes_no_debug_line()
    {
        Assert.DoesNotContain("debug:", HostRun.Of(Stream, Body).Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void The_logger_is_set_up_only_by_a_run_that_logs_and_then_once(bool verbose, int setUps)
    {
        var (exit, count, _) = CountLoggerSetUps(Body, verbose ? ["-v"] : []);

        Assert.Equal(0, exit);
        Assert.Equal(setUps, count);
    }

    /// <summary>Runs <paramref name="body"/> and counts how often the host built its logger.</summary>
    private static (int Exit, int SetUps, string Stderr) CountLoggerSetUps(Action<Krm.ResourceLists.ResourceList, TestConfig, ResultSink> body, string[] args)
    {
        var count = 0;
        var host = new KrmHost<TestConfig>(TestFunction.Hosted(body))
        {
            AddLogProvider = (builder, stderr) =>
            {
                count++;
                HostLogging.AddWriter(builder, stderr);
            },
        };
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(Stream));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = host.Run(args, stdin, stdout, stderr);
        return (exit, count, stderr.ToString());
    }

    private static void LogsDebug(Krm.ResourceLists.ResourceList list, TestConfig config, ResultSink results)
    {
        if (results.Log.IsEnabled(LogLevel.Debug))
            results.Log.LogDebug("saw {Count} items", list.Items.Count);
    }

    [Fact]
    public void A_functions_debug_line_goes_to_stderr_with_v_and_never_to_stdout()
    {
        var run = HostRun.Of(Stream, LogsDebug, "-v");

        Assert.Contains("testfn: debug: saw 1 items\n", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(Stream, run.Stdout);
    }

    [Fact]
    public void A_functions_debug_call_without_v_writes_nothing_and_sets_up_no_logger()
    {
        var (exit, count, stderr) = CountLoggerSetUps(LogsDebug, []);

        Assert.Equal(0, exit);
        Assert.Equal(0, count);
        Assert.Empty(stderr);
    }

    [Fact]
    public void A_functions_warning_is_written_without_v()
    {
        var run = HostRun.Of(Stream, (_, _, results) => results.Log.LogWarning("careful"));

        Assert.Contains("testfn: warning: careful\n", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LogLevel.Trace, "testfn: trace: m\n")]
    [InlineData(LogLevel.Debug, "testfn: debug: m\n")]
    [InlineData(LogLevel.Information, "testfn: info: m\n")]
    [InlineData(LogLevel.Warning, "testfn: warning: m\n")]
    [InlineData(LogLevel.Error, "testfn: error: m\n")]
    [InlineData(LogLevel.Critical, "testfn: critical: m\n")]
    public void The_console_formatter_writes_one_plain_line_per_entry(LogLevel level, string line)
    {
        using var writer = new StringWriter();
        var entry = new LogEntry<string>(level, "testfn", default, "m", null, static (text, _) => text);

        new HostLineFormatter().Write(in entry, null, writer);

        Assert.Equal(line, writer.ToString());
    }
}
