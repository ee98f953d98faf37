using System.Globalization;
using System.Text;
using CsCheck;
using Krm.Hosting;
using Krm.ResourceLists;
using Krm.Testing;
using NumaflowTls.Tests.Cli;
using NumaflowTls.Tests.Golden;

namespace NumaflowTls.Tests.Hardening;

/// <summary>
/// Fuzzing (docs/safety.md, Fuzzing): real fixtures, mutated (lines deleted, duplicated or re-indented, random
/// bytes inserted), run in-process through the host. Invariants: exit 0, 1 or 2 only; no exception
/// escapes; exit 0 means the output parses and holds every input item. Time-bounded by
/// <c>FUZZ_SECONDS</c>: default 60 under <c>CI=true</c> (every CI run fuzzes for a minute), 30 on a
/// developer machine; run <c>FUZZ_SECONDS=600</c> by hand.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Fixtures =
    [
        "numaflow-v1.8.3-base-numaflow-server-deployment.yaml",
        "numaflow-v1.8.3-base-numaflow-cmd-params-config.yaml",
        "numaflow-v1.8.3-base-numaflow-server-service.yaml",
        "numaflow-v1.0.0-base-numaflow-server-deployment.yaml",
        "numaflow-v0.7.3-base-numaflow-server-deployment.yaml",
        "helm-numaflow-0.0.2-8cac5f2-before-fix-insecure-true.yaml",
    ];

    private static readonly string[][] Flags = [[], ["--tls", "enabled"], ["--tls", "disabled"], ["--tls", "auto"], ["--tls", "disabled", "--port", "9090"]];

    private static readonly Gen<Mutation> Mutations = Gen.OneOf(
        Gen.Int[0, 10_000].Select(at => (Mutation)new DeleteLine(at)),
        Gen.Int[0, 10_000].Select(at => (Mutation)new DuplicateLine(at)),
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[-3, 3], (at, by) => (Mutation)new Reindent(at, by)),
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Byte.Array[1, 4], (at, bytes) => (Mutation)new InsertBytes(at, bytes)));

    private static readonly Gen<FuzzCase> Cases = Gen.Select(
        Gen.Int[0, Fixtures.Length - 1], Gen.Int[0, Flags.Length - 1], Gen.Bool, Mutations.Array[1, 6],
        (fixture, flags, wrap, mutations) => new FuzzCase(Fixtures[fixture], Flags[flags], wrap, mutations));

    /// <summary>Seconds to fuzz: <c>FUZZ_SECONDS</c> when set, else 60 under CI and 30 elsewhere.</summary>
    internal static int Seconds(string? fuzzSeconds, bool isCi) =>
        int.TryParse(fuzzSeconds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : isCi ? 60 : 30;

    [Theory]
    [InlineData(null, true, 60)]
    [InlineData(null, false, 30)]
    [InlineData("", true, 60)]
    [InlineData("600", false, 600)]
    [InlineData("600", true, 600)]
    public void Ci_fuzzes_60_seconds_unless_FUZZ_SECONDS_says_otherwise(string? fuzzSeconds, bool isCi, int expected) =>
        Assert.Equal(expected, Seconds(fuzzSeconds, isCi));

    [Fact]
    public void Mutated_fixtures_exit_0_1_or_2_and_a_success_keeps_every_item()
    {
        var seconds = Seconds(Environment.GetEnvironmentVariable("FUZZ_SECONDS"), EndToEnd.ToolLocator.IsCi);
        var texts = Fixtures.ToDictionary(f => f, f => Encoding.UTF8.GetBytes(RepoPaths.Fixture(f)));

        Cases.Sample(fuzz =>
        {
            var input = fuzz.Input(texts[fuzz.Fixture]);
            Krm.Testing.FunctionRun run;
            try
            {
                run = CliRun.Of(input, fuzz.Flags);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"unhandled exception for {fuzz}: {e}", e);
            }

            Assert.True(run.ExitCode is ExitCodes.Ok or ExitCodes.ErrorResults or ExitCodes.UsageOrInput, $"exit {run.ExitCode} for {fuzz}");
            Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
            if (run.ExitCode == ExitCodes.UsageOrInput)
                Assert.Empty(run.StdoutBytes);
            if (run.ExitCode == ExitCodes.Ok)
            {
                var before = ResourceListReader.Read([new InputSource("input", input)]).Items;
                var after = ResourceListReader.Read([new InputSource("output", run.StdoutBytes)]).Items;
                Assert.Equal(before.Select(i => i.Ref), after.Select(i => i.Ref));
            }
        }, time: seconds, threads: 1, print: f => f.ToString());
    }
}

