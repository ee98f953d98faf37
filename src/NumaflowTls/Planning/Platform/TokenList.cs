using System.Globalization;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// A comma-separated annotation value (ports, Service names): entries leave or join without disturbing the
/// others' text, and the list keeps its separator (<c>,</c> or <c>, </c>).
/// </summary>
public sealed class TokenList
{
    private readonly List<string> raw;
    private readonly string separator;

    public TokenList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        raw = text.Trim().Length == 0 ? [] : [.. text.Split(',')];
        separator = raw.Skip(1).Any(r => r.StartsWith(' ')) ? ", " : ",";
    }

    public IEnumerable<string> Entries => raw.Select(r => r.Trim());

    public bool Contains(Func<string, bool> match) => Entries.Any(match);

    /// <summary>Removes every entry matching <paramref name="match"/>.</summary>
    public void RemoveAll(Func<string, bool> match)
    {
        raw.RemoveAll(r => match(r.Trim()));
        if (raw.Count > 0)
            raw[0] = raw[0].TrimStart();
    }

    /// <summary>Replaces each entry matching <paramref name="match"/> with <paramref name="value"/>, keeping its spacing.</summary>
    public void ReplaceAll(Func<string, bool> match, string value)
    {
        for (var i = 0; i < raw.Count; i++)
        {
            var t = raw[i].Trim();
            if (match(t))
                raw[i] = raw[i].Replace(t, value, StringComparison.Ordinal);
        }
    }

    public void Add(string value) => raw.Add(raw.Count == 0 ? value : (separator == ", " ? " " : "") + value);

    public void Add(long value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => string.Join(',', raw);
}
