namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// <c>kpt fn eval DIR --image IMAGE -- tls=disabled</c>: how most kpt users run a function, as an
/// image. kpt shells out to <c>docker</c>; <c>tests/tools/docker</c> is put first on PATH and runs
/// the published binary as the image would (there is no container engine here).
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class KptImageFunctionTests(PublishedBinary binary) : IDisposable
{
    private readonly TempDirectory _scratch = new();

    [RequiresToolFact("kpt", "setpriv", "unshare")]
    public void Eval_with_the_image_runs_it_as_nobody_without_network_and_serves_http_8080()
    {
        var image = FunctionImage.Of(RepoPaths.Example("kustomize", "overlay", "tls.yaml"));
        var package = _scratch.CopyOf(RepoPaths.Example("kpt", "package"), "package");
        var log = Path.Combine(_scratch.Path, "docker-argv.log");

        var result = new ProcessRunner
        {
            PathPrefix = [RepoPaths.Tools],
            WorkingDirectory = _scratch.Path,
            Environment = new Dictionary<string, string?>
            {
                ["DOCKER_STANDIN_BIN"] = binary.Path,
                ["DOCKER_STANDIN_IMAGE"] = image,
                ["DOCKER_STANDIN_LOG"] = log,
            },
        }.Run(ToolLocator.Require("kpt"), "fn", "eval", package, "--image", image, "--", "tls=disabled");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "docker version --format \\{\\{.Client.Version\\}\\}",
                $"docker run --rm -i --network none --user nobody --security-opt=no-new-privileges --pull missing {image}",
            ],
            File.ReadAllLines(log).Select(l => l.TrimEnd()));
        Assert.Equal(new ServerFields("8080", "HTTP", null, "8080", "8080", "true", null), ServerFields.Of(Manifests.FromFiles(package)));
    }

    public void Dispose() => _scratch.Dispose();
}
