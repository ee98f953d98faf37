using System.Text.RegularExpressions;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// The lines a run removed and added, compared as multisets (enough to prove that nothing but
/// the expected lines moved: a lost comment or a re-quoted value shows up as a removed line).
/// </summary>
public sealed partial record LineChanges(IReadOnlyList<string> Removed, IReadOnlyList<string> Added)
{
    public static LineChanges Between(string before, string after)
    {
        var beforeLines = before.Split('\n');
        var afterLines = after.Split('\n');
        return new LineChanges(Minus(beforeLines, afterLines), Minus(afterLines, beforeLines));
    }

    public bool IsEmpty => Removed.Count == 0 && Added.Count == 0;

    /// <summary>
    /// Changed lines that are not TLS settings: anything but a non-comment line about a port,
    /// a scheme, the insecure flag or an http(s) value (the fields that must agree with the mode). An added
    /// blank line is tolerated: kpt (yaml.v3) writes one between a mapping's trailing comments and
    /// a key added after them, wherever the function put the key (measured with kpt 1.0.0-beta.56).
    /// </summary>
    public IEnumerable<string> NonTlsLines() =>
        Removed.Select(l => "- " + l).Concat(Added.Where(l => l.Trim().Length > 0).Select(l => "+ " + l))
            .Where(l => l[2..].TrimStart().StartsWith('#') || !TlsLine().IsMatch(l[2..]));

    public override string ToString() =>
        string.Join('\n', Removed.Select(l => "- " + l).Concat(Added.Select(l => "+ " + l)));

    private static string[] Minus(IEnumerable<string> left, IEnumerable<string> right)
    {
        var remaining = right.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in left)
        {
            if (remaining.TryGetValue(line, out var count) && count > 0)
            {
                remaining[line] = count - 1;
            }
            else
            {
                result.Add(line);
            }
        }

        return [.. result];
    }

    [GeneratedRegex(@"(?i)(insecure|port|scheme|\bhttps?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TlsLine();
}
