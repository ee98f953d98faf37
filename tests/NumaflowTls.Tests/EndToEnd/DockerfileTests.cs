using System.Text.Json;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// The Dockerfile's structure: what the engine cannot show from one build. The image tests
/// (<see cref="ImageConfigTests"/>) build its prebuilt target; these prove the release target
/// that ships ends in the very same runtime stage, so the tested image and the shipped one
/// differ only in where the binary was compiled.
/// </summary>
public sealed class DockerfileTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(RepoPaths.Root, "Dockerfile"));

    private static readonly IReadOnlyList<DockerfileInstruction> Instructions = DockerfileInstruction.Parse(Text);

    /// <summary>The stages in order, each with its name ("" when unnamed) and instructions (FROM first).</summary>
    private static List<(string Name, List<DockerfileInstruction> Body)> Stages()
    {
        var stages = new List<(string Name, List<DockerfileInstruction> Body)>();
        foreach (var instruction in Instructions)
        {
            if (instruction.Keyword == "FROM")
            {
                var words = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                stages.Add((words.Length == 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : "", []));
            }

            if (stages.Count > 0)
            {
                stages[^1].Body.Add(instruction);
            }
        }

        return stages;
    }

    private static List<DockerfileInstruction> Stage(string name) => Assert.Single(Stages(), s => s.Name == name).Body;

    [Fact]
    public void Build_stage_publishes_native_aot_for_the_target_arch_with_its_prerequisites()
    {
        var build = Stage("build");
        Assert.Equal("${SDK_IMAGE} AS build", build[0].Arguments);
        Assert.Contains(build, i => i.Keyword == "ARG" && i.Arguments == "TARGETARCH");
        var runs = string.Join('\n', build.Where(i => i.Keyword == "RUN").Select(i => i.Arguments));
        Assert.Contains("clang", runs, StringComparison.Ordinal);
        Assert.Contains("zlib1g-dev", runs, StringComparison.Ordinal);
        // The classic builder sets no TARGETARCH: the shell default stands in for it.
        Assert.Contains("case \"${TARGETARCH:-amd64}\" in", runs, StringComparison.Ordinal);
        Assert.Contains("amd64) rid=linux-x64", runs, StringComparison.Ordinal);
        Assert.Contains("arm64) rid=linux-arm64", runs, StringComparison.Ordinal);
        Assert.Contains("dotnet publish src/NumaflowTls -c Release -r \"$rid\" -o /out", runs, StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_stage_is_the_base_run_as_nobody_with_an_exec_form_entrypoint_and_nothing_else()
    {
        var runtime = Stage("runtime");
        Assert.Equal("${RUNTIME_IMAGE} AS runtime", runtime[0].Arguments);
        Assert.Contains(Instructions, i => i.Keyword == "ARG" && i.Arguments.StartsWith("RUNTIME_IMAGE=gcr.io/distroless/", StringComparison.Ordinal));
        Assert.Equal(["FROM", "ARG", "ARG", "LABEL", "USER", "WORKDIR", "ENTRYPOINT"], runtime.Select(i => i.Keyword));
        Assert.Equal("65534:65534", Assert.Single(runtime, i => i.Keyword == "USER").Arguments);

        // Exec form (a JSON array): the image has no shell to run a shell-form entrypoint.
        var entrypoint = JsonSerializer.Deserialize(Assert.Single(runtime, i => i.Keyword == "ENTRYPOINT").Arguments, StringArrayContext.Default.StringArray);
        Assert.NotNull(entrypoint);
        Assert.Equal(["/usr/local/bin/numaflow-tls"], entrypoint);
    }

    [Fact]
    public void Release_and_prebuilt_both_end_in_the_runtime_stage_adding_only_the_binary()
    {
        var release = Stage("release");
        var prebuilt = Stage("prebuilt");

        Assert.Equal("release", Stages()[^1].Name); // the default target: what a plain build ships
        Assert.Equal("runtime AS release", release[0].Arguments);
        Assert.Equal("runtime AS prebuilt", prebuilt[0].Arguments);
        Assert.Equal(["FROM", "COPY"], release.Select(i => i.Keyword));
        Assert.Equal(["FROM", "ARG", "COPY"], prebuilt.Select(i => i.Keyword));
        Assert.Equal("--from=build /out/numaflow-tls /usr/local/bin/numaflow-tls", release[1].Arguments);
        Assert.Equal("PREBUILT=out/numaflow-tls", prebuilt[1].Arguments);
        Assert.Equal("${PREBUILT} /usr/local/bin/numaflow-tls", prebuilt[2].Arguments);
    }

    [Fact]
    public void Prebuilt_comes_before_the_sdk_stage_the_classic_builder_would_otherwise_build()
    {
        var names = Stages().Select(s => s.Name).ToList();
        Assert.Equal(["runtime", "prebuilt", "build", "release"], names);
    }

    [Fact]
    public void Dockerfile_uses_nothing_the_classic_builder_lacks()
    {
        Assert.DoesNotContain("# syntax=", Text, StringComparison.Ordinal);
        foreach (var buildKitOnly in new[] { "--chmod", "--mount", "--link", "--parents", "--exclude", "<<" })
        {
            Assert.DoesNotContain(Instructions, i => i.Arguments.Contains(buildKitOnly, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Runtime_image_carries_the_oci_labels()
    {
        var labels = string.Join(' ', Stage("runtime").Where(i => i.Keyword == "LABEL").Select(i => i.Arguments));
        foreach (var key in new[] { "title", "description", "version", "revision", "source", "licenses" })
        {
            Assert.Contains($"org.opencontainers.image.{key}=", labels, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Docker_context_excludes_host_build_output_but_the_published_binary()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".dockerignore"));
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("artifacts/", ignored);
        Assert.Contains("out/*", ignored);
        Assert.Contains("!out/numaflow-tls", ignored);
        Assert.DoesNotContain("src/", ignored);
    }
}
