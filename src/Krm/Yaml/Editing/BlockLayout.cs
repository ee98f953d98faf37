namespace Krm.Yaml;

/// <summary>
/// Where things are in block-style text: the end of the lines a node owns, comment lines that
/// belong to a collection, the indicator before a value.
/// </summary>
internal static class BlockLayout
{
    /// <summary>
    /// The start of the line after the last line <paramref name="raw"/> occupies (its trailing
    /// comment included). A block scalar ends after its last text line, not after the empty lines
    /// the parser counts in.
    /// </summary>
    public static int LineEnd(YamlNode raw)
    {
        var text = raw.Source.Text;
        var last = DeepestLast(raw);
        if (IsBlockScalar(last))
        {
            var header = TextScan.SkipProperties(text, last.Start, last.End);
            return BlockScalarSpan.Of(last).End(BlockScalarSpan.IsKeep(text, header));
        }

        var end = last.End;
        return end > 0 && text[end - 1] == '\n' ? end : TextScan.NextLineStart(text, end);
    }

    /// <summary>The offset just past the last character of <paramref name="raw"/>'s own text (no trailing break).</summary>
    public static int TokenEnd(YamlNode raw)
    {
        var text = raw.Source.Text;
        var last = DeepestLast(raw);
        if (!IsBlockScalar(last))
        {
            return last.End;
        }

        var end = BlockScalarSpan.Of(last).LastTextEnd;
        while (end > last.Start && text[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return Math.Max(end, TextScan.SkipProperties(text, last.Start, last.End) + 1);
    }

    /// <summary>
    /// Past the comment lines (and empty lines between them) indented at or beyond
    /// <paramref name="column"/>: they belong to the collection ending at <paramref name="lineStart"/>.
    /// </summary>
    public static int SkipOwnedComments(string text, int lineStart, int column)
    {
        var result = lineStart;
        var line = lineStart;
        while (line < text.Length)
        {
            var next = TextScan.NextLineStart(text, line);
            if (TextScan.IsBlankLine(text, line))
            {
                line = next;
                continue;
            }

            if (!TextScan.IsCommentLine(text, line) || TextScan.Indentation(text, line) < column)
            {
                break;
            }

            result = next;
            line = next;
        }

        return result;
    }

    /// <summary>Offset just past the <c>:</c> after a mapping key, or the key's end when there is none (<c>{a}</c>).</summary>
    public static int AfterColon(YamlNode rawKey)
    {
        var text = rawKey.Source.Text;
        var end = TokenEnd(rawKey);
        var p = TextScan.SkipTrivia(text, end, text.Length);
        return p < text.Length && text[p] == ':' ? p + 1 : end;
    }

    /// <summary>Offset of the <c>-</c> introducing a block sequence item, or -1.</summary>
    public static int DashOf(YamlNode rawItem)
    {
        var text = rawItem.Source.Text;
        var p = rawItem.Start - 1;
        if (rawItem.Start == rawItem.End && p >= 0 && text[p] == '-')
        {
            return p;
        }

        while (p >= 0 && text[p] is ' ' or '\t' or '\r' or '\n')
        {
            p--;
        }

        return p >= 0 && text[p] == '-' ? p : -1;
    }

    /// <summary>True when only indentation precedes <paramref name="offset"/> on its line.</summary>
    public static bool StartsLine(string text, int offset)
    {
        var p = offset - 1;
        while (p >= 0 && text[p] == ' ')
        {
            p--;
        }

        return p < 0 || text[p] == '\n';
    }

    public static int ColumnIndex(string text, int offset) => offset - TextScan.LineStart(text, offset);

    public static YamlNode DeepestLast(YamlNode raw)
    {
        var node = raw;
        while (node.AliasTarget is null && !node.IsFlow && node.Kind != YamlNodeKind.Scalar && node.RawChildren.Count > 0)
        {
            node = node.RawChildren[^1];
        }

        return node;
    }

    private static bool IsBlockScalar(YamlNode node) =>
        node.AliasTarget is null && node.Kind == YamlNodeKind.Scalar && node.Style is ScalarStyle.Literal or ScalarStyle.Folded;
}
