namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// <c>kubectl kustomize --enable-alpha-plugins examples/kustomize/overlay</c>: the real kustomize
/// v5.5 runs the <c>container:</c> function by shelling out to <c>docker run</c>. The tests put
/// <c>tests/tools/docker</c> (a stand-in that runs the published binary as the image would:
/// nobody, no network, empty env, read-only cwd) first on PATH, and read kustomize's final
/// output — after it has fixed the name references — never the function's own.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class KustomizeContainerFunctionTests(PublishedBinary binary) : IDisposable
{
    private static readonly string Overlay = RepoPaths.Example("kustomize", "overlay");

    private readonly TempDirectory _scratch = new();

    [RequiresToolFact("kubectl", "setpriv", "unshare")]
    public void Overlay_runs_the_container_function_once_through_docker_run()
    {
        var (result, dockerCalls) = Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        // kubectl kustomize silently skips functions it cannot run: prove this one ran, as kustomize v5.5 runs it.
        var call = Assert.Single(dockerCalls);
        Assert.StartsWith("docker run --rm -i -a STDIN -a STDOUT -a STDERR --network none --user nobody --security-opt=no-new-privileges ", call, StringComparison.Ordinal);
        Assert.EndsWith(" " + FunctionImage.Of(Path.Combine(Overlay, "tls.yaml")), call.TrimEnd(), StringComparison.Ordinal);
    }

    [RequiresToolFact("kubectl", "setpriv", "unshare")]
    public void Overlay_keeps_every_base_resource_prefixed_and_namespaced()
    {
        var (result, _) = Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = Manifests.FromStream(result.Stdout);
        var expected = Manifests.FromFiles(RepoPaths.Example("kustomize", "base"), "numaflow-*.yaml")
            .Select(m => $"{m.Kind}/acme-{m.Name}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, Manifests.Ids(output));
        Assert.All(output, m => Assert.Equal("numaflow-system", m.Namespace));
    }

    [RequiresToolFact("kubectl", "setpriv", "unshare")]
    public void Overlay_output_wires_the_prefixed_configmap_into_the_server()
    {
        var (result, _) = Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var deployment = Manifests.The(Manifests.FromStream(result.Stdout), "Deployment", "acme-numaflow-server");
        var server = Manifest.Named(deployment.Find("spec", "template", "spec", "containers"), "main");
        Assert.NotNull(server);
        var refs = new Manifest(server).Find("env") as YamlDotNet.RepresentationModel.YamlSequenceNode;
        Assert.NotNull(refs);
        var configMapNames = refs.Children
            .Select(e => new Manifest((YamlDotNet.RepresentationModel.YamlMappingNode)e).Get("valueFrom", "configMapKeyRef", "name"))
            .OfType<string>().Distinct().ToArray();
        // The function runs before kustomize fixes name references and must not rewrite them itself.
        Assert.Equal(["acme-numaflow-cmd-params-config"], configMapNames);
    }

    public void Dispose() => _scratch.Dispose();

    private (ProcessResult Result, string[] DockerCalls) Build()
    {
        var log = Path.Combine(_scratch.Path, "docker-argv.log");
        var runner = new ProcessRunner
        {
            // tests/tools/docker is put first on PATH: there is no container engine here.
            PathPrefix = [RepoPaths.Tools],
            Environment = new Dictionary<string, string?>
            {
                ["DOCKER_STANDIN_BIN"] = binary.Path,
                ["DOCKER_STANDIN_IMAGE"] = FunctionImage.Of(Path.Combine(Overlay, "tls.yaml")),
                ["DOCKER_STANDIN_LOG"] = log,
            },
        };
        var result = runner.Run(ToolLocator.Require("kubectl"), "kustomize", "--enable-alpha-plugins", Overlay);
        return (result, File.Exists(log) ? File.ReadAllLines(log) : []);
    }
}
