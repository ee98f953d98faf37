using System.Globalization;
using System.Text;

namespace Krm.Yaml;

/// <summary>
/// Text for new values: block style at a given indentation (sequences under a key in the compact
/// <c>- </c> form kubectl and kustomize write), or flow style inside flow collections. With
/// <c>json</c>, keys and strings are double-quoted with JSON escapes so JSON input stays JSON.
/// </summary>
internal static class ValueRenderer
{
    public static string Key(string key, bool flow, bool json) => StringText(key, flow, json);

    public static string Scalar(YamlValue value, bool flow, bool json) => value.Kind switch
    {
        YamlValueKind.String => StringText(value.Text!, flow, json),
        YamlValueKind.Null => "null",
        _ => value.Text!,
    };

    public static string Flow(YamlValue value, bool json)
    {
        var builder = new StringBuilder();
        AppendFlow(builder, value, json);
        return builder.ToString();
    }

    /// <summary>What follows <c>key:</c> for an entry whose key sits at <paramref name="keyIndent"/>: <c>" v"</c> or a break and nested lines.</summary>
    public static string AfterKey(YamlValue value, int keyIndent, string newLine)
    {
        var builder = new StringBuilder();
        AppendAfterKey(builder, value, keyIndent, newLine);
        return builder.ToString();
    }

    /// <summary>A whole <c>key: value</c> entry at <paramref name="indent"/>, without the final break.</summary>
    public static string Entry(string key, YamlValue value, int indent, string newLine)
    {
        var builder = new StringBuilder();
        builder.Append(' ', indent).Append(Key(key, flow: false, json: false)).Append(':');
        AppendAfterKey(builder, value, indent, newLine);
        return builder.ToString();
    }

    /// <summary>A whole <c>- item</c> at <paramref name="dashIndent"/>, without the final break.</summary>
    public static string Item(YamlValue value, int dashIndent, string newLine)
    {
        var builder = new StringBuilder();
        builder.Append(' ', dashIndent);
        AppendItemBody(builder, value, dashIndent, newLine);
        return builder.ToString();
    }

    private static void AppendAfterKey(StringBuilder builder, YamlValue value, int keyIndent, string newLine)
    {
        switch (value.Kind)
        {
            case YamlValueKind.Map when value.Entries.Count > 0:
                foreach (var (key, child) in value.Entries)
                {
                    builder.Append(newLine).Append(' ', keyIndent + 2).Append(Key(key, flow: false, json: false)).Append(':');
                    AppendAfterKey(builder, child, keyIndent + 2, newLine);
                }

                break;
            case YamlValueKind.Seq when value.Items.Count > 0:
                foreach (var item in value.Items)
                {
                    builder.Append(newLine).Append(' ', keyIndent);
                    AppendItemBody(builder, item, keyIndent, newLine);
                }

                break;
            default:
                builder.Append(' ');
                AppendFlow(builder, value, json: false);
                break;
        }
    }

    /// <summary>From the dash on: <c>- v</c>, <c>- k: v</c> with further keys under the first.</summary>
    private static void AppendItemBody(StringBuilder builder, YamlValue value, int dashIndent, string newLine)
    {
        builder.Append("- ");
        var inner = dashIndent + 2;
        switch (value.Kind)
        {
            case YamlValueKind.Map when value.Entries.Count > 0:
                for (var i = 0; i < value.Entries.Count; i++)
                {
                    var (key, child) = value.Entries[i];
                    if (i > 0)
                    {
                        builder.Append(newLine).Append(' ', inner);
                    }

                    builder.Append(Key(key, flow: false, json: false)).Append(':');
                    AppendAfterKey(builder, child, inner, newLine);
                }

                break;
            case YamlValueKind.Seq when value.Items.Count > 0:
                for (var i = 0; i < value.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(newLine).Append(' ', inner);
                    }

                    AppendItemBody(builder, value.Items[i], inner, newLine);
                }

                break;
            default:
                AppendFlow(builder, value, json: false);
                break;
        }
    }

    private static void AppendFlow(StringBuilder builder, YamlValue value, bool json)
    {
        switch (value.Kind)
        {
            case YamlValueKind.Map:
                builder.Append('{');
                for (var i = 0; i < value.Entries.Count; i++)
                {
                    builder.Append(i > 0 ? ", " : string.Empty).Append(Key(value.Entries[i].Key, flow: true, json)).Append(": ");
                    AppendFlow(builder, value.Entries[i].Value, json);
                }

                builder.Append('}');
                break;
            case YamlValueKind.Seq:
                builder.Append('[');
                for (var i = 0; i < value.Items.Count; i++)
                {
                    builder.Append(i > 0 ? ", " : string.Empty);
                    AppendFlow(builder, value.Items[i], json);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(Scalar(value, flow: true, json));
                break;
        }
    }

    private static string StringText(string value, bool flow, bool json)
    {
        if (json)
        {
            return ScalarText.DoubleQuoted(value, jsonEscapesOnly: true);
        }

        return ScalarText.IsPlainSafe(value, flow) && ScalarResolution.IsPlainString(value) ? value : ScalarText.DoubleQuoted(value);
    }
}
