namespace Krm.Text;

/// <summary>
/// Myers' O(ND) shortest edit script between two line lists ("An O(ND) Difference Algorithm and
/// Its Variations", 1986), greedy forward search with the trace kept for the walk back. The common
/// prefix and suffix are taken off first: the function changes a few lines of long manifests, so D
/// and the trace stay small.
/// </summary>
internal static class LineDiff
{
    public static IReadOnlyList<LineEdit> Compute(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        ArgumentNullException.ThrowIfNull(oldLines);
        ArgumentNullException.ThrowIfNull(newLines);
        var prefix = 0;
        while (prefix < oldLines.Count && prefix < newLines.Count && oldLines[prefix] == newLines[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < oldLines.Count - prefix && suffix < newLines.Count - prefix
            && oldLines[oldLines.Count - 1 - suffix] == newLines[newLines.Count - 1 - suffix])
            suffix++;

        var edits = new List<LineEdit>(Math.Max(oldLines.Count, newLines.Count));
        for (var i = 0; i < prefix; i++)
            edits.Add(new LineEdit(LineEditKind.Keep, i, i));
        Middle(oldLines, newLines, prefix, oldLines.Count - suffix, newLines.Count - suffix, edits);
        for (var i = suffix; i > 0; i--)
            edits.Add(new LineEdit(LineEditKind.Keep, oldLines.Count - i, newLines.Count - i));
        return edits;
    }

    /// <summary>
    /// Past this many differing lines the search stops and the rest of the middle is written as
    /// all deleted then all inserted: still a correct diff, and the trace stays below ~1M ints when
    /// a whole file changes (a JSON document converted to block YAML, a 50 MB stream).
    /// </summary>
    public const int MaxEdits = 1000;

    /// <summary>The edit script of old[start..oldEnd) against new[start..newEnd), appended in order.</summary>
    private static void Middle(IReadOnlyList<string> a, IReadOnlyList<string> b, int start, int oldEnd, int newEnd, List<LineEdit> edits)
    {
        int n = oldEnd - start, m = newEnd - start;
        if (n + m == 0)
            return;
        var limit = Math.Min(n + m, MaxEdits);
        // v[k + limit + 1] = the furthest x reached on diagonal k = x - y. trace[d] is v before
        // round d, diagonals -d-1..d+1 only (what the walk back reads), at index k + d + 1.
        var v = new int[(2 * limit) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= limit; d++)
        {
            trace.Add(v[(limit - d)..(limit + d + 3)]);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[k - 1 + limit + 1] < v[k + 1 + limit + 1])
                    ? v[k + 1 + limit + 1]
                    : v[k - 1 + limit + 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[start + x] == b[start + y])
                {
                    x++;
                    y++;
                }
                v[k + limit + 1] = x;
                if (x >= n && y >= m)
                {
                    WalkBack(trace, n, m, start, edits);
                    return;
                }
            }
        }
        for (var i = 0; i < n; i++)
            edits.Add(new LineEdit(LineEditKind.Delete, start + i, start));
        for (var j = 0; j < m; j++)
            edits.Add(new LineEdit(LineEditKind.Insert, start + n, start + j));
    }

    private static void WalkBack(List<int[]> trace, int n, int m, int start, List<LineEdit> edits)
    {
        var reversed = new List<LineEdit>();
        int x = n, y = m;
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && v[k - 1 + d + 1] < v[k + 1 + d + 1]) ? k + 1 : k - 1;
            var previousX = v[previousK + d + 1];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                x--;
                y--;
                reversed.Add(new LineEdit(LineEditKind.Keep, start + x, start + y));
            }
            if (d > 0)
            {
                reversed.Add(x == previousX
                    ? new LineEdit(LineEditKind.Insert, start + x, start + previousY)
                    : new LineEdit(LineEditKind.Delete, start + previousX, start + y));
            }
            x = previousX;
            y = previousY;
        }
        reversed.Reverse();
        edits.AddRange(reversed);
    }
}
