using System.Globalization;
using System.Text;

namespace Krm.Yaml;

/// <summary>
/// How a scalar value is written: plain when safe, single- or double-quoted
/// (scalar rendering keeps the style and the type).
/// </summary>
internal static class ScalarText
{
    /// <summary>
    /// True when <paramref name="value"/> can be written as a plain scalar in this context and reads
    /// back as the same text (whatever type it then resolves to).
    /// </summary>
    public static bool IsPlainSafe(string value, bool flow)
    {
        if (value.Length == 0 || value[0] is ' ' or '\t' || value[^1] is ' ' or '\t' or ':')
        {
            return false;
        }

        if (value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        var first = value[0];
        if (first is ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`')
        {
            return false;
        }

        // "-x", "?x", ":x" are plain when the next character could not end the indicator.
        if (first is '-' or '?' or ':' && (value.Length == 1 || IsPlainBreaker(value[1], flow)))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (NeedsEscape(c) || c is '\t')
            {
                return false;
            }

            if (c == ':' && (i + 1 == value.Length || IsPlainBreaker(value[i + 1], flow)))
            {
                return false;
            }

            if (c == '#' && value[i - 1] is ' ')
            {
                return false;
            }

            if (flow && c is ',' or '[' or ']' or '{' or '}')
            {
                return false;
            }
        }

        return true;
    }

    public static string SingleQuoted(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Single quotes cannot carry line breaks or control characters without folding.</summary>
    public static bool CanSingleQuote(string value)
    {
        foreach (var c in value)
        {
            if (NeedsEscape(c) || c is '\t')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Double quotes. With <paramref name="jsonEscapesOnly"/> only the escapes JSON knows are used
    /// (YAML reads them the same), so a JSON document stays valid JSON.
    /// </summary>
    public static string DoubleQuoted(string value, bool jsonEscapesOnly = false)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (!NeedsEscape(c))
                    {
                        builder.Append(c);
                    }
                    else if (!jsonEscapesOnly && YamlOnlyEscape(c) is { } named)
                    {
                        builder.Append(named);
                    }
                    else
                    {
                        builder.Append(!jsonEscapesOnly && c <= 0xFF
                            ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture)
                            : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string? YamlOnlyEscape(char c) => c switch
    {
        '\0' => "\\0",
        '\u0085' => "\\N",
        '\u2028' => "\\L",
        '\u2029' => "\\P",
        _ => null,
    };

    /// <summary>Characters YAML cannot carry literally in a flow scalar.</summary>
    public static bool NeedsEscape(char c) =>
        c < 0x20 || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
        || (c >= 0x80 && c < 0xA0);

    private static bool IsPlainBreaker(char next, bool flow) =>
        next is ' ' or '\t' or '\r' or '\n' || (flow && next is ',' or '[' or ']' or '{' or '}');
}
