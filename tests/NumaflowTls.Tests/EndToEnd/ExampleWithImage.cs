namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// Copies of the examples that name the image under test instead of the published one (which
/// cannot be pulled here): the only line that differs from the example as shipped.
/// </summary>
public static class ExampleWithImage
{
    /// <summary><c>examples/kustomize</c> copied under <paramref name="scratch"/>; returns the copy's overlay folder.</summary>
    public static string KustomizeOverlay(TempDirectory scratch, string image, string name = "kustomize")
    {
        var copy = scratch.CopyOf(RepoPaths.Example("kustomize"), name);
        var config = Path.Combine(copy, "overlay", "tls.yaml");
        Replace(config, $"image: {FunctionImage.Of(config)}\n", $"image: {image}\n");
        return Path.Combine(copy, "overlay");
    }

    /// <summary>A kustomization in <paramref name="folder"/> of <paramref name="resources"/> (file name, text) and the example's function config naming the image.</summary>
    public static string Kustomization(string folder, string image, IReadOnlyDictionary<string, string> resources)
    {
        Directory.CreateDirectory(folder);
        var config = RepoPaths.Example("kustomize", "overlay", "tls.yaml");
        File.WriteAllText(
            Path.Combine(folder, "tls.yaml"),
            File.ReadAllText(config).Replace($"image: {FunctionImage.Of(config)}\n", $"image: {image}\n", StringComparison.Ordinal));
        foreach (var (name, content) in resources)
        {
            File.WriteAllText(Path.Combine(folder, name), content);
        }

        File.WriteAllText(Path.Combine(folder, "kustomization.yaml"), $"""
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources: [{string.Join(", ", resources.Keys)}]
            transformers: [tls.yaml]

            """);
        return folder;
    }

    /// <summary><c>examples/kpt/package</c> copied under <paramref name="scratch"/>, its pipeline running the image.</summary>
    public static string KptPackage(TempDirectory scratch, string image, string name = "package")
    {
        var copy = scratch.CopyOf(RepoPaths.Example("kpt", "package"), name);
        Replace(Path.Combine(copy, "Kptfile"), "- exec: numaflow-tls\n", $"- image: {image}\n", expected: 2);
        return copy;
    }

    private static void Replace(string file, string from, string to, int expected = 1)
    {
        var text = File.ReadAllText(file);
        Assert.Equal(expected, text.Split(from).Length - 1);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }
}
