namespace Krm.Yaml;

/// <summary>
/// Splits a large multi-document stream at <c>---</c> lines into a few runs of whole documents, so
/// they parse in parallel (issue 5: install manifests are streams of dozens of documents). A
/// <c>---</c> at the start of a line always starts a document (YAML 1.2, 9.1.4: block scalars end
/// there, flow scalars may not contain it), and anchors never cross documents; streams with
/// directives (<c>%YAML</c>, <c>%TAG</c>), which belong to the document after them, are not split.
/// </summary>
internal static class DocumentChunks
{
    /// <summary>Below this a stream parses faster than threads start.</summary>
    private const int MinimumLength = 256 * 1024;

    /// <summary>Consecutive <c>[start, end)</c> ranges covering the text; one range when it is not worth splitting.</summary>
    public static List<(int Start, int End)> Split(string text, int parts)
    {
        var chunks = new List<(int Start, int End)>();
        if (parts < 2 || text.Length < MinimumLength || HasDirectives(text))
        {
            chunks.Add((0, text.Length));
            return chunks;
        }

        var start = 0;
        for (var part = 1; part < parts; part++)
        {
            var marker = MarkerAtOrAfter(text, Math.Max(start + 1, (int)((long)text.Length * part / parts)));
            if (marker < 0)
            {
                break;
            }

            chunks.Add((start, marker));
            start = marker;
        }

        chunks.Add((start, text.Length));
        return chunks;
    }

    /// <summary>The start of the first <c>---</c> document marker line at or after <paramref name="from"/>, or -1.</summary>
    private static int MarkerAtOrAfter(string text, int from)
    {
        var position = TextScan.LineStart(text, from) == from ? from : TextScan.NextLineStart(text, from);
        while (position < text.Length)
        {
            if (IsMarkerLine(text, position))
            {
                return position;
            }

            position = TextScan.NextLineStart(text, position);
        }

        return -1;
    }

    private static bool IsMarkerLine(string text, int lineStart) =>
        string.CompareOrdinal(text, lineStart, "---", 0, 3) == 0
        && (lineStart + 3 == text.Length || text[lineStart + 3] is ' ' or '\t' or '\r' or '\n');

    private static bool HasDirectives(string text) =>
        (text.Length > 0 && text[0] == '%') || text.Contains("\n%", StringComparison.Ordinal);
}
