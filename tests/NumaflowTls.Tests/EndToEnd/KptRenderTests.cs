namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// <c>kpt fn render --allow-exec</c> on a copy of <c>examples/kpt/package</c>: the Kptfile
/// pipeline runs numaflow-tls as a mutator (configPath: tls.yaml) and again as a validator
/// (configPath: tls-validate.yaml, validateOnly). kpt writes the function's output back into
/// the package files, so the files themselves are what the tests inspect.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class KptRenderTests(PublishedBinary binary) : IDisposable
{
    private readonly TempDirectory _scratch = new();

    [RequiresToolFact("kpt")]
    public void Render_rewrites_only_tls_lines_and_keeps_every_file()
    {
        var package = _scratch.CopyOf(RepoPaths.Example("kpt", "package"), "package");
        var before = TempDirectory.Snapshot(package);

        var result = Render(package);

        Assert.True(result.ExitCode == 0, result.ToString());
        var after = TempDirectory.Snapshot(package);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, text) in before)
        {
            var changes = LineChanges.Between(text, after[file]);
            Assert.True(!changes.NonTlsLines().Any(), $"{file}: lines other than TLS settings changed:\n{changes}");
        }
    }

    [RequiresToolFact("kpt")]
    public void Second_render_changes_no_byte()
    {
        var package = _scratch.CopyOf(RepoPaths.Example("kpt", "package"), "package");
        var first = Render(package);
        Assert.True(first.ExitCode == 0, first.ToString());
        var once = TempDirectory.Snapshot(package);

        var second = Render(package);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(once, TempDirectory.Snapshot(package));
    }

    /// <summary>
    /// kpt sends every YAML file as an item, a plain kustomization.yaml (no apiVersion or kind)
    /// too: it must come back byte for byte and the render must still succeed.
    /// </summary>
    [RequiresToolFact("kpt")]
    public void Render_passes_a_plain_kustomization_through_unchanged()
    {
        var package = _scratch.CopyOf(RepoPaths.Example("kpt", "package"), "package");
        const string kustomization = "# plain kustomize file, as most packages hold one\nresources:\n  - numaflow-server-deployment.yaml # the server\n  - numaflow-server-service.yaml\nnamespace: numaflow-system\n";
        File.WriteAllText(Path.Combine(package, "kustomization.yaml"), kustomization);
        var before = TempDirectory.Snapshot(package);

        var result = Render(package);

        Assert.True(result.ExitCode == 0, result.ToString());
        var after = TempDirectory.Snapshot(package);
        Assert.Equal(kustomization, after["kustomization.yaml"]);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, text) in before)
        {
            var changes = LineChanges.Between(text, after[file]);
            Assert.True(!changes.NonTlsLines().Any(), $"{file}: lines other than TLS settings changed:\n{changes}");
        }
        Assert.NotEqual(before["numaflow-server-service.yaml"], after["numaflow-server-service.yaml"]);
    }

    public void Dispose() => _scratch.Dispose();

    /// <summary>The Kptfile says <c>exec: numaflow-tls</c>: the binary's folder goes first on PATH.</summary>
    private ProcessResult Render(string package) =>
        new ProcessRunner { PathPrefix = [binary.Directory], WorkingDirectory = _scratch.Path }
            .Run(ToolLocator.Require("kpt"), "fn", "render", package, "--allow-exec");
}
