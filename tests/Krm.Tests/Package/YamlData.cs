using System.Text;
using Krm.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Krm.Tests.Package;

/// <summary>
/// YAML as data: each document as one canonical line (keys sorted, scalars quoted), so two texts
/// that differ only in formatting (kpt re-serializes the files it writes) compare equal.
/// </summary>
internal static class YamlData
{
    public static IReadOnlyList<string> Documents(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => Canonical(d.RootNode)).ToList();
    }

    /// <summary>The items of a ResourceList, each as one canonical line.</summary>
    public static IReadOnlyList<string> Items(string resourceList)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(resourceList));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlSequenceNode)root.Children[new YamlScalarNode("items")]).Children.Select(Canonical).ToList();
    }

    private static string Canonical(YamlNode node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(YamlNode node, StringBuilder text)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                text.Append('{');
                foreach (var (key, value) in mapping.Children.OrderBy(e => ((YamlScalarNode)e.Key).Value, StringComparer.Ordinal))
                {
                    text.Append('"').Append(((YamlScalarNode)key).Value).Append("\":");
                    Write(value, text);
                    text.Append(',');
                }
                text.Append('}');
                break;
            case YamlSequenceNode sequence:
                text.Append('[');
                foreach (var item in sequence.Children)
                {
                    Write(item, text);
                    text.Append(',');
                }
                text.Append(']');
                break;
            case YamlScalarNode scalar:
                text.Append('"').Append(scalar.Value).Append('"');
                break;
        }
    }
}
