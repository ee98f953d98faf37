using System.Globalization;

namespace Krm.Yaml;

/// <summary>
/// Rewrites one scalar in place, keeping its style and the type the caller means
/// (scalar rendering keeps the style and the type).
/// </summary>
internal static class ScalarEditor
{
    public static void SetString(YamlNode node, string value)
    {
        // In JSON (a flow collection with double-quoted keys) a string is a JSON string, whatever the old value was.
        if (node.Style is ScalarStyle.Plain or ScalarStyle.DoubleQuoted && node.IsFlow && Collections.UsesJsonQuotes(node))
        {
            ReplaceToken(node, ScalarText.DoubleQuoted(value, jsonEscapesOnly: true));
            return;
        }

        switch (node.Style)
        {
            case ScalarStyle.Plain:
                var plain = ScalarText.IsPlainSafe(value, node.IsFlow)
                    && (ScalarResolution.IsPlainString(value) || node.Tag == "!!str");
                ReplaceToken(node, plain ? value : ScalarText.DoubleQuoted(value));
                break;
            case ScalarStyle.SingleQuoted:
                ReplaceToken(node, ScalarText.CanSingleQuote(value) ? ScalarText.SingleQuoted(value) : ScalarText.DoubleQuoted(value));
                break;
            case ScalarStyle.DoubleQuoted:
                ReplaceToken(node, ScalarText.DoubleQuoted(value));
                break;
            default:
                SetBlock(node, value);
                break;
        }
    }

    /// <summary>An int or bool: plain stays plain; a quoted or block scalar keeps the document's string type.</summary>
    public static void SetTyped(YamlNode node, string text)
    {
        if (node.Style == ScalarStyle.Plain)
        {
            ReplaceToken(node, text);
        }
        else
        {
            SetString(node, text);
        }
    }

    /// <summary>Replaces the scalar's token with already-rendered text.</summary>
    public static void SetRaw(YamlNode node, string text) => ReplaceToken(node, text);

    public static string IntText(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void ReplaceToken(YamlNode node, string text)
    {
        var source = node.Source;
        var all = source.Text;
        if (node.Kind == YamlNodeKind.Scalar && node.Value!.Length == 0 && node.Style == ScalarStyle.Plain)
        {
            // Empty value: written right after its properties or its indicator (TreeBuilder).
            var hasProperties = node.Anchor is not null || node.Tag is not null;
            var needsColon = !hasProperties && node.Parent is { Kind: YamlNodeKind.Mapping } && node.Start > 0 && all[node.Start - 1] != ':';
            var at = node.End;

            // Reuse a separating space when another space or a flow indicator follows it.
            if (!needsColon && at + 1 < all.Length && all[at] == ' ' && all[at + 1] is ' ' or '\t' or ',' or '}' or ']')
            {
                source.AddSplice(at + 1, at + 1, text);
                return;
            }

            source.AddSplice(at, at, (needsColon ? ": " : " ") + text);
            return;
        }

        var start = TextScan.SkipProperties(all, node.Start, node.End);
        source.AddSplice(start, node.End, text);
    }

    private static void SetBlock(YamlNode node, string value)
    {
        var source = node.Source;
        var text = source.Text;
        var folded = node.Style == ScalarStyle.Folded;
        var header = TextScan.SkipProperties(text, node.Start, node.End);
        var headerEnd = header + 1;
        var explicitIndent = 0;
        while (headerEnd < text.Length && text[headerEnd] is '+' or '-' or (>= '1' and <= '9'))
        {
            if (char.IsAsciiDigit(text[headerEnd]))
            {
                explicitIndent = text[headerEnd] - '0';
            }

            headerEnd++;
        }

        var oldKeep = text.AsSpan(header, headerEnd - header).Contains('+');
        var content = BlockScalarSpan.Of(node);

        if (!BlockScalarText.CanWrite(value, folded, explicitIndent > 0))
        {
            source.AddSplice(header, headerEnd, ScalarText.DoubleQuoted(value));
            source.AddSplice(content.Start, content.End(keep: true), string.Empty);
            return;
        }

        var chomping = BlockScalarText.Chomping(value);
        var newKeep = chomping == "+";
        var indent = content.Indent > 0 ? content.Indent : content.ParentIndent + 2;
        var newHeader = text[header] + (explicitIndent > 0 ? explicitIndent.ToString(CultureInfo.InvariantCulture) : string.Empty) + chomping;
        source.ReplaceSplice(header, headerEnd, newHeader);

        var body = BlockScalarText.Content(value, folded, indent, source.NewLine);
        if (content.Start == text.Length && (text.Length == 0 || text[^1] != '\n'))
        {
            body = source.NewLine + body;
        }

        source.AddSplice(content.Start, content.End(oldKeep || newKeep), body);
    }
}
