namespace Krm.Tests.Yaml.Differential;

/// <summary>
/// Small documents that put anchors, tags, aliases and quoted or collection values in every flow
/// position (mapping key and value, sequence item, single-pair mapping in a sequence), followed by
/// the next entry, the end of the collection, a space or a line break: where YamlDotNet's parser
/// looks ahead after a node. A key is followed by <c> :</c>, since <c>&amp;y:</c> names the anchor
/// <c>y:</c> in YAML 1.2 and <c>y</c> in PyYAML's YAML 1.1.
/// </summary>
internal static class FlowAnchorShapes
{
    private static readonly string[] Nodes =
    [
        "one", "'one'", "\"one\"", "&y one", "&y 'one'", "&y \"one\"", "!!str one", "&y !!str one", "!!str &y one",
        "&y [one]", "&y {k: one}", "!!map {k: one}", "&y", "!!str", "*x", "[*x]", "{k: *x}",
    ];

    private static readonly string[] Contexts =
    [
        "{a: N}", "{a: N, b: two}", "{a: N , b: two}", "{a: N,b: two}", "{a: N,\n  b: two}", "{a: N\n  , b: two}",
        "{N : v, b: two}", "{b: two, a: N}", "{a: N, b: N2}", "[N]", "[N, two]", "[two, N]", "[N , two]",
        "[a: N, b]", "[N : v, b]", "{a: [N, two], b: {c: N2, d: two}}", "[{a: N, b: two}, {c: N2}]",
    ];

    /// <summary>(name, text) for every node in every context, inside a block mapping and at the root.</summary>
    public static IEnumerable<(string Name, string Text)> All()
    {
        var n = 0;
        foreach (var context in Contexts)
        {
            foreach (var node in Nodes)
            {
                var shape = context.Replace("N2", Second(node), StringComparison.Ordinal).Replace("N", node, StringComparison.Ordinal);
                yield return ($"shape-{n}-block", $"pre: &x zero\ndata: {shape.Replace("\n", "\n  ", StringComparison.Ordinal)}\nafter: *x\n");
                yield return ($"shape-{n}-root", $"--- &x {shape}\n");
                n++;
            }
        }
    }

    /// <summary>The same kind of node with another anchor, so two anchored nodes can share a collection.</summary>
    private static string Second(string node) => node.Replace("&y", "&z", StringComparison.Ordinal);
}
