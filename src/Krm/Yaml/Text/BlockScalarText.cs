using System.Text;

namespace Krm.Yaml;

/// <summary>
/// Writes a value as the content of a literal (<c>|</c>) or folded (<c>&gt;</c>) block scalar,
/// keeping the indicator and the content indentation; the chomping indicator follows the value's
/// trailing newlines so the value reads back exactly.
/// </summary>
internal static class BlockScalarText
{
    /// <summary>
    /// False when the value cannot be a block scalar without an indentation indicator or escapes
    /// (leading spaces on the first line, whitespace-only lines, control characters); the caller
    /// then falls back to double quotes.
    /// </summary>
    public static bool CanWrite(string value, bool folded, bool explicitIndent)
    {
        var lines = value.TrimEnd('\n').Split('\n');
        if (!explicitIndent && lines[0].Length > 0 && lines[0][0] is ' ' or '\t')
        {
            return false;
        }

        foreach (var line in lines)
        {
            foreach (var c in line)
            {
                if (ScalarText.NeedsEscape(c))
                {
                    return false;
                }
            }

            if (line.Length > 0 && line.AsSpan().Trim(" \t").IsEmpty)
            {
                return false;
            }

            if (folded && line.Length > 0 && line[0] is ' ' or '\t')
            {
                return false;
            }
        }

        return true;
    }

    public static string Chomping(string value)
    {
        if (!value.EndsWith('\n'))
        {
            return "-";
        }

        // Clip keeps one break only after a text line; anything else needs keep.
        return value.Length < 2 || value[^2] == '\n' ? "+" : string.Empty;
    }

    /// <summary>The content lines, each indented and ended with <paramref name="newLine"/>.</summary>
    public static string Content(string value, bool folded, int indent, string newLine)
    {
        var body = value.TrimEnd('\n');
        var trailing = value.Length - body.Length;
        var builder = new StringBuilder(value.Length + 16);
        var pad = new string(' ', indent);
        if (body.Length > 0)
        {
            var lines = body.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Length > 0)
                {
                    builder.Append(pad).Append(line);
                }

                builder.Append(newLine);

                // Folding turns the break after a text line into a space (or drops it before empty
                // lines): one extra empty line keeps every break (YAML 1.2 §8.1.3).
                if (folded && line.Length > 0 && i + 1 < lines.Length)
                {
                    builder.Append(newLine);
                }
            }
        }

        // Kept trailing breaks beyond the last line's own are written as empty lines.
        for (var i = body.Length > 0 ? 1 : 0; i < trailing; i++)
        {
            builder.Append(newLine);
        }

        return builder.ToString();
    }
}
