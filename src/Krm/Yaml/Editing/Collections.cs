namespace Krm.Yaml;

/// <summary>Splices shared by mapping and sequence edits: new lines, flow elements.</summary>
internal static class Collections
{
    /// <summary>
    /// Inserts a whole line at a line start, adding the missing break at the end of the text first.
    /// A block scalar ending the text without a break would gain that break in its value, so its
    /// chomping becomes strip (<c>-</c>), which reads the same.
    /// </summary>
    public static void InsertLine(YamlSource source, int at, string line, YamlNode? before = null, bool blankLineBefore = false)
    {
        var text = source.Text;
        if (at >= text.Length && text.Length > 0 && text[^1] != '\n' && !source.EditsEndWithBreak())
        {
            if (before is not null && BlockLayout.DeepestLast(before) is { Style: ScalarStyle.Literal or ScalarStyle.Folded, AliasTarget: null } scalar)
            {
                var header = TextScan.SkipProperties(text, scalar.Start, scalar.End);
                var end = header + 1;
                while (end < text.Length && text[end] is '+' or '-' or (>= '1' and <= '9'))
                {
                    end++;
                }

                var digit = BlockScalarSpan.ExplicitIndent(text, header);
                source.AddSpliceOnce(header, end, text[header] + (digit > 0 ? digit.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty) + "-");
            }

            source.AddSpliceOnce(text.Length, text.Length, source.NewLine, Splice.FinalBreakRank);
        }

        var column = 0;
        while (column < line.Length && line[column] == ' ')
        {
            column++;
        }

        var isItem = column < line.Length && line[column] == '-';
        if (blankLineBefore)
        {
            // Once per offset: several keys added at one place share one blank line.
            source.AddSpliceOnce(at, at, source.NewLine, Splice.BlankLineRank);
        }

        source.AddSplice(at, at, line + source.NewLine, Splice.LineRank(column, isItem));
    }

    /// <summary>
    /// Replaces a block collection losing its last element by <c>{}</c>/<c>[]</c> (not a null):
    /// on its key's line when it is a mapping value, else where its first element was.
    /// </summary>
    public static void ReplaceWithEmpty(YamlNode collection, int firstElementStart, string empty)
    {
        var source = collection.Source;
        var text = source.Text;
        var end = BlockLayout.TokenEnd(collection);
        var parent = collection.Parent;
        if (collection.Anchor is not null || collection.Tag is not null)
        {
            var afterProperties = TextScan.SkipProperties(text, collection.Start, collection.End);
            while (afterProperties > collection.Start && text[afterProperties - 1] is ' ' or '\t' or '\r' or '\n')
            {
                afterProperties--;
            }

            source.AddSplice(afterProperties, end, " " + empty);
        }
        else if (parent is { Kind: YamlNodeKind.Mapping, IsFlow: false } && IndexIn(parent, collection) is var index && index % 2 == 1)
        {
            source.AddSplice(BlockLayout.AfterColon(parent.RawChildren[index - 1]), end, " " + empty);
        }
        else
        {
            source.AddSplice(firstElementStart, end, empty);
        }
    }

    private static int IndexIn(YamlNode parent, YamlNode child)
    {
        var children = parent.RawChildren;
        for (var i = 0; i < children.Count; i++)
        {
            if (ReferenceEquals(children[i], child))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Existing keys or string items are double-quoted (JSON): new ones are quoted too. A collection
    /// with nothing to tell (<c>{}</c>, <c>[]</c>, numbers only) is as JSON as the flow collection around it.
    /// </summary>
    public static bool UsesJsonQuotes(YamlNode collection)
    {
        for (YamlNode? node = collection; node is { IsFlow: true }; node = node.Parent)
        {
            if (node.Kind is YamlNodeKind.Mapping or YamlNodeKind.Sequence && QuoteStyle(node) is { } json)
            {
                return json;
            }
        }

        return false;
    }

    private static bool? QuoteStyle(YamlNode collection)
    {
        var children = collection.RawChildren;
        var step = collection.Kind == YamlNodeKind.Mapping ? 2 : 1;
        for (var i = 0; i < children.Count; i += step)
        {
            var child = children[i];
            if (child.Kind == YamlNodeKind.Scalar && child.AliasTarget is null && !(step == 1 && child.Style == ScalarStyle.Plain && !child.IsString))
            {
                return child.Style == ScalarStyle.DoubleQuoted;
            }
        }

        return null;
    }

    /// <summary>Appends an element to a flow collection: <c>, e</c> after the last one, or inside <c>{}</c>/<c>[]</c>.</summary>
    public static void AppendFlowElement(YamlNode collection, string element)
    {
        var source = collection.Source;
        var children = collection.RawChildren;
        if (children.Count == 0)
        {
            var open = TextScan.SkipProperties(source.Text, collection.Start, collection.End);
            source.AddSplice(open + 1, open + 1, element);
            return;
        }

        // One element per line (pretty-printed JSON): the new one gets its own line at the same indent.
        var lastStart = children[collection.Kind == YamlNodeKind.Mapping && children.Count >= 2 ? ^2 : ^1].Start;
        var separator = LineIndent(source.Text, lastStart) is { } indent ? "," + source.NewLine + indent : ", ";
        source.AddSplice(children[^1].End, children[^1].End, separator + element);
    }

    /// <summary>The whitespace before <paramref name="at"/> when nothing else precedes it on its line; else null.</summary>
    private static string? LineIndent(string text, int at)
    {
        var lineStart = at;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
            lineStart--;
        return lineStart > 0 && text[lineStart - 1] == '\n' ? text[lineStart..at] : null;
    }

    /// <summary>Removes the element whose first raw child is at <paramref name="index"/> with one adjacent comma.</summary>
    public static void RemoveFlowElement(YamlSource source, IReadOnlyList<YamlNode> children, int index, int step)
    {
        var first = children[index];
        var last = children[index + step - 1];
        if (index > 0)
        {
            source.AddSplice(children[index - 1].End, last.End, string.Empty);
        }
        else if (children.Count > step)
        {
            source.AddSplice(first.Start, children[step].Start, string.Empty);
        }
        else
        {
            source.AddSplice(first.Start, last.End, string.Empty);
        }
    }
}
