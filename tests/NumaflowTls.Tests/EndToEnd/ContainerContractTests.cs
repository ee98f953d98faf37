using System.Runtime.Versioning;
using Krm.Testing;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// The image's runtime contract without a container engine: kustomize and kpt run a function as
/// <c>--user nobody --network none --security-opt=no-new-privileges</c> with no arguments and a
/// minimal environment (krm-contract.md, "Process"). <c>tests/tools/docker</c> reproduces that with
/// setpriv (uid/gid 65534), unshare -n (no network), env -i (no HOME, no PATH) and a root-owned
/// 0555 working directory; these tests prove the stand-in does so, then run the published binary
/// through it on the full upstream install.
/// </summary>
[Collection(EndToEndGroup.Name)]
[SupportedOSPlatform("linux")]
public sealed class ContainerContractTests(PublishedBinary binary) : IDisposable
{
    /// <summary>The argv kustomize v5.5 uses (kyaml fn/runtime/container), as logged from a real run.</summary>
    private static readonly string[] KustomizeDockerRun =
    [
        "run", "--rm", "-i", "-a", "STDIN", "-a", "STDOUT", "-a", "STDERR", "--network", "none",
        "--user", "nobody", "--security-opt=no-new-privileges",
        "-e", "LOG_TO_STDERR=true", "-e", "STRUCTURED_RESULTS=true", "example.test/numaflow-tls:e2e",
    ];

    private readonly TempDirectory _scratch = new();

    [RequiresToolFact("setpriv", "unshare")]
    public void Stand_in_runs_the_entrypoint_as_nobody_without_network_home_or_writable_cwd()
    {
        var probe = Path.Combine(_scratch.Path, "probe.sh");
        File.WriteAllText(probe, """
            #!/bin/sh
            echo "uid=$(id -u) gid=$(id -g)"
            echo "home=${HOME-unset}"
            echo "env=$(env | cut -d= -f1 | grep -v -x -e PWD -e SHLVL -e _ | sort | tr '\n' ' ')"
            echo "interfaces=$(tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' ' | sort | tr '\n' ' ')"
            if touch ./written 2>/dev/null; then echo "cwd=writable"; else echo "cwd=read-only"; fi
            echo "stdin=$(cat)"
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        File.SetUnixFileMode(probe, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var result = StandIn(probe, "piped through");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "uid=65534 gid=65534",
                "home=unset",
                "env=LOG_TO_STDERR STRUCTURED_RESULTS ",
                "interfaces=lo ",
                "cwd=read-only",
                "stdin=piped through",
            ],
            result.Stdout.TrimEnd('\n').Split('\n'));
    }

    [RequiresToolFact("setpriv", "unshare")]
    public void Stand_in_refuses_a_docker_command_line_it_does_not_reproduce()
    {
        var result = new ProcessRunner { Environment = StandInEnvironment(binary.Path) }
            .Run(Path.Combine(RepoPaths.Tools, "docker"), ["run", "--rm", "-i", "--privileged", "example.test/numaflow-tls:e2e"]);

        Assert.Equal(125, result.ExitCode);
        Assert.Contains("--privileged", result.Stderr, StringComparison.Ordinal);
    }

    [RequiresToolFact("setpriv", "unshare")]
    public void Published_binary_processes_the_full_upstream_install_as_the_image_would()
    {
        var documents = ResourceListText.Documents(File.ReadAllText(RepoPaths.Fixture("numaflow-v1.8.3-install.yaml")));
        var input = ResourceListText.Wrap(documents, """
            apiVersion: krmfn.dev/v1alpha1
            kind: NumaflowServerTLS
            metadata:
              name: server-tls
            spec:
              tls: disabled
            """);

        var result = StandIn(binary.Path, input);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        var items = Manifests.FromResourceList(result.Stdout);
        Assert.Equal(Manifests.Ids(documents.SelectMany(Manifests.FromStream)), Manifests.Ids(items));
    }

    [RequiresToolFact("setpriv", "unshare")]
    public void Output_under_the_container_contract_is_byte_identical_to_a_plain_run()
    {
        var input = ResourceListText.Wrap(
            ResourceListText.Documents(File.ReadAllText(RepoPaths.Fixture("helm-numaflow-0.0.2-8cac5f2-before-fix-insecure-true.yaml"))));

        var contained = StandIn(binary.Path, input);
        var plain = new ProcessRunner().Run(binary.Path, [], input);

        Assert.True(contained.ExitCode == 0, contained.ToString());
        Assert.Equal(plain.ExitCode, contained.ExitCode);
        Assert.Equal(plain.Stdout, contained.Stdout);
    }

    public void Dispose() => _scratch.Dispose();

    private static Dictionary<string, string?> StandInEnvironment(string entrypoint) => new()
    {
        ["DOCKER_STANDIN_BIN"] = entrypoint,
        ["DOCKER_STANDIN_IMAGE"] = "example.test/numaflow-tls:e2e",
    };

    private static ProcessResult StandIn(string entrypoint, string stdin) =>
        new ProcessRunner { Environment = StandInEnvironment(entrypoint) }
            .Run(Path.Combine(RepoPaths.Tools, "docker"), KustomizeDockerRun, stdin);
}
