namespace Krm.Yaml;

/// <summary>Small position helpers over the document text (lines, indentation, properties).</summary>
internal static class TextScan
{
    public static int LineStart(string text, int offset)
    {
        var lf = offset > 0 ? text.LastIndexOf('\n', offset - 1) : -1;
        return lf + 1;
    }

    /// <summary>Offset just past the line break ending the line at <paramref name="offset"/> (or the text length).</summary>
    public static int NextLineStart(string text, int offset)
    {
        var lf = text.IndexOf('\n', offset);
        return lf < 0 ? text.Length : lf + 1;
    }

    /// <summary>Number of leading spaces of the line starting at <paramref name="lineStart"/>.</summary>
    public static int Indentation(string text, int lineStart)
    {
        var p = lineStart;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        return p - lineStart;
    }

    /// <summary>The line holds only spaces/tabs (or nothing) before its break.</summary>
    public static bool IsBlankLine(string text, int lineStart)
    {
        var p = lineStart;
        while (p < text.Length && text[p] is ' ' or '\t')
        {
            p++;
        }

        return p >= text.Length || text[p] is '\n' or '\r';
    }

    /// <summary>The first non-blank character of the line is <c>#</c>.</summary>
    public static bool IsCommentLine(string text, int lineStart)
    {
        var p = lineStart;
        while (p < text.Length && text[p] is ' ' or '\t')
        {
            p++;
        }

        return p < text.Length && text[p] == '#';
    }

    /// <summary>Skips spaces, tabs, line breaks and comments.</summary>
    public static int SkipTrivia(string text, int p, int limit)
    {
        while (p < limit)
        {
            var c = text[p];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                p++;
            }
            else if (c == '#')
            {
                while (p < limit && text[p] != '\n')
                {
                    p++;
                }
            }
            else
            {
                break;
            }
        }

        return p;
    }

    /// <summary>Offset of a node's content after its <c>&amp;anchor</c> and <c>!tag</c> properties.</summary>
    public static int SkipProperties(string text, int start, int end)
    {
        var p = start;
        while (p < end && text[p] is '&' or '!')
        {
            while (p < end && text[p] is not (' ' or '\t' or '\r' or '\n'))
            {
                p++;
            }

            p = SkipTrivia(text, p, end);
        }

        return p;
    }
}
