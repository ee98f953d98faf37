namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// <c>examples/shell</c>: the broken Helm output (chart 0.0.2 before fix 5cc34bf, insecure=true)
/// repaired in auto mode by <c>repair.sh</c>, then checked by the <c>gate.sh</c> CI gate. The
/// scripts call <c>numaflow-tls</c> from PATH, as a user's shell would.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ShellExampleTests(PublishedBinary binary) : IDisposable
{
    private static readonly string Shell = RepoPaths.Example("shell");

    private readonly TempDirectory _scratch = new();

    [Fact]
    public void Broken_helm_output_is_the_upstream_rendering_byte_for_byte() =>
        Assert.Equal(
            File.ReadAllBytes(RepoPaths.Fixture("helm-numaflow-0.0.2-8cac5f2-before-fix-insecure-true.yaml")),
            File.ReadAllBytes(Path.Combine(Shell, "broken-helm-output.yaml")));

    [Fact]
    public void Readme_first_command_runs_the_function_on_the_example_as_a_plain_stream()
    {
        // README: dotnet run --project src/NumaflowTls -- examples/shell/broken-helm-output.yaml
        var result = Run(binary.Path, "examples/shell/broken-helm-output.yaml");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("kind: ResourceList", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(InputIds(), Manifests.Ids(Manifests.FromStream(result.Stdout)));
    }

    [Fact]
    public void Repair_script_keeps_every_resource_from_file_and_from_stdin()
    {
        var fromFile = Run("sh", "examples/shell/repair.sh", "examples/shell/broken-helm-output.yaml");
        var fromStdin = Run("sh", ["examples/shell/repair.sh"], File.ReadAllText(Path.Combine(Shell, "broken-helm-output.yaml")));

        Assert.True(fromFile.ExitCode == 0, fromFile.ToString());
        Assert.True(fromStdin.ExitCode == 0, fromStdin.ToString());
        Assert.Equal(InputIds(), Manifests.Ids(Manifests.FromStream(fromFile.Stdout)));
        Assert.Equal(fromFile.Stdout, fromStdin.Stdout);
    }

    [Fact]
    public void Gate_passes_on_repaired_output()
    {
        var repaired = Path.Combine(_scratch.Path, "fixed.yaml");
        var repair = Run("sh", "examples/shell/repair.sh", "examples/shell/broken-helm-output.yaml");
        Assert.True(repair.ExitCode == 0, repair.ToString());
        File.WriteAllText(repaired, repair.Stdout);

        var gate = Run("sh", "examples/shell/gate.sh", repaired);

        Assert.True(gate.ExitCode == 0, gate.ToString());
    }

    public void Dispose() => _scratch.Dispose();

    private static IReadOnlyList<string> InputIds() =>
        Manifests.Ids(Manifests.FromStream(File.ReadAllText(Path.Combine(Shell, "broken-helm-output.yaml"))));

    private ProcessResult Run(string program, params string[] arguments) => Run(program, arguments, null);

    private ProcessResult Run(string program, string[] arguments, string? stdin) =>
        new ProcessRunner { PathPrefix = [binary.Directory] }.Run(program, arguments, stdin);
}
