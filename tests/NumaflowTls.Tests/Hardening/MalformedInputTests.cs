using System.Text;
using Krm.Hosting;
using Krm.ResourceLists;
using NumaflowTls.Tests.Cli;

namespace NumaflowTls.Tests.Hardening;

/// <summary>
/// The malformed input corpus (docs/safety.md, Guarantees): every broken input fails with its exit code and a one-line
/// message naming the problem, no stack trace, and stdout either empty or the whole list unchanged
/// plus the error results, never a partial list. Empty input (and comment-only input) is the one
/// exception: an empty stream, exit 0 and empty output (README, Safety).
/// </summary>
public class MalformedInputTests
{
    public static TheoryData<string> Cases() => new(MalformedCase.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Malformed_input_fails_with_one_line_naming_the_problem_and_never_partial_output(string name)
    {
        var expected = MalformedCase.Load(name);

        var run = CliRun.Of(expected.Input);

        Assert.True(expected.ExitCode == run.ExitCode, $"exit {run.ExitCode}, expected {expected.ExitCode}\nstderr: {run.Stderr}\nstdout: {run.Stdout}");
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        if (expected.ExitCode == ExitCodes.Ok)
        {
            // Nothing to read is nothing to write (comment-only text is kept as it was); the function
            // may still warn that it found no server.
            Assert.True(run.StdoutBytes.Length == 0 || run.StdoutBytes.AsSpan().SequenceEqual(expected.Input), run.Stdout);
            Assert.DoesNotContain("[error]", run.Stderr, StringComparison.Ordinal);
            return;
        }
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one stderr line, got:\n{run.Stderr}");
        Assert.True(lines[0].Contains(expected.StderrPart, StringComparison.Ordinal), $"stderr line: {lines[0]}");
        if (run.ExitCode == ExitCodes.UsageOrInput)
            Assert.Empty(run.StdoutBytes);
        else
            AssertWholeListUnchanged(expected.Input, run.StdoutBytes);
    }

    [Fact]
    public void The_corpus_covers_every_case_the_issue_lists()
    {
        var names = MalformedCase.Names().ToList();

        Assert.True(names.Count >= 20, $"only {names.Count} cases");
        foreach (var name in names)
            Assert.True(File.Exists(Path.Combine(MalformedCase.Folder, name, "expected.txt")), name);
    }

    /// <summary>Exit 1 keeps the output whole: the same items, each the same text, plus results.</summary>
    private static void AssertWholeListUnchanged(byte[] input, byte[] output)
    {
        var before = ResourceListReader.Read([new InputSource("input", input)]);
        var after = ResourceListReader.Read([new InputSource("output", output)]);
        Assert.Equal(before.Items.Count, after.Items.Count);
        for (var i = 0; i < before.Items.Count; i++)
            Assert.Equal(Text(before.Items[i]), Text(after.Items[i]));
        if (before.Format == ResourceListFormat.ResourceList)
            Assert.Contains("results:", Encoding.UTF8.GetString(output), StringComparison.Ordinal);
    }

    private static string Text(KrmResource item) => item.Node.Source.Text[item.Node.Start..item.Node.End];
}
