using YamlDotNet.RepresentationModel;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>Reads the objects out of a plain <c>---</c> stream or a ResourceList.</summary>
public static class Manifests
{
    public static IReadOnlyList<Manifest> FromStream(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().Select(m => new Manifest(m))];
    }

    public static IReadOnlyList<Manifest> FromResourceList(string yaml)
    {
        var list = FromStream(yaml);
        Assert.Single(list);
        Assert.Equal("ResourceList", list[0].Kind);
        var items = list[0].Find("items") as YamlSequenceNode;
        return items is null ? [] : [.. items.Children.OfType<YamlMappingNode>().Select(m => new Manifest(m))];
    }

    public static IReadOnlyList<Manifest> FromFiles(string directory, string pattern = "*.yaml") =>
        [.. Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(file => FromStream(File.ReadAllText(file)))];

    /// <summary>The objects' ids, sorted, for "no resource lost" comparisons.</summary>
    public static IReadOnlyList<string> Ids(IEnumerable<Manifest> manifests) =>
        [.. manifests.Select(m => m.Id).Order(StringComparer.Ordinal)];

    public static Manifest The(IEnumerable<Manifest> manifests, string kind, string name) =>
        Assert.Single(manifests, m => m.Kind == kind && m.Name == name);
}
