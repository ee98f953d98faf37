using Krm.TestSupport;

namespace Krm.Tests.Package;

/// <summary>
/// examples/set-annotations, a second function written on the KrmFn.Sdk package alone: its golden
/// folders <c>testdata/&lt;case&gt;/{config,input,expected}.yaml</c> (input a plain stream, expected
/// the ResourceList the function writes for that input and config), and a run through real kpt.
/// Regenerate the golden files with <c>UPDATE_GOLDEN=1</c>, never silently.
/// </summary>
public sealed class SetAnnotationsExampleTests(ExampleBuild example) : IClassFixture<ExampleBuild>
{
    private static string TestData => Path.Combine(UpstreamFixtures.RepositoryRoot, "examples", "set-annotations", "testdata");

    public static TheoryData<string> Cases() => new(Directory.GetDirectories(TestData).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_the_golden_file(string name)
    {
        var dir = Path.Combine(TestData, name);
        var run = Run(dir);
        var expected = Path.Combine(dir, "expected.yaml");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllText(expected, run.Stdout);
        Assert.True(File.Exists(expected), $"{expected} is missing; create it with UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(expected), run.Stdout);
        Assert.Equal(run.Stdout.Contains("severity: error", StringComparison.Ordinal) ? 1 : 0, run.ExitCode);
    }

    [Fact]
    public void The_host_enforces_the_schema_of_function_yaml()
    {
        var config = "apiVersion: krmfn.dev/v1alpha1\nkind: SetAnnotations\nmetadata: {name: x}\nspec:\n  labels: {a: b}\n";
        var run = ProcessRun.Of(example.BinaryPath, [], ResourceList(config, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("spec.labels: unknown field (known: annotations)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Standalone_config_file_is_an_error_not_a_silent_no_op()
    {
        var config = Path.Combine(TestData, "workloads", "config.yaml");
        var run = ProcessRun.Of(example.BinaryPath, ["--config", config, Path.Combine(TestData, "workloads", "input.yaml")]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("needs its config as the ResourceList's functionConfig", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_the_projects_version_through_the_packages_build_targets()
    {
        var run = ProcessRun.Of(example.BinaryPath, ["--version"]);
        Assert.Equal("set-annotations 0.1.0\n", run.Stdout);
    }

    [RequiresKptFact]
    public void Kpt_fn_eval_writes_what_the_golden_file_says()
    {
        var kpt = ProcessRun.Find("kpt") ?? throw new InvalidOperationException("kpt is not on PATH; under CI=true this test fails");
        var dir = Path.Combine(TestData, "workloads");
        var scratch = Directory.CreateTempSubdirectory("set-annotations-kpt-");
        try
        {
            var package = Directory.CreateDirectory(Path.Combine(scratch.FullName, "package")).FullName;
            File.Copy(Path.Combine(dir, "input.yaml"), Path.Combine(package, "resources.yaml"));
            var run = ProcessRun.Of(kpt, ["fn", "eval", package, "--exec", example.BinaryPath, "--fn-config", Path.Combine(dir, "config.yaml")],
                workingDirectory: scratch.FullName);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(YamlData.Items(File.ReadAllText(Path.Combine(dir, "expected.yaml"))),
                YamlData.Documents(File.ReadAllText(Path.Combine(package, "resources.yaml"))));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private ProcessRun Run(string dir) =>
        ProcessRun.Of(example.BinaryPath, [], ResourceList(File.ReadAllText(Path.Combine(dir, "config.yaml")), File.ReadAllText(Path.Combine(dir, "input.yaml"))));

    /// <summary>The ResourceList an orchestrator sends: the input's documents as items, the config as functionConfig.</summary>
    private static string ResourceList(string config, string input)
    {
        var text = new System.Text.StringBuilder("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n");
        foreach (var document in input.Split("\n---\n"))
            text.Append(Indent(document.TrimEnd('\n'), "- "));
        return text.Append("functionConfig:\n").Append(Indent(config.TrimEnd('\n'), "  ")).ToString();
    }

    private static string Indent(string text, string first) =>
        string.Concat(text.Split('\n').Select((line, i) => line.Length == 0 ? "\n" : (i == 0 ? first : "  ") + line + "\n"));
}
