using System.Globalization;
using System.Text;

namespace Krm.Text;

/// <summary>
/// A unified diff as <c>diff -u</c> and <c>git diff</c> print it: <c>--- a/NAME</c>,
/// <c>+++ b/NAME</c>, then <c>@@ -l,s +l,s @@</c> hunks with <see cref="Context"/> lines of
/// context; a count of 1 is left out, an empty side starts at the line before. Lines keep their own
/// terminator (a CRLF file diffs as CRLF), and a last line without one is followed by
/// <c>\ No newline at end of file</c>, so <c>patch</c>/<c>git apply</c> reproduce the new text exactly.
/// </summary>
internal static class UnifiedDiff
{
    public const int Context = 3;

    /// <summary>The diff of <paramref name="oldText"/> to <paramref name="newText"/>, or "" when they are equal.</summary>
    public static string Format(string name, string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (oldText == newText)
            return "";
        var oldLines = SplitLines(oldText);
        var newLines = SplitLines(newText);
        var edits = LineDiff.Compute(oldLines, newLines);

        var diff = new StringBuilder();
        diff.Append("--- a/").Append(name).Append('\n');
        diff.Append("+++ b/").Append(name).Append('\n');
        foreach (var (first, last) in Hunks(edits))
            AppendHunk(diff, edits, first, last, oldLines, newLines);
        return diff.ToString();
    }

    /// <summary>Lines with their terminators; the last one may have none.</summary>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }
        return lines;
    }

    /// <summary>Ranges [first, last] of the edit script: the changes plus context, merged when their contexts touch.</summary>
    private static List<(int First, int Last)> Hunks(IReadOnlyList<LineEdit> edits)
    {
        var hunks = new List<(int First, int Last)>();
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Kind == LineEditKind.Keep)
                continue;
            var first = Math.Max(0, i - Context);
            var last = Math.Min(edits.Count - 1, i + Context);
            if (hunks.Count > 0 && first <= hunks[^1].Last + 1)
                hunks[^1] = (hunks[^1].First, last);
            else
                hunks.Add((first, last));
        }
        return hunks;
    }

    private static void AppendHunk(StringBuilder diff, IReadOnlyList<LineEdit> edits, int first, int last,
        IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        int oldCount = 0, newCount = 0;
        for (var i = first; i <= last; i++)
        {
            if (edits[i].Kind != LineEditKind.Insert)
                oldCount++;
            if (edits[i].Kind != LineEditKind.Delete)
                newCount++;
        }
        diff.Append("@@ -").Append(Range(edits[first].OldIndex, oldCount))
            .Append(" +").Append(Range(edits[first].NewIndex, newCount)).Append(" @@\n");
        for (var i = first; i <= last; i++)
        {
            var edit = edits[i];
            var (prefix, line) = edit.Kind switch
            {
                LineEditKind.Keep => (' ', oldLines[edit.OldIndex]),
                LineEditKind.Delete => ('-', oldLines[edit.OldIndex]),
                _ => ('+', newLines[edit.NewIndex]),
            };
            diff.Append(prefix).Append(line);
            if (!line.EndsWith('\n'))
                diff.Append("\n\\ No newline at end of file\n");
        }
    }

    /// <summary><c>start,count</c> 1-based; an empty range names the line before it (GNU diff).</summary>
    private static string Range(int index, int count) => count switch
    {
        0 => $"{index.ToString(CultureInfo.InvariantCulture)},0",
        1 => (index + 1).ToString(CultureInfo.InvariantCulture),
        _ => $"{(index + 1).ToString(CultureInfo.InvariantCulture)},{count.ToString(CultureInfo.InvariantCulture)}",
    };
}
