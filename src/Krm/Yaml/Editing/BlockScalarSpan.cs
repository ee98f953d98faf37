namespace Krm.Yaml;

/// <summary>
/// Where a block scalar's content lines are. The parser's end mark includes trailing empty lines,
/// which under clip/strip chomping belong to the layout, not the value.
/// </summary>
internal readonly record struct BlockScalarSpan(int Start, int LastTextEnd, int BlankEnd, int Indent, int ParentIndent)
{
    /// <summary>
    /// End of the region owned by the value: through the last text line, or through the trailing
    /// empty lines too when they are (or will be) part of the value (keep chomping).
    /// </summary>
    public int End(bool keep) => keep ? BlankEnd : LastTextEnd;

    public static BlockScalarSpan Of(YamlNode node)
    {
        var text = node.Source.Text;
        var header = TextScan.SkipProperties(text, node.Start, node.End);
        return Measure(text, header, node.End, ParentColumn(node), ExplicitIndent(text, header));
    }

    /// <summary>The indentation indicator digit of the header (0 when auto-detected).</summary>
    public static int ExplicitIndent(string text, int header)
    {
        var p = header + 1;
        while (p < text.Length && text[p] is '+' or '-' or (>= '1' and <= '9'))
        {
            if (char.IsAsciiDigit(text[p]))
            {
                return text[p] - '0';
            }

            p++;
        }

        return 0;
    }

    /// <summary>
    /// The indentation n of the collection holding the scalar (column of its keys or dashes; -1 at
    /// the root): content is indented more, by exactly the indicator when there is one (YAML 1.2 §8.1.1.1).
    /// </summary>
    public static int ParentColumn(YamlNode node)
    {
        var parent = node.Parent;
        if (parent is null || parent.RawChildren.Count == 0)
        {
            return -1;
        }

        var text = node.Source.Text;
        if (parent.Kind == YamlNodeKind.Mapping)
        {
            return BlockLayout.ColumnIndex(text, parent.RawChildren[0].Start);
        }

        var dash = BlockLayout.DashOf(parent.RawChildren[0]);
        return dash >= 0 ? BlockLayout.ColumnIndex(text, dash) : -1;
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

    public static BlockScalarSpan Measure(string text, int header, int limit, int parentColumn, int explicitIndent)
    {
        var start = TextScan.NextLineStart(text, header);
        var lastTextEnd = start;
        var blankEnd = start;
        var indent = explicitIndent > 0 ? Math.Max(parentColumn, 0) + explicitIndent : 0;
        var line = start;
        while (line < text.Length && line < limit)
        {
            var next = TextScan.NextLineStart(text, line);
            if (TextScan.IsBlankLine(text, line) && (indent == 0 || TextScan.Indentation(text, line) <= indent))
            {
                blankEnd = next;
                line = next;
                continue;
            }

            var lineIndent = TextScan.Indentation(text, line);
            if (lineIndent <= parentColumn || (indent > 0 && lineIndent < indent))
            {
                break;
            }

            indent = indent == 0 ? lineIndent : indent;
            lastTextEnd = next;
            blankEnd = next;
            line = next;
        }

        return new BlockScalarSpan(start, lastTextEnd, blankEnd, indent, Math.Max(parentColumn, 0));
    }
}
