namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// What kpt leaves in <c>examples/kpt/package</c> (tls: disabled), and the validator as a gate:
/// it fails on the package as shipped (TLS on) and passes once rendered.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class KptTlsOutcomeTests(PublishedBinary binary) : IDisposable
{
    /// <summary>The example's Kptfile with the validator alone.</summary>
    private const string ValidatorOnlyKptfile = """
        apiVersion: kpt.dev/v1
        kind: Kptfile
        metadata:
          name: numaflow-server
          annotations:
            config.kubernetes.io/local-config: "true"
        pipeline:
          validators:
            - exec: numaflow-tls
              configPath: tls-validate.yaml
        """;

    private readonly TempDirectory _scratch = new();

    [RequiresToolFact("kpt")]
    public void Render_moves_the_package_to_http_8080_keeping_the_configmap_comments()
    {
        var package = _scratch.CopyOf(RepoPaths.Example("kpt", "package"), "package");
        var configMapBefore = File.ReadAllText(Path.Combine(package, "numaflow-cmd-params-config.yaml"));

        var result = Kpt("fn", "render", package, "--allow-exec");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new ServerFields("8080", "HTTP", null, "8080", "8080", "true", null), ServerFields.Of(Manifests.FromFiles(package)));
        var changes = LineChanges.Between(configMapBefore, File.ReadAllText(Path.Combine(package, "numaflow-cmd-params-config.yaml")));
        Assert.Empty(changes.Removed);
        Assert.Equal(["  server.insecure: \"true\""], changes.Added.Where(l => l.Trim().Length > 0));
    }

    [RequiresToolFact("kpt")]
    public void Eval_with_tls_disabled_moves_the_package_to_http_8080()
    {
        var package = _scratch.CopyOf(RepoPaths.Example("kpt", "package"), "package");

        var result = Kpt("fn", "eval", package, "--exec", binary.Path, "--", "tls=disabled");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new ServerFields("8080", "HTTP", null, "8080", "8080", "true", null), ServerFields.Of(Manifests.FromFiles(package)));
    }

    [RequiresToolFact("kpt")]
    public void Validator_fails_on_the_package_as_shipped_and_passes_after_render()
    {
        var drifted = _scratch.CopyOf(RepoPaths.Example("kpt", "package"), "drifted");
        File.WriteAllText(Path.Combine(drifted, "Kptfile"), ValidatorOnlyKptfile);
        var before = TempDirectory.Snapshot(drifted);

        var failing = Kpt("fn", "render", drifted, "--allow-exec");

        Assert.True(failing.ExitCode != 0, failing.ToString());
        Assert.Contains("[error]", failing.Stderr, StringComparison.Ordinal);
        Assert.Contains("livenessProbe.httpGet.port", failing.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, TempDirectory.Snapshot(drifted));

        var fixedPackage = _scratch.CopyOf(RepoPaths.Example("kpt", "package"), "fixed");
        var render = Kpt("fn", "render", fixedPackage, "--allow-exec");
        Assert.True(render.ExitCode == 0, render.ToString());
        File.WriteAllText(Path.Combine(fixedPackage, "Kptfile"), ValidatorOnlyKptfile);

        var passing = Kpt("fn", "render", fixedPackage, "--allow-exec");

        Assert.True(passing.ExitCode == 0, passing.ToString());
    }

    public void Dispose() => _scratch.Dispose();

    /// <summary>The Kptfile says <c>exec: numaflow-tls</c>: the binary's folder goes first on PATH.</summary>
    private ProcessResult Kpt(params string[] arguments) =>
        new ProcessRunner { PathPrefix = [binary.Directory], WorkingDirectory = _scratch.Path }
            .Run(ToolLocator.Require("kpt"), arguments);
}