internal abstract record Mutation
{
    public abstract List<byte[]> Apply(List<byte[]> lines);

    protected static int At(List<byte[]> lines, int at) => lines.Count == 0 ? 0 : at % lines.Count;
}

internal sealed record DeleteLine(int Line) : Mutation
{
    public override List<byte[]> Apply(List<byte[]> lines)
    {
        if (lines.Count > 0)
            lines.RemoveAt(At(lines, Line));
        return lines;
    }
}

internal sealed record DuplicateLine(int Line) : Mutation
{
    public override List<byte[]> Apply(List<byte[]> lines)
    {
        if (lines.Count > 0)
            lines.Insert(At(lines, Line), lines[At(lines, Line)]);
        return lines;
    }
}

internal sealed record Reindent(int Line, int By) : Mutation
{
    public override List<byte[]> Apply(List<byte[]> lines)
    {
        if (lines.Count == 0)
            return lines;
        var i = At(lines, Line);
        var line = lines[i];
        lines[i] = By >= 0
            ? [.. Enumerable.Repeat((byte)' ', By), .. line]
            : line.AsSpan().StartsWith("   "u8[..Math.Min(-By, 3)]) ? line[-By..] : line;
        return lines;
    }
}

internal sealed record InsertBytes(int Offset, byte[] Bytes) : Mutation
{
    public override List<byte[]> Apply(List<byte[]> lines)
    {
        if (lines.Count == 0)
            return lines;
        var i = At(lines, Offset);
        var line = lines[i];
        var at = line.Length == 0 ? 0 : Offset % (line.Length + 1);
        lines[i] = [.. line[..at], .. Bytes, .. line[at..]];
        return lines;
    }

    public override string ToString() => $"InsertBytes {{ Offset = {Offset}, Bytes = {Convert.ToHexString(Bytes)} }}";
}

internal sealed record FuzzCase(string Fixture, string[] Flags, bool Wrap, Mutation[] Mutations)
{
    public byte[] Input(byte[] fixture)
    {
        var lines = Split(fixture);
        foreach (var mutation in Mutations)
            lines = mutation.Apply(lines);
        var body = lines.SelectMany(l => l.Append((byte)'\n')).ToArray();
        return Wrap ? FixtureList(body) : body;
    }

    public override string ToString() =>
        $"{Fixture} [{string.Join(' ', Flags)}] wrap={Wrap} {string.Join("; ", Mutations.Select(m => m.ToString()))}";

    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }
        if (start < bytes.Length)
            lines.Add(bytes[start..]);
        return lines;
    }

    /// <summary>The mutated stream as the items of a ResourceList (each line indented under one item).</summary>
    private static byte[] FixtureList(byte[] stream)
    {
        var header = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n"u8.ToArray();
        var text = Encoding.UTF8.GetString(stream);
        var docs = text.Split("\n---\n");
        var body = new StringBuilder();
        foreach (var doc in docs)
        {
            var lines = doc.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("---", StringComparison.Ordinal)).ToList();
            for (var i = 0; i < lines.Count; i++)
                body.Append(i == 0 ? "- " : "  ").Append(lines[i]).Append('\n');
        }
        return [.. header, .. Encoding.UTF8.GetBytes(body.ToString())];
    }
}
