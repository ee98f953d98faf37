using Krm.Testing;
namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// The image run the way kustomize and kpt run it — <c>docker run --rm -i --network none --user
/// nobody --security-opt=no-new-privileges IMAGE</c>, no arguments — on the full 2.2 MB upstream
/// install: the same bytes out as the binary run directly.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ImageRunTests(PublishedBinary binary, FunctionImageBuild images)
{
    private static IReadOnlyList<string> Install() =>
        ResourceListText.Documents(File.ReadAllText(RepoPaths.Fixture("numaflow-v1.8.3-install.yaml")));

    [RequiresToolFact(Requirements.DockerEngine)]
    public void Install_as_a_resource_list_without_config_gives_the_bytes_of_a_direct_run() =>
        AssertSameAsDirectRun(ResourceListText.Wrap(Install()));

    [RequiresToolFact(Requirements.DockerEngine)]
    public void Install_with_a_function_config_gives_the_bytes_of_a_direct_run()
    {
        var input = ResourceListText.Wrap(Install(), """
            apiVersion: krmfn.dev/v1alpha1
            kind: NumaflowServerTLS
            metadata:
              name: server-tls
            spec:
              tls: disabled
            """);

        var contained = AssertSameAsDirectRun(input);

        Assert.Contains("server.insecure: \"true\"", contained.Stdout, StringComparison.Ordinal);
    }

    private ProcessResult AssertSameAsDirectRun(string input)
    {
        var contained = Docker.Run(
            ["run", "--rm", "-i", "--network", "none", "--user", "nobody", "--security-opt=no-new-privileges", images.Of(binary).Image],
            input);
        var direct = new ProcessRunner().Run(binary.Path, [], input);

        Assert.True(contained.ExitCode == 0, contained.ToString());
        Assert.Equal(direct.ExitCode, contained.ExitCode);
        Assert.Equal(direct.Stderr, contained.Stderr);
        Assert.True(direct.Stdout == contained.Stdout, $"stdout differs ({contained.Stdout.Length} vs {direct.Stdout.Length} chars)");
        Assert.Equal(Manifests.Ids(Install().SelectMany(Manifests.FromStream)), Manifests.Ids(Manifests.FromResourceList(contained.Stdout)));
        return contained;
    }
}
