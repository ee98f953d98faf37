using YamlDotNet.RepresentationModel;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// One Kubernetes object of a tool's final output, read with an independent YAML parser
/// (YamlDotNet's representation model, not the function's own span editor).
/// </summary>
public sealed record Manifest(YamlMappingNode Node)
{
    public string Kind => Get("kind") ?? "";

    public string Name => Get("metadata", "name") ?? "";

    public string? Namespace => Get("metadata", "namespace");

    /// <summary><c>Kind/name</c>, how the tests name an object in messages.</summary>
    public string Id => $"{Kind}/{Name}";

    /// <summary>The scalar at a path of mapping keys (string) and sequence indexes (int); null if absent.</summary>
    public string? Get(params object[] path) => Find(path) is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>The node at a path of mapping keys (string) and sequence indexes (int); null if absent.</summary>
    public YamlNode? Find(params object[] path)
    {
        YamlNode? node = Node;
        foreach (var step in path)
        {
            node = (node, step) switch
            {
                (YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null,
                (YamlSequenceNode seq, int index) => index < seq.Children.Count ? seq.Children[index] : null,
                _ => null,
            };
        }

        return node;
    }

    /// <summary>The mapping in a sequence whose <c>name</c> is the given one (containers, ports, env).</summary>
    public static YamlMappingNode? Named(YamlNode? sequence, string name) =>
        (sequence as YamlSequenceNode)?.Children.OfType<YamlMappingNode>()
            .FirstOrDefault(item => item.Children.TryGetValue(new YamlScalarNode("name"), out var n)
                                    && n is YamlScalarNode s && s.Value == name);
}
