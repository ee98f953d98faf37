namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// <c>kpt fn eval DIR --exec numaflow-tls -- tls=disabled</c>, the walkthrough in
/// <c>examples/kpt/README.md</c>: kpt sends the arguments as a <c>function-input</c> ConfigMap.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class KptEvalTests(PublishedBinary binary) : IDisposable
{
    private readonly TempDirectory _scratch = new();

    [RequiresToolFact("kpt")]
    public void Eval_with_tls_disabled_keeps_every_resource_and_changes_only_tls_lines()
    {
        var package = _scratch.CopyOf(RepoPaths.Example("kpt", "package"), "package");
        var before = TempDirectory.Snapshot(package);

        var result = Eval(package, "--", "tls=disabled");

        Assert.True(result.ExitCode == 0, result.ToString());
        var after = TempDirectory.Snapshot(package);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Manifests.Ids(Manifests.FromFiles(RepoPaths.Example("kpt", "package"))), Manifests.Ids(Manifests.FromFiles(package)));
        foreach (var (file, text) in before)
        {
            var changes = LineChanges.Between(text, after[file]);
            Assert.True(!changes.NonTlsLines().Any(), $"{file}: lines other than TLS settings changed:\n{changes}");
        }
    }

    [RequiresToolFact("kpt")]
    public void Eval_output_to_stdout_is_a_resource_list_with_every_resource()
    {
        var package = _scratch.CopyOf(RepoPaths.Example("kpt", "package"), "package");

        var result = Eval(package, "-o", "stdout", "--", "tls=disabled");

        Assert.True(result.ExitCode == 0, result.ToString());
        var items = Manifests.FromResourceList(result.Stdout);
        Assert.Contains("Deployment/numaflow-server", Manifests.Ids(items));
        Assert.Contains("Service/numaflow-server", Manifests.Ids(items));
        Assert.Contains("ConfigMap/numaflow-cmd-params-config", Manifests.Ids(items));
    }

    public void Dispose() => _scratch.Dispose();

    private ProcessResult Eval(string package, params string[] rest) =>
        new ProcessRunner { WorkingDirectory = _scratch.Path }
            .Run(ToolLocator.Require("kpt"), ["fn", "eval", package, "--exec", binary.Path, .. rest]);
}
