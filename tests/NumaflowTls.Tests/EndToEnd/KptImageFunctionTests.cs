namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// kpt running the image through the real engine: <c>kpt fn render</c> of <c>examples/kpt/package</c>
/// with the image as mutator and as <c>validateOnly</c> validator, and <c>kpt fn eval --image</c>.
/// <c>--image-pull-policy never</c>: the image under test is local and nothing can be pulled.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class KptImageFunctionTests(PublishedBinary binary, FunctionImageBuild images) : IDisposable
{
    private static readonly ServerFields Http8080 = new("8080", "HTTP", null, "8080", "8080", "true", null);

    private readonly TempDirectory _scratch = new();

    [RequiresToolFact("kpt", Requirements.DockerEngine)]
    public void Render_with_the_image_as_mutator_and_validator_rewrites_only_tls_lines()
    {
        var package = ExampleWithImage.KptPackage(_scratch, images.Of(binary).Image);
        var before = TempDirectory.Snapshot(package);

        var result = Kpt("fn", "render", package, "--image-pull-policy", "never");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertOnlyTlsLinesChanged(before, package);
        Assert.Equal(Http8080, ServerFields.Of(Manifests.FromFiles(package)));
    }

    [RequiresToolFact("kpt", Requirements.DockerEngine)]
    public void Validator_image_fails_the_package_as_shipped_and_writes_nothing()
    {
        var package = ExampleWithImage.KptPackage(_scratch, images.Of(binary).Image);
        var kptfile = Path.Combine(package, "Kptfile");
        var text = File.ReadAllText(kptfile);
        File.WriteAllText(kptfile, text[..text.IndexOf("  mutators:", StringComparison.Ordinal)] + text[text.IndexOf("  validators:", StringComparison.Ordinal)..]);
        var before = TempDirectory.Snapshot(package);

        var result = Kpt("fn", "render", package, "--image-pull-policy", "never");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("[error]", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("livenessProbe.httpGet.port", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, TempDirectory.Snapshot(package));
    }

    [RequiresToolFact("kpt", Requirements.DockerEngine)]
    public void Eval_with_the_image_serves_http_8080_changing_only_tls_lines()
    {
        var package = _scratch.CopyOf(RepoPaths.Example("kpt", "package"), "package");
        var before = TempDirectory.Snapshot(package);

        var result = Kpt("fn", "eval", package, "--image", images.Of(binary).Image, "--image-pull-policy", "never", "--", "tls=disabled");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertOnlyTlsLinesChanged(before, package);
        Assert.Equal(Http8080, ServerFields.Of(Manifests.FromFiles(package)));
    }

    public void Dispose() => _scratch.Dispose();

    private static void AssertOnlyTlsLinesChanged(IReadOnlyDictionary<string, string> before, string package)
    {
        var after = TempDirectory.Snapshot(package);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, text) in before)
        {
            var changes = LineChanges.Between(text, after[file]);
            Assert.True(!changes.NonTlsLines().Any(), $"{file}: lines other than TLS settings changed:\n{changes}");
        }
    }

    private ProcessResult Kpt(params string[] arguments) =>
        new ProcessRunner { WorkingDirectory = _scratch.Path, Timeout = TimeSpan.FromMinutes(3) }.Run(ToolLocator.Require("kpt"), arguments);
}
