namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// <c>kubectl kustomize --enable-alpha-plugins</c> on <c>examples/kustomize/overlay</c>: the real
/// kustomize v5.5 runs the <c>container:</c> function through the real engine (<c>docker run</c>
/// of the image under test, present locally, so nothing is pulled). The tests read kustomize's
/// final output — after it has fixed the name references — never the function's own.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class KustomizeContainerFunctionTests(PublishedBinary binary, FunctionImageBuild images) : IDisposable
{
    private readonly TempDirectory _scratch = new();

    [RequiresToolFact("kubectl", Requirements.DockerEngine)]
    public void Overlay_keeps_every_base_resource_prefixed_and_namespaced()
    {
        var result = Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = Manifests.FromStream(result.Stdout);
        var expected = Manifests.FromFiles(RepoPaths.Example("kustomize", "base"), "numaflow-*.yaml")
            .Select(m => $"{m.Kind}/acme-{m.Name}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, Manifests.Ids(output));
        Assert.All(output, m => Assert.Equal("numaflow-system", m.Namespace));
    }

    [RequiresToolFact("kubectl", Requirements.DockerEngine)]
    public void Overlay_output_wires_the_prefixed_configmap_into_the_server()
    {
        var result = Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var deployment = Manifests.The(Manifests.FromStream(result.Stdout), "Deployment", "acme-numaflow-server");
        var server = Manifest.Named(deployment.Find("spec", "template", "spec", "containers"), "main");
        Assert.NotNull(server);
        var refs = new Manifest(server).Find("env") as YamlDotNet.RepresentationModel.YamlSequenceNode;
        Assert.NotNull(refs);
        var configMapNames = refs.Children
            .Select(e => new Manifest((YamlDotNet.RepresentationModel.YamlMappingNode)e).Get("valueFrom", "configMapKeyRef", "name"))
            .OfType<string>().Distinct().ToArray();
        // The function runs after namePrefix, before kustomize fixes name references (previousNames), and must not rewrite them itself.
        Assert.Equal(["acme-numaflow-cmd-params-config"], configMapNames);
    }

    [RequiresToolFact("kubectl", Requirements.DockerEngine)]
    public void Disabled_overlay_serves_http_on_8080_with_prefixed_names()
    {
        var result = Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        // Without the function the server stays on HTTPS 8443: this proves the container ran.
        Assert.Equal(new ServerFields("8080", "HTTP", null, "8080", "8080", "true", null), ServerFields.Of(Manifests.FromStream(result.Stdout), "acme-"));
    }

    public void Dispose() => _scratch.Dispose();

    private ProcessResult Build() =>
        new ProcessRunner().Run(
            ToolLocator.Require("kubectl"), "kustomize", "--enable-alpha-plugins", ExampleWithImage.KustomizeOverlay(_scratch, images.Of(binary).Image));
}
