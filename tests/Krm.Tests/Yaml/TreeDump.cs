using System.Globalization;
using System.Text;
using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary>Every node of a source, depth first, with everything a reader or editor can see of it.</summary>
internal static class TreeDump
{
    public static string Of(YamlSource source)
    {
        var text = new StringBuilder();
        var pending = new Stack<(YamlNode Node, int Depth)>(source.Documents.Reverse().Select(d => (d, 0)));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            text.Append(' ', depth * 2)
                .Append(CultureInfo.InvariantCulture, $"{node.Kind} [{node.Start},{node.End}) {node.Style} flow={node.IsFlow} &{node.Anchor} !{node.Tag} alias={node.AliasTarget?.Start} pair={node.IsSinglePair} value={node.Value}")
                .Append('\n');
            foreach (var child in node.RawChildren.Reverse())
            {
                pending.Push((child, depth + 1));
            }
        }

        return text.ToString();
    }
}
