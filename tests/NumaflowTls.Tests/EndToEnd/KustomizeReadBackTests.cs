namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// What the container function writes, kustomize must parse back as it sent it: an item full of
/// strings that plain YAML reads as numbers, booleans, nulls or dates, block scalars and odd keys
/// comes out of the build through the real engine as from the same build without the function,
/// and nothing but TLS lines differ.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class KustomizeReadBackTests(PublishedBinary binary, FunctionImageBuild images) : IDisposable
{
    private const string Tricky = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: tricky
          annotations:
            "yes": "no"
            empty: ""
        data:
          octal: "0777"
          float: "1e3"
          hex: "0x1F"
          bool: "true"
          "on": "off"
          "null": "null"
          tilde: "~"
          date: "2024-01-01"
          colon: "a: b # not a comment"
          unicode: "Grüße, 東京"
          script: |
            #!/bin/sh
            echo "tabs	and  spaces"
          folded: >-
            one
            two

        """;

    private readonly TempDirectory _scratch = new();

    [RequiresToolFact("kubectl", Requirements.DockerEngine)]
    public void Item_of_look_alike_strings_reads_back_as_kustomize_sent_it()
    {
        // With the example's server, so the function has something to change: proof that it ran.
        var resources = Directory.EnumerateFiles(RepoPaths.Example("kustomize", "base"), "numaflow-*.yaml")
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
        resources["tricky.yaml"] = Tricky;
        var withFunction = ExampleWithImage.Kustomization(Path.Combine(_scratch.Path, "with"), images.Of(binary).Image, resources);
        var without = ExampleWithImage.Kustomization(Path.Combine(_scratch.Path, "without"), images.Of(binary).Image, resources);
        var kustomization = Path.Combine(without, "kustomization.yaml");
        File.WriteAllText(kustomization, File.ReadAllText(kustomization).Replace("transformers: [tls.yaml]\n", "", StringComparison.Ordinal));

        var built = Kustomize(withFunction);
        var plain = Kustomize(without);

        Assert.True(built.ExitCode == 0, built.ToString());
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Contains("octal: \"0777\"", plain.Stdout, StringComparison.Ordinal);
        var changes = LineChanges.Between(plain.Stdout, built.Stdout);
        Assert.False(changes.IsEmpty, "the function changed nothing: did it run?");
        Assert.True(!changes.NonTlsLines().Any(), $"lines other than TLS settings changed:\n{changes}");
        var tricky = plain.Stdout[plain.Stdout.IndexOf("  name: tricky", StringComparison.Ordinal)..];
        Assert.Contains(tricky[..tricky.IndexOf("---", StringComparison.Ordinal)], built.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _scratch.Dispose();

    private static ProcessResult Kustomize(string folder) =>
        new ProcessRunner().Run(ToolLocator.Require("kubectl"), "kustomize", "--enable-alpha-plugins", folder);
}
