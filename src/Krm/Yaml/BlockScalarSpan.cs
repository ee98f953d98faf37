namespace Krm.Yaml;

/// <summary>
/// Where a block scalar's content lines are. The parser's end mark includes trailing empty lines
/// (yaml-fidelity.md, "Offsets"), which under clip/strip chomping belong to the layout, not the value.
/// </summary>
internal readonly record struct BlockScalarSpan(int Start, int LastTextEnd, int BlankEnd, int Indent, int HeaderLineIndent)
{
    /// <summary>
    /// End of the region owned by the value: through the last text line, or through the trailing
    /// empty lines too when they are (or will be) part of the value (keep chomping).
    /// </summary>
    public int End(bool keep) => keep ? BlankEnd : LastTextEnd;

    public static BlockScalarSpan Of(YamlNode node)
    {
        var text = node.Source.Text;
        return Measure(text, TextScan.SkipProperties(text, node.Start, node.End), node.End);
    }

    /// <summary>True when the header at <paramref name="header"/> has the keep (<c>+</c>) indicator.</summary>
    public static bool IsKeep(string text, int header)
    {
        var p = header + 1;
        while (p < text.Length && text[p] is '+' or '-' or (>= '1' and <= '9'))
        {
            if (text[p] == '+')
            {
                return true;
            }

            p++;
        }

        return false;
    }

    public static BlockScalarSpan Measure(string text, int header, int limit)
    {
        var headerLineIndent = TextScan.Indentation(text, TextScan.LineStart(text, header));
        var start = TextScan.NextLineStart(text, header);
        var lastTextEnd = start;
        var blankEnd = start;
        var indent = 0;
        var line = start;
        while (line < text.Length && line < limit)
        {
            var next = TextScan.NextLineStart(text, line);
            if (TextScan.IsBlankLine(text, line))
            {
                blankEnd = next;
                line = next;
                continue;
            }

            var lineIndent = TextScan.Indentation(text, line);
            if (lineIndent <= headerLineIndent || (indent > 0 && lineIndent < indent))
            {
                break;
            }

            indent = indent == 0 ? lineIndent : Math.Min(indent, lineIndent);
            lastTextEnd = next;
            blankEnd = next;
            line = next;
        }

        return new BlockScalarSpan(start, lastTextEnd, blankEnd, indent, headerLineIndent);
    }
}
