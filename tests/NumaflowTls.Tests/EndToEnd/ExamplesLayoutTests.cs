namespace NumaflowTls.Tests.EndToEnd;

/// <summary>The examples are documentation: each folder has a README, and the manifests are the real upstream files.</summary>
public sealed class ExamplesLayoutTests
{
    public static TheoryData<string, string> UpstreamCopies => new()
    {
        { "kustomize/base/numaflow-server-deployment.yaml", "numaflow-v1.8.3-base-numaflow-server-deployment.yaml" },
        { "kustomize/base/numaflow-server-service.yaml", "numaflow-v1.8.3-base-numaflow-server-service.yaml" },
        { "kustomize/base/numaflow-cmd-params-config.yaml", "numaflow-v1.8.3-base-numaflow-cmd-params-config.yaml" },
        { "kpt/package/numaflow-server-deployment.yaml", "numaflow-v1.8.3-base-numaflow-server-deployment.yaml" },
        { "kpt/package/numaflow-server-service.yaml", "numaflow-v1.8.3-base-numaflow-server-service.yaml" },
        { "kpt/package/numaflow-cmd-params-config.yaml", "numaflow-v1.8.3-base-numaflow-cmd-params-config.yaml" },
        { "shell/broken-helm-output.yaml", "helm-numaflow-0.0.2-8cac5f2-before-fix-insecure-true.yaml" },
    };

    [Theory]
    [MemberData(nameof(UpstreamCopies))]
    public void Example_manifest_is_the_upstream_file_byte_for_byte(string example, string fixture) =>
        Assert.Equal(File.ReadAllBytes(RepoPaths.Fixture(fixture)), File.ReadAllBytes(RepoPaths.Example(example.Split('/'))));

    [Fact]
    public void Every_example_folder_has_a_readme()
    {
        var folders = Directory.GetDirectories(RepoPaths.Examples);
        Assert.NotEmpty(folders);
        Assert.All(folders, folder => Assert.True(File.Exists(Path.Combine(folder, "README.md")), $"{folder} has no README.md"));
    }

    [Fact]
    public void Kustomize_container_and_exec_variants_differ_only_in_how_the_function_runs()
    {
        var container = Manifests.FromStream(File.ReadAllText(RepoPaths.Example("kustomize", "overlay", "tls.yaml"))).Single();
        var exec = Manifests.FromStream(File.ReadAllText(RepoPaths.Example("kustomize", "overlay-exec", "tls.yaml"))).Single();
        Assert.Equal(container.Find("spec")!.ToString(), exec.Find("spec")!.ToString());
        Assert.Contains("exec:", exec.Get("metadata", "annotations", "config.kubernetes.io/function"), StringComparison.Ordinal);
        Assert.Equal(
            File.ReadAllLines(RepoPaths.Example("kustomize", "overlay", "kustomization.yaml")).Where(l => !l.StartsWith('#')),
            File.ReadAllLines(RepoPaths.Example("kustomize", "overlay-exec", "kustomization.yaml")).Where(l => !l.StartsWith('#')));
    }
}
