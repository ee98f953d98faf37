namespace Krm.Yaml;

/// <summary>
/// A node's field path as results write it (<c>spec.template.spec.containers[0].image</c>); a key
/// holding a dot or bracket is written <c>[key]</c> (<c>metadata.annotations[example.com/team]</c>).
/// </summary>
internal static class NodePath
{
    /// <summary>The path from <paramref name="root"/> (default: the document root) down to <paramref name="node"/>.</summary>
    public static string Of(YamlNode node, YamlNode? root = null)
    {
        var steps = new List<string>();
        var current = node;
        while (current.Parent is { } parent && (root is null || current.Id != root.Id))
        {
            steps.Add(Step(parent, current));
            current = parent;
        }

        steps.Reverse();
        var path = string.Concat(steps);
        return path.StartsWith('.') ? path[1..] : path;
    }

    private static string Step(YamlNode parent, YamlNode child)
    {
        var children = parent.RawChildren;
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].Id != child.Id)
            {
                continue;
            }

            if (parent.Kind == YamlNodeKind.Sequence)
            {
                return $"[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
            }

            var key = children[i - (i % 2)].Resolved.Value ?? "?";
            return key.AsSpan().IndexOfAny(".[]") >= 0 ? $"[{key}]" : "." + key;
        }

        return "";
    }
}
