using System.Diagnostics;
using System.Globalization;
using Krm.Testing;
using NumaflowTls.Tests.EndToEnd;
using Xunit.Abstractions;

namespace NumaflowTls.Tests.Hardening;

/// <summary>
/// Concurrency of use (docs/safety.md, Guarantees): 50 processes of the published AOT binary, started at once on
/// different inputs (every fixture, three modes, stream or ResourceList, a few broken), each give
/// the exit code, stdout and stderr of the same input run alone: no shared temp file, no global state.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ParallelBinaryTests(PublishedBinary binary, ITestOutputHelper output)
{
    private const int Runs = 50;

    private static readonly string[] Modes = ["enabled", "disabled", "auto"];

    [Fact]
    public void Fifty_processes_at_once_give_the_bytes_of_serial_runs()
    {
        var cases = Cases();
        var runner = new ProcessRunner { Timeout = TimeSpan.FromMinutes(5) };
        var serial = cases.Select(c => runner.Run(binary.Path, c.Args, c.Input)).ToArray();

        var parallel = new ProcessResult[Runs];
        var spans = new (TimeSpan Start, TimeSpan End)[Runs];
        var clock = Stopwatch.StartNew();
        using (var gate = new Barrier(Runs))
        {
            var threads = Enumerable.Range(0, Runs).Select(i => new Thread(() =>
            {
                gate.SignalAndWait();
                var start = clock.Elapsed;
                parallel[i] = runner.Run(binary.Path, cases[i].Args, cases[i].Input);
                spans[i] = (start, clock.Elapsed);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
        }

        for (var i = 0; i < Runs; i++)
        {
            Assert.True(serial[i].ExitCode == parallel[i].ExitCode, $"{cases[i]}\nserial:\n{serial[i]}\nparallel:\n{parallel[i]}");
            Assert.True(serial[i].Stdout == parallel[i].Stdout, $"{cases[i]}: stdout differs");
            Assert.True(serial[i].Stderr == parallel[i].Stderr, $"{cases[i]}: stderr differs\nserial:\n{serial[i].Stderr}\nparallel:\n{parallel[i].Stderr}");
        }

        // The inputs really differ, and so do the outcomes: successes, error results, refusals
        // (every output written is unique; a standalone error or a refusal writes none).
        var written = serial.Where(r => r.Stdout.Length > 0).ToList();
        Assert.True(written.Count >= Runs / 2, $"only {written.Count} runs wrote output");
        Assert.Equal(written.Count, written.Select(r => r.Stdout).Distinct().Count());
        Assert.Equal([0, 1, 2], serial.Select(r => r.ExitCode).Distinct().Order());
        // They overlapped: some moment had many of them running (the slowest take about a second).
        var mostAtOnce = spans.Max(s => spans.Count(o => o.Start <= s.Start && s.Start < o.End));
        output.WriteLine($"{Runs} processes in {clock.Elapsed.TotalSeconds:F1} s, at most {mostAtOnce} at once; exit codes {string.Join(' ', serial.Select(r => r.ExitCode))}");
        Assert.True(mostAtOnce >= 10, $"at most {mostAtOnce} processes ran at once");
    }

    /// <summary>
    /// Run i takes fixture i mod 11, mode i mod 3 and form i mod 2 (stream with <c>--tls</c>, or
    /// ResourceList with a functionConfig): distinct for i &lt; 66. Every seventh has a broken tail.
    /// </summary>
    private static Case[] Cases()
    {
        var fixtures = Directory.GetFiles(RepoPaths.Fixtures, "*.yaml").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(11, fixtures.Length);
        return Enumerable.Range(0, Runs).Select(i =>
        {
            var name = Path.GetFileName(fixtures[i % fixtures.Length]);
            // A comment naming the run makes every input, and so every output, unique.
            var stream = $"# run {i}\n" + File.ReadAllText(fixtures[i % fixtures.Length]);
            var mode = Modes[i % Modes.Length];
            var port = (8000 + i).ToString(CultureInfo.InvariantCulture);
            var broken = i % 7 == 6;
            if (i % 2 == 0)
            {
                var input = broken ? stream + "\n---\nbroken: [unclosed\n" : stream;
                return new Case($"{name} stream --tls {mode}{(broken ? " broken" : "")}", input, ["--tls", mode, "--port", port]);
            }

            var config = $"apiVersion: krmfn.dev/v1alpha1\nkind: NumaflowServerTLS\nmetadata:\n  name: tls\nspec:\n  tls: {mode}\n  port: {port}\n";
            var list = ResourceListText.Wrap(ResourceListText.Documents(stream), config);
            return new Case($"{name} ResourceList tls {mode}{(broken ? " broken" : "")}", broken ? list + "  broken: [unclosed\n" : list, []);
        }).ToArray();
    }

    private sealed record Case(string Name, string Input, string[] Args)
    {
        public override string ToString() => Name;
    }
}
