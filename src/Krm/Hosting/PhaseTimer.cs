using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Krm.Hosting;

/// <summary>Per-phase wall time for <c>-v</c>: where a run's milliseconds go (read, parse, config, function, write).</summary>
internal sealed class PhaseTimer
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Elapsed)> phases = [];
    private TimeSpan last;

    public void Mark(string phase)
    {
        var now = clock.Elapsed;
        phases.Add((phase, now - last));
        last = now;
    }

    public string Summary()
    {
        var text = new StringBuilder("timings:");
        foreach (var (phase, elapsed) in phases)
            text.Append(CultureInfo.InvariantCulture, $" {phase} {elapsed.TotalMilliseconds:0.0} ms,");
        text.Append(CultureInfo.InvariantCulture, $" total {clock.Elapsed.TotalMilliseconds:0.0} ms");
        return text.ToString();
    }
}
