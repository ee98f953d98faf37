namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// <c>kustomize build --enable-alpha-plugins --enable-exec examples/kustomize/overlay-exec</c>:
/// only the standalone kustomize runs <c>exec:</c> functions (kubectl's embedded one skips them
/// silently), and nothing installs it here, so this runs where a developer has it.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class KustomizeExecFunctionTests(PublishedBinary binary)
{
    [OptionalToolFact("kustomize")]
    public void Exec_overlay_keeps_every_base_resource_prefixed_and_wired()
    {
        var result = new ProcessRunner { PathPrefix = [binary.Directory] }.Run(
            ToolLocator.Require("kustomize"), "build", "--enable-alpha-plugins", "--enable-exec", RepoPaths.Example("kustomize", "overlay-exec"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = Manifests.FromStream(result.Stdout);
        var expected = Manifests.FromFiles(RepoPaths.Example("kustomize", "base"), "numaflow-*.yaml")
            .Select(m => $"{m.Kind}/acme-{m.Name}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, Manifests.Ids(output));
        Assert.DoesNotContain("name: numaflow-cmd-params-config", result.Stdout, StringComparison.Ordinal);
    }
}
