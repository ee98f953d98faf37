namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// <c>function.yaml</c> as kustomize/kpt tooling reads it: a <c>config.kubernetes.io/v1alpha1</c>
/// KRMFunctionDefinition (KEP 2906) whose image, usage and example links the examples agree with.
/// </summary>
public sealed class FunctionDefinitionTests
{
    private static readonly Manifest Definition =
        Manifests.FromStream(File.ReadAllText(Path.Combine(RepoPaths.Root, "function.yaml"))).Single();

    [Fact]
    public void Function_yaml_parses_as_a_krm_function_definition_for_NumaflowServerTLS()
    {
        Assert.Equal("config.kubernetes.io/v1alpha1", Definition.Get("apiVersion"));
        Assert.Equal("KRMFunctionDefinition", Definition.Kind);
        Assert.Equal("krmfn.dev", Definition.Get("spec", "group"));
        Assert.Equal("NumaflowServerTLS", Definition.Get("spec", "names", "kind"));
        Assert.False(string.IsNullOrWhiteSpace(Definition.Get("spec", "description")));
        var tags = Assert.IsType<YamlDotNet.RepresentationModel.YamlSequenceNode>(Definition.Find("spec", "tags"));
        Assert.Equal(["mutator", "validator"], tags.Children.Select(t => t.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal("v1alpha1", Definition.Get("spec", "versions", 0, "name"));
        Assert.Equal("true", Definition.Get("spec", "versions", 0, "idempotent"));
        Assert.Equal("object", Definition.Get("spec", "versions", 0, "schema", "openAPIV3Schema", "type"));
        Assert.Equal("object", Definition.Get("spec", "versions", 0, "schema", "openAPIV3Schema", "properties", "spec", "type"));
        foreach (var field in new[] { "tls", "insecure", "port", "validateOnly" })
        {
            Assert.NotNull(Definition.Find("spec", "versions", 0, "schema", "openAPIV3Schema", "properties", "spec", "properties", field));
        }
    }

    [Fact]
    public void Kustomize_example_runs_the_image_function_yaml_names()
    {
        var image = Definition.Get("spec", "versions", 0, "runtime", "container", "image");
        Assert.False(string.IsNullOrEmpty(image));
        Assert.Equal(image, FunctionImage.Of(RepoPaths.Example("kustomize", "overlay", "tls.yaml")));
    }

    [Fact]
    public void Usage_and_example_links_point_at_files_in_this_repository()
    {
        var version = Definition.Find("spec", "versions", 0);
        var examples = Assert.IsType<YamlDotNet.RepresentationModel.YamlSequenceNode>(new Manifest((YamlDotNet.RepresentationModel.YamlMappingNode)version!).Find("examples"));
        var links = examples.Children.Select(e => e.ToString()).Append(Definition.Get("spec", "versions", 0, "usage")!).ToArray();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            const string Marker = "/blob/main/";
            var at = link.IndexOf(Marker, StringComparison.Ordinal);
            Assert.True(at > 0, $"{link} is not a link into the repository");
            var relative = link[(at + Marker.Length)..].Split('#')[0];
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, relative)), $"{link}: {relative} does not exist");
        }
    }
}
