using Krm.Text;

namespace Krm.Tests.Hosting;

/// <summary>The unified diff <c>--diff</c> prints: the format of <c>diff -u</c>, which <c>patch -p1</c> applies.</summary>
public class UnifiedDiffTests
{
    private static string Lines(int from, int to) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(i => $"line {i}\n"));

    [Fact]
    public void Equal_texts_give_an_empty_diff()
    {
        Assert.Equal("", UnifiedDiff.Format("f.yaml", "a\nb\n", "a\nb\n"));
    }

    [Fact]
    public void One_changed_line_gets_three_lines_of_context_on_each_side()
    {
        var after = Lines(1, 10).Replace("line 5\n", "line five\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Format("f.yaml", Lines(1, 10), after);

        Assert.Equal(
            "--- a/f.yaml\n+++ b/f.yaml\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n",
            diff);
    }

    [Fact]
    public void Changes_seven_lines_apart_make_two_hunks_and_six_apart_one()
    {
        var apart7 = Lines(1, 20).Replace("line 2\n", "x\n", StringComparison.Ordinal).Replace("line 10\n", "y\n", StringComparison.Ordinal);
        var apart6 = Lines(1, 20).Replace("line 2\n", "x\n", StringComparison.Ordinal).Replace("line 9\n", "y\n", StringComparison.Ordinal);

        Assert.Equal(2, Count("@@ -", UnifiedDiff.Format("f", Lines(1, 20), apart7)));
        Assert.Equal(1, Count("@@ -", UnifiedDiff.Format("f", Lines(1, 20), apart6)));
    }

    [Fact]
    public void Inserted_line_has_a_counted_range_on_each_side()
    {
        var after = Lines(1, 4).Replace("line 2\n", "line 2\nnew\n", StringComparison.Ordinal);

        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -1,4 +1,5 @@\n line 1\n line 2\n+new\n line 3\n line 4\n",
            UnifiedDiff.Format("f", Lines(1, 4), after));
    }

    [Fact]
    public void Empty_side_starts_at_the_line_before_and_a_count_of_one_is_left_out()
    {
        Assert.Equal("--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+only\n", UnifiedDiff.Format("f", "", "only\n"));
        Assert.Equal("--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-only\n", UnifiedDiff.Format("f", "only\n", ""));
    }

    [Fact]
    public void Last_line_without_newline_is_marked()
    {
        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n",
            UnifiedDiff.Format("f", "a", "a\n"));
    }

    [Fact]
    public void Crlf_lines_keep_their_terminator()
    {
        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n",
            UnifiedDiff.Format("f", "a\r\nb\r\n", "a\r\nc\r\n"));
    }

    [Fact]
    public void Edit_script_keeps_every_old_line_once_and_yields_the_new_lines_in_order()
    {
        string[] before = ["a", "b", "c", "a", "b", "b", "a"];
        string[] after = ["c", "b", "a", "b", "a", "c"];

        var edits = LineDiff.Compute(before, after);

        Assert.Equal(after, edits.Where(e => e.Kind != LineEditKind.Delete).Select(e => after[e.NewIndex]));
        Assert.Equal(before, edits.Where(e => e.Kind != LineEditKind.Insert).Select(e => before[e.OldIndex]));
        Assert.Equal(5, edits.Count(e => e.Kind != LineEditKind.Keep)); // Myers' paper: D = 5
        Assert.All(edits.Where(e => e.Kind == LineEditKind.Keep), e => Assert.Equal(before[e.OldIndex], after[e.NewIndex]));
    }

    [Fact]
    public void Past_the_edit_limit_the_middle_is_deleted_then_inserted_and_still_correct()
    {
        var before = Enumerable.Range(0, 3000).Select(i => $"old {i}\n").Prepend("same\n").ToArray();
        var after = Enumerable.Range(0, 2000).Select(i => $"new {i}\n").Prepend("same\n").Append("old 2999\n").ToArray();

        var edits = LineDiff.Compute(before, after);

        Assert.Equal(after, edits.Where(e => e.Kind != LineEditKind.Delete).Select(e => after[e.NewIndex]));
        Assert.Equal(before, edits.Where(e => e.Kind != LineEditKind.Insert).Select(e => before[e.OldIndex]));
        Assert.Equal(LineEditKind.Keep, edits[^1].Kind);
        Assert.Equal(2999 + 2000, edits.Count(e => e.Kind != LineEditKind.Keep));
    }

    private static int Count(string what, string text) =>
        (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
