using System.Text.RegularExpressions;

namespace NumaflowTls.Tests.Golden;

/// <summary>
/// The platform golden folders come in pairs (<c>platform-X-disabled</c>, <c>platform-X-enabled</c>): each is the
/// other's way back, byte for byte; <c>--validate</c> reports every change a run makes, and <c>-v</c> shows each.
/// </summary>
public partial class PlatformGoldenTests
{
    [GeneratedRegex(@"^(?<where>\S+ \[(?:info|error)\] \S+ \S+?):", RegexOptions.Multiline)]
    private static partial Regex ResultLine();

    public static TheoryData<string> Pairs()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(RepoPaths.GoldenData, "platform-*-disabled").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir)[..^"-disabled".Length]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_direction_is_the_other_ones_way_back(string name)
    {
        var off = Path.Combine(RepoPaths.GoldenData, name + "-disabled");
        var on = Path.Combine(RepoPaths.GoldenData, name + "-enabled");
        Assert.Equal(File.ReadAllText(Path.Combine(off, "expected.yaml")), File.ReadAllText(Path.Combine(on, "input.yaml")));
        Assert.Equal(File.ReadAllText(Path.Combine(off, "input.yaml")), File.ReadAllText(Path.Combine(on, "expected.yaml")));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Validate_reports_every_field_a_run_changes(string name)
    {
        foreach (var (mode, folder) in new[] { ("disabled", "-disabled"), ("enabled", "-enabled") })
        {
            var input = File.ReadAllText(Path.Combine(RepoPaths.GoldenData, name + folder, "input.yaml"));
            var verbose = FunctionRun.Invoke(input, "--tls", mode, "-v");
            var validate = FunctionRun.Invoke(input, "--tls", mode, "--validate");

            var changes = Fields(verbose.Stderr, "[info]");
            Assert.NotEmpty(changes);
            Assert.Equal(changes, Fields(validate.Stderr, "[error]"));
            Assert.Equal(1, validate.ExitCode);
            Assert.Equal("", validate.Stdout);
        }
    }

    [Fact]
    public void A_mixed_platform_follows_in_one_run_and_its_look_alikes_stay()
    {
        var dir = Path.Combine(RepoPaths.GoldenData, "platform-mixed-traefik-networkpolicy-istio-disabled");
        var run = FunctionRun.Invoke(File.ReadAllText(Path.Combine(dir, "input.yaml")), "--tls", "disabled", "-v");

        Assert.Contains("Service/numaflow-system/numaflow-server metadata.annotations[traefik.ingress.kubernetes.io/service.serversscheme]", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("NetworkPolicy/numaflow-system/numaflow-server-ingress spec.ingress[0].ports[0].port", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("NetworkPolicy/numaflow-system/numaflow-server-ingress spec.ingress[1].ports[0].port", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Deployment/numaflow-system/numaflow-server spec.template.metadata.annotations[traffic.sidecar.istio.io/excludeInboundPorts]", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("VirtualService/numaflow-system/numaflow-ui spec.http[1].route[0].destination.port.number", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("DestinationRule/numaflow-system/numaflow-server spec.trafficPolicy.portLevelSettings[0].tls.mode", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("other-app", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("controller-manager", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The resource and field of each result line at <paramref name="level"/>, severity left out.</summary>
    private static List<string> Fields(string stderr, string level) =>
        ResultLine().Matches(stderr).Select(m => m.Groups["where"].Value).Where(w => w.Contains(level, StringComparison.Ordinal))
            .Select(w => w.Replace(level, "", StringComparison.Ordinal)).ToList();
}
