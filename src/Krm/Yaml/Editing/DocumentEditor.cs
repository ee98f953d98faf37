namespace Krm.Yaml;

/// <summary>
/// Adds and removes whole documents of a <c>---</c> stream (standalone generators and deleters):
/// a new document goes at the end in block style; a removed one takes its lines and the
/// <c>---</c> line right above it, so no empty document is left behind.
/// </summary>
internal static class DocumentEditor
{
    public static void Append(YamlSource source, YamlValue document)
    {
        var text = source.Text;
        var newLine = source.NewLine;
        var body = new System.Text.StringBuilder();
        if (text.Length > 0 && text[^1] != '\n')
        {
            body.Append(newLine);
        }

        if (text.Length > 0)
        {
            body.Append("---").Append(newLine);
        }

        foreach (var (key, value) in document.Entries)
        {
            body.Append(ValueRenderer.Entry(key, value, 0, newLine)).Append(newLine);
        }

        // Rank 0: after every line another edit inserts at the end of the last document.
        source.AddSplice(text.Length, text.Length, body.ToString());
    }

    public static void Remove(YamlNode document)
    {
        var source = document.Source;
        var text = source.Text;
        if (!YamlNode.Claim(document, null))
        {
            return;
        }

        var start = TextScan.LineStart(text, document.Start);
        if (start > 0)
        {
            var above = TextScan.LineStart(text, start - 1);
            if (text.AsSpan(above, start - above).TrimEnd().SequenceEqual("---"))
            {
                start = above;
            }
        }

        var end = document.End > 0 && text[document.End - 1] == '\n' ? document.End : TextScan.NextLineStart(text, document.End);
        source.AddSplice(start, end, string.Empty);
    }
}
