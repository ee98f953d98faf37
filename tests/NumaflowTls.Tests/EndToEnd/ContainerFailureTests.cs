namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// Failures through the real engine behave as docs/design/krm-contract.md ("Process") says: a non-zero exit the
/// orchestrator turns into its own, the function's stderr shown to the user, and nothing deleted
/// (kustomize prints no build, kpt leaves every package file as it was).
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ContainerFailureTests(PublishedBinary binary, FunctionImageBuild images) : IDisposable
{
    private readonly TempDirectory _scratch = new();

    [RequiresToolFact("kubectl", Requirements.DockerEngine)]
    public void Config_error_fails_kustomize_showing_the_function_error()
    {
        var overlay = ExampleWithImage.KustomizeOverlay(_scratch, images.Of(binary).Image);
        var config = Path.Combine(overlay, "tls.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("  tls: disabled\n", "  tls: bogus\n", StringComparison.Ordinal));

        var result = Kustomize(overlay);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Empty(result.Stdout);
        Assert.Contains("[error] krmfn.dev/v1alpha1/NumaflowServerTLS/server-tls spec.tls: must be one of enabled, disabled, auto, got 'bogus'", result.Stderr, StringComparison.Ordinal);
    }

    [RequiresToolFact("kpt", Requirements.DockerEngine)]
    public void Config_error_fails_kpt_render_showing_the_function_error_and_writes_nothing()
    {
        var package = ExampleWithImage.KptPackage(_scratch, images.Of(binary).Image);
        var config = Path.Combine(package, "tls.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("  tls: disabled\n", "  tls: bogus\n", StringComparison.Ordinal));
        var before = TempDirectory.Snapshot(package);

        var result = Kpt("fn", "render", package, "--image-pull-policy", "never");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("spec.tls: must be one of enabled, disabled, auto, got 'bogus'", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, TempDirectory.Snapshot(package));
    }

    [RequiresToolFact("kubectl", Requirements.DockerEngine)]
    public void Item_the_function_refuses_to_parse_fails_kustomize_showing_where()
    {
        // kustomize reads 1,005 levels of nesting; the function refuses more than 1,000 (README, Safety).
        var deep = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata: {}\ndeep:\n"
                   + string.Concat(Enumerable.Range(0, 1005).Select(i => new string(' ', i + 1) + "k:\n"));
        var folder = ExampleWithImage.Kustomization(Path.Combine(_scratch.Path, "deep"), images.Of(binary).Image, new Dictionary<string, string> { ["deep.yaml"] = deep });

        var result = Kustomize(folder);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Empty(result.Stdout);
        Assert.Contains("numaflow-tls: stdin: line ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("nesting deeper than 1000 levels", result.Stderr, StringComparison.Ordinal);
    }

    [RequiresToolFact("kpt", Requirements.DockerEngine)]
    public void Item_the_function_refuses_to_parse_fails_kpt_render_and_writes_nothing()
    {
        var package = ExampleWithImage.KptPackage(_scratch, images.Of(binary).Image);
        File.WriteAllText(Path.Combine(package, "deep.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndeep:\n"
            + string.Concat(Enumerable.Range(0, 1005).Select(i => new string(' ', i + 1) + "k:\n")));
        var before = TempDirectory.Snapshot(package);

        var result = Kpt("fn", "render", package, "--image-pull-policy", "never");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("nesting deeper than 1000 levels", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, TempDirectory.Snapshot(package));
    }

    [RequiresToolFact("kubectl", Requirements.DockerEngine)]
    public void Stderr_flood_of_a_thousand_errors_reaches_the_user_whole()
    {
        // Each server reads a ConfigMap that is not in the input: one error line (~330 bytes) per
        // server, ~330 KB in all, far beyond a pipe's buffer between the function, docker and kustomize.
        const int Servers = 1000;
        var servers = string.Join("---\n", Enumerable.Range(0, Servers).Select(i => $"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: numaflow-server-{i}
              labels: {"{"}app.kubernetes.io/part-of: numaflow{"}"}
            spec:
              template:
                spec:
                  containers:
                  - name: main
                    image: quay.io/numaproj/numaflow:v1.8.3
                    args: [server]
                    env:
                    - name: NUMAFLOW_SERVER_INSECURE
                      valueFrom: {"{"}configMapKeyRef: {"{"}name: numaflow-cmd-params-config, key: server.insecure, optional: true{"}}"}

            """));
        var folder = ExampleWithImage.Kustomization(Path.Combine(_scratch.Path, "flood"), images.Of(binary).Image, new Dictionary<string, string> { ["servers.yaml"] = servers });

        var result = Kustomize(folder);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Empty(result.Stdout);
        var errors = result.Stderr.Split('\n').Where(l => l.Contains("[error] apps/v1/Deployment/numaflow-server-", StringComparison.Ordinal)).ToArray();
        Assert.True(errors.Length == Servers, $"{errors.Length} error lines of {Servers}:\n{result}");
        Assert.All(Enumerable.Range(0, Servers), i => Assert.Contains(errors, l => l.Contains($"/numaflow-server-{i} ", StringComparison.Ordinal)));
    }

    public void Dispose() => _scratch.Dispose();

    private static ProcessResult Kustomize(string folder) =>
        new ProcessRunner { Timeout = TimeSpan.FromMinutes(3) }.Run(ToolLocator.Require("kubectl"), "kustomize", "--enable-alpha-plugins", folder);

    private ProcessResult Kpt(params string[] arguments) =>
        new ProcessRunner { WorkingDirectory = _scratch.Path, Timeout = TimeSpan.FromMinutes(3) }.Run(ToolLocator.Require("kpt"), arguments);
}
