namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// What <c>kubectl kustomize --enable-alpha-plugins examples/kustomize/overlay</c> (tls: disabled)
/// finally produces: plain HTTP on 8080 everywhere, under the prefixed names.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class KustomizeTlsOutcomeTests(PublishedBinary binary)
{
    [RequiresToolFact("kubectl", "setpriv", "unshare")]
    public void Disabled_overlay_serves_http_on_8080_with_prefixed_names()
    {
        var overlay = RepoPaths.Example("kustomize", "overlay");
        var result = new ProcessRunner
        {
            // tests/tools/docker is put first on PATH: there is no container engine here.
            PathPrefix = [RepoPaths.Tools],
            Environment = new Dictionary<string, string?> { ["DOCKER_STANDIN_BIN"] = binary.Path },
        }.Run(ToolLocator.Require("kubectl"), "kustomize", "--enable-alpha-plugins", overlay);

        Assert.True(result.ExitCode == 0, result.ToString());
        var fields = ServerFields.Of(Manifests.FromStream(result.Stdout), "acme-");
        Assert.Equal(new ServerFields("8080", "HTTP", null, "8080", "8080", "true", null), fields);
    }
}
