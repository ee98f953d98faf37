namespace Krm.Testing;

/// <summary>
/// A small line diff for outputs that differ from their input in a few places: "- old" / "+ new"
/// lines in order (one space after the sign so indentation stays visible).
/// </summary>
public static class LineDiff
{
    public static List<string> Compute(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var result = new List<string>();
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }
            // Find the nearest resynchronisation point within a small window.
            var (di, dj) = Resync(a, b, i, j);
            var removed = new List<string>();
            for (var k = 0; k < di; k++)
                removed.Add("- " + a[i + k]);
            var added = new List<string>();
            for (var k = 0; k < dj; k++)
                added.Add("+ " + b[j + k]);
            result.AddRange(removed);
            result.AddRange(added);
            i += di;
            j += dj;
        }
        return result;
    }

    private static (int, int) Resync(string[] a, string[] b, int i, int j)
    {
        const int Window = 8;
        for (var total = 1; total <= 2 * Window; total++)
        {
            for (var di = 0; di <= total; di++)
            {
                var dj = total - di;
                if (Matches(a, b, i + di, j + dj))
                    return (di, dj);
            }
        }
        return (a.Length - i, b.Length - j);
    }

    private static bool Matches(string[] a, string[] b, int i, int j)
    {
        if (i > a.Length || j > b.Length)
            return false;
        if (i == a.Length || j == b.Length)
            return i == a.Length && j == b.Length;
        for (var k = 0; k < 3 && i + k < a.Length && j + k < b.Length; k++)
        {
            if (a[i + k] != b[j + k])
                return false;
        }
        return true;
    }
}
