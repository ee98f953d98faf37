using System.Text.Json;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// The image cannot be built here (no container engine), so its contract is checked on the
/// Dockerfile's text, and ContainerContractTests runs the same binary the way the image does.
/// The two meet at the ENTRYPOINT path, which tests/tools/docker reproduces.
/// </summary>
public sealed class DockerfileTests
{
    private static readonly IReadOnlyList<DockerfileInstruction> Instructions =
        DockerfileInstruction.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "Dockerfile")));

    private static List<List<DockerfileInstruction>> Stages()
    {
        var stages = new List<List<DockerfileInstruction>>();
        foreach (var instruction in Instructions)
        {
            if (instruction.Keyword == "FROM")
            {
                stages.Add([]);
            }

            if (stages.Count > 0)
            {
                stages[^1].Add(instruction);
            }
        }

        return stages;
    }

    [Fact]
    public void Build_stage_publishes_native_aot_for_the_target_arch_with_its_prerequisites()
    {
        var build = Stages()[0];
        Assert.EndsWith(" AS build", build[0].Arguments, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(build, i => i.Keyword == "ARG" && i.Arguments == "TARGETARCH");
        var runs = string.Join('\n', build.Where(i => i.Keyword == "RUN").Select(i => i.Arguments));
        Assert.Contains("clang", runs, StringComparison.Ordinal);
        Assert.Contains("zlib1g-dev", runs, StringComparison.Ordinal);
        Assert.Contains("amd64) rid=linux-x64", runs, StringComparison.Ordinal);
        Assert.Contains("arm64) rid=linux-arm64", runs, StringComparison.Ordinal);
        Assert.Contains("dotnet publish src/NumaflowTls -c Release -r \"$rid\" -o /out", runs, StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_stage_is_the_binary_alone_run_as_nobody_with_an_exec_form_entrypoint()
    {
        var stages = Stages();
        Assert.True(stages.Count >= 2, "multi-stage: a build stage and a runtime stage");
        var runtime = stages[^1];
        Assert.Equal("${RUNTIME_IMAGE}", runtime[0].Arguments);
        Assert.Contains(Instructions, i => i.Keyword == "ARG" && i.Arguments.StartsWith("RUNTIME_IMAGE=gcr.io/distroless/", StringComparison.Ordinal));
        Assert.DoesNotContain(runtime, i => i.Keyword is "RUN" or "CMD" or "SHELL");
        var copy = Assert.Single(runtime, i => i.Keyword == "COPY");
        Assert.Equal("--from=build --chmod=0755 /out/numaflow-tls /usr/local/bin/numaflow-tls", copy.Arguments);
        Assert.Equal("65534:65534", Assert.Single(runtime, i => i.Keyword == "USER").Arguments);

        // Exec form (a JSON array): the image has no shell to run a shell-form entrypoint.
        var entrypoint = JsonSerializer.Deserialize(Assert.Single(runtime, i => i.Keyword == "ENTRYPOINT").Arguments, StringArrayContext.Default.StringArray);
        Assert.NotNull(entrypoint);
        Assert.Equal(["/usr/local/bin/numaflow-tls"], entrypoint);
    }

    [Fact]
    public void Docker_stand_in_runs_the_binary_at_the_entrypoint_path()
    {
        var standIn = File.ReadAllText(Path.Combine(RepoPaths.Tools, "docker"));
        Assert.Contains("\"$root/usr/local/bin/numaflow-tls\"", standIn, StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_image_carries_the_oci_labels()
    {
        var labels = string.Join(' ', Stages()[^1].Where(i => i.Keyword == "LABEL").Select(i => i.Arguments));
        foreach (var key in new[] { "title", "description", "version", "revision", "source", "licenses" })
        {
            Assert.Contains($"org.opencontainers.image.{key}=", labels, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Docker_context_excludes_host_build_output()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".dockerignore"));
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("artifacts/", ignored);
        Assert.DoesNotContain("src/", ignored);
    }
}
