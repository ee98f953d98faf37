using Krm.Results;

namespace Krm.Tests.Hosting;

/// <summary>The host's own diagnostics: plain lines on the stderr it was given, only with <c>-v</c>.</summary>
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
}
