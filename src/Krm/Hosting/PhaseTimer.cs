using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Krm.Hosting;

/// <summary>
/// Per-phase wall time for <c>-v</c>: where a run's milliseconds go (read, parse, config, function,
/// write), and how much of each the GC paused (the GC is a large share of a big run).
/// </summary>
internal sealed class PhaseTimer
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Elapsed, TimeSpan GcPause, long Allocated, string Collections)> phases = [];
    private TimeSpan last;
    private TimeSpan lastPause = GC.GetTotalPauseDuration();
    private long lastAllocated = GC.GetTotalAllocatedBytes();
    private (int, int, int) lastCollections = Collections();

    public void Mark(string phase)
    {
        var now = clock.Elapsed;
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = Collections();
        var (g0, g1, g2) = lastCollections;
        phases.Add((phase, now - last, pause - lastPause, allocated - lastAllocated,
            $"{collections.Item1 - g0}/{collections.Item2 - g1}/{collections.Item3 - g2}"));
        last = now;
        lastCollections = collections;
        lastPause = pause;
        lastAllocated = allocated;
    }

    public string Summary()
    {
        var text = new StringBuilder("timings:");
        foreach (var (phase, elapsed, pause, allocated, collections) in phases)
            text.Append(CultureInfo.InvariantCulture, $" {phase} {elapsed.TotalMilliseconds:0.0} ms (GC {pause.TotalMilliseconds:0} ms in {collections}, {allocated / 1048576.0:0.0} MB allocated),");
        var memory = GC.GetGCMemoryInfo();
        text.Append(CultureInfo.InvariantCulture, $" total {clock.Elapsed.TotalMilliseconds:0.0} ms (collections are counted gen 0/1/2);");
        text.Append(CultureInfo.InvariantCulture, $" GC heap {memory.HeapSizeBytes / 1048576.0:0.0} MB, committed {memory.TotalCommittedBytes / 1048576.0:0.0} MB");
        return text.ToString();
    }

    private static (int, int, int) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
}
