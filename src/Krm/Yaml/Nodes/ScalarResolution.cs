using System.Globalization;

namespace Krm.Yaml;

/// <summary>
/// What a plain scalar means to a reader. kubectl reads YAML 1.1 and most tools YAML 1.2 core, so a
/// plain scalar is a string only when it is one under both.
/// </summary>
internal static class ScalarResolution
{
    public static bool IsNull(string text) =>
        text.Length == 0 || text is "~" or "null" or "Null" or "NULL";

    public static bool TryBool(string text, out bool value)
    {
        switch (text)
        {
            case "true" or "True" or "TRUE" or "y" or "Y" or "yes" or "Yes" or "YES" or "on" or "On" or "ON":
                value = true;
                return true;
            case "false" or "False" or "FALSE" or "n" or "N" or "no" or "No" or "NO" or "off" or "Off" or "OFF":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>
    /// Integers of YAML 1.2 core (<c>0o17</c>, <c>0x1F</c>, decimal) and 1.1 (<c>0b101</c>, <c>017</c>
    /// octal, <c>_</c> separators, <c>1:30</c> base 60). Where the two disagree (<c>017</c>) the 1.1
    /// reading wins: it is what kubectl applies.
    /// </summary>
    public static bool TryInt(string text, out long value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        var span = text.AsSpan();
        var negative = false;
        if (span[0] is '+' or '-')
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        if (span.Length == 0)
        {
            return false;
        }

        bool ok;
        ulong magnitude;
        if (span.StartsWith("0x"))
        {
            ok = TryDigits(span[2..], 16, out magnitude);
        }
        else if (span.StartsWith("0o"))
        {
            ok = TryDigits(span[2..], 8, out magnitude);
        }
        else if (span.StartsWith("0b"))
        {
            ok = TryDigits(span[2..], 2, out magnitude);
        }
        else if (span.Length > 1 && span[0] == '0')
        {
            ok = TryDigits(span[1..], 8, out magnitude);
        }
        else if (span.Contains(':'))
        {
            ok = TrySexagesimal(span, out magnitude);
        }
        else
        {
            ok = TryDigits(span, 10, out magnitude);
        }

        if (!ok || magnitude > (negative ? 9223372036854775808UL : long.MaxValue))
        {
            return false;
        }

        value = negative ? (long)(0UL - magnitude) : (long)magnitude;
        return true;
    }

    /// <summary>True when a plain scalar with this text is a string under YAML 1.1 and 1.2.</summary>
    public static bool IsPlainString(string text) =>
        !IsNull(text) && !TryBool(text, out _) && !LooksNumeric(text) && !LooksLikeTimestamp(text)
        && text is not ("=" or "<<");

    /// <summary>
    /// Anything a 1.1 or 1.2 resolver could take for a number (int, float, base 60, .inf, .nan),
    /// including out-of-range integers. Deliberately broad: quoting a string is always safe.
    /// </summary>
    public static bool LooksNumeric(string text)
    {
        var span = text.AsSpan();
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            span = span[1..];
        }

        if (span.Length == 0)
        {
            return false;
        }

        if (span is ".inf" or ".Inf" or ".INF" or ".nan" or ".NaN" or ".NAN")
        {
            return true;
        }

        if (span.StartsWith("0x") || span.StartsWith("0o") || span.StartsWith("0b"))
        {
            return span.Length > 2 && IsAll(span[2..], static c => char.IsAsciiHexDigit(c) || c == '_');
        }

        // Digits, '_', ':', '.', and an exponent: 1.1 floats ("1.", "1_000.5e+3", "190:20:30.15").
        var digits = 0;
        var exponent = -1;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is 'e' or 'E' && exponent < 0 && digits > 0)
            {
                exponent = i;
            }
            else if (c is '+' or '-' && exponent == i - 1)
            {
                continue;
            }
            else if (c is not ('_' or ':' or '.'))
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>YAML 1.1 timestamps (<c>2001-12-14</c>, <c>2001-12-14t21:59:43.10-05:00</c>).</summary>
    public static bool LooksLikeTimestamp(string text) =>
        text.Length >= 8 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2])
        && char.IsAsciiDigit(text[3]) && text[4] == '-'
        && DateTime.TryParse(text.Length > 10 ? text[..10].TrimEnd('T', 't', ' ') : text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool TryDigits(ReadOnlySpan<char> span, int radix, out ulong value)
    {
        value = 0;
        var any = false;
        foreach (var c in span)
        {
            if (c == '_')
            {
                continue;
            }

            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiHexDigit(c) ? (char.ToLowerInvariant(c) - 'a' + 10) : 99;
            if (digit >= radix)
            {
                return false;
            }

            if (value > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
            {
                return false;
            }

            value = (value * (ulong)radix) + (ulong)digit;
            any = true;
        }

        return any;
    }

    private static bool TrySexagesimal(ReadOnlySpan<char> span, out ulong value)
    {
        value = 0;
        if (span[0] == '0')
        {
            return false;
        }

        var first = true;
        foreach (var range in span.Split(':'))
        {
            var part = span[range];
            if (!TryDigits(part, 10, out var digits) || (!first && digits > 59) || part.Contains('_') && !first)
            {
                return false;
            }

            if (value > (ulong.MaxValue - digits) / 60)
            {
                return false;
            }

            value = (value * 60) + digits;
            first = false;
        }

        return true;
    }

    private static bool IsAll(ReadOnlySpan<char> span, Func<char, bool> predicate)
    {
        foreach (var c in span)
        {
            if (!predicate(c))
            {
                return false;
            }
        }

        return true;
    }
}
