namespace NumaflowTls.Tests.EndToEnd;

/// <summary>Reads the <c>config.kubernetes.io/function</c> annotation of a function config file.</summary>
public static class FunctionImage
{
    /// <summary>The <c>container.image</c> a kustomize function config names.</summary>
    public static string Of(string functionConfigFile)
    {
        var config = Assert.Single(Manifests.FromStream(File.ReadAllText(functionConfigFile)));
        var annotation = config.Get("metadata", "annotations", "config.kubernetes.io/function");
        Assert.NotNull(annotation);
        var spec = Assert.Single(Manifests.FromStream(annotation));
        var image = spec.Get("container", "image");
        Assert.False(string.IsNullOrEmpty(image), $"{functionConfigFile} names no container image");
        return image;
    }
}
