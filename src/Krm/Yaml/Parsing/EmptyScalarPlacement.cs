namespace Krm.Yaml;

/// <summary>What placing a node needs to know of the collection holding it.</summary>
internal readonly record struct ParentShape(bool IsMapping, bool IsFlow, int Start, int ChildCount, int LastChildEnd);

/// <summary>
/// An empty plain scalar's event marks sit on the next token (often the next line). It is placed
/// where it is written instead: right after its properties (<c>a: &amp;x</c>), else right after
/// the <c>:</c> or <c>-</c> indicator introducing it.
/// </summary>
internal static class EmptyScalarPlacement
{
    /// <summary>The scalar's <c>[start, end)</c> in <paramref name="text"/>; <paramref name="parent"/> is null for a document root.</summary>
    public static (int Start, int End) Place(string text, int start, int end, bool hasProperties, ParentShape? parent)
    {
        if (hasProperties)
        {
            return (start, AfterProperties(text, start));
        }

        if (parent is not { } shape)
        {
            return (start, end);
        }

        int from;
        char indicator;
        if (shape.IsMapping)
        {
            if (shape.ChildCount % 2 == 0)
            {
                return (start, end); // an empty key: nothing to anchor it to
            }

            from = shape.LastChildEnd;
            indicator = ':';
        }
        else
        {
            from = shape.ChildCount > 0 ? shape.LastChildEnd : shape.Start + (shape.IsFlow ? 1 : 0);
            indicator = shape.IsFlow ? ',' : '-';
            if (shape.IsFlow && shape.ChildCount == 0)
            {
                return (from, from);
            }
        }

        var q = TextScan.SkipTrivia(text, from, text.Length);
        var position = q < text.Length && text[q] == indicator ? q + 1 : from;
        return (position, position);
    }

    private static int AfterProperties(string text, int start)
    {
        var p = start;
        var end = p;
        while (p < text.Length && text[p] is '&' or '!')
        {
            while (p < text.Length && !IsSpaceOrBreak(text[p]) && text[p] is not (',' or ']' or '}'))
            {
                p++;
            }

            end = p;
            while (p < text.Length && text[p] is ' ' or '\t')
            {
                p++;
            }
        }

        return end;
    }

    private static bool IsSpaceOrBreak(char c) => c is ' ' or '\t' or '\r' or '\n';
}
