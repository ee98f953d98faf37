using System.Globalization;

namespace NumaflowTls.Model;

/// <summary>
/// Go's <c>strconv.ParseBool</c> and <c>strconv.Atoi</c>, the parsers the server applies to its env
/// defaults (numaflow <c>cmd/commands/server.go</c>): anything else makes the process panic at start-up.
/// </summary>
public static class GoParse
{
    public static bool? ParseBool(string text) => text switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
        "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
        _ => null,
    };

    /// <summary>Base-10 with an optional sign, no spaces, no underscores, 64-bit range.</summary>
    public static long? Atoi(string text)
    {
        if (text.Length == 0)
            return null;
        var digits = text[0] is '+' or '-' ? text.AsSpan(1) : text.AsSpan();
        if (digits.Length == 0)
            return null;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
                return null;
        }
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
