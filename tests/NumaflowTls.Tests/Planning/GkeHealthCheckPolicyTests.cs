using NumaflowTls.Tests.Golden;

namespace NumaflowTls.Tests.Planning;

/// <summary>The HealthCheckPolicy cases a golden pair does not show: what the function will not decide for the user.</summary>
public class GkeHealthCheckPolicyTests
{
    private const string Install = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: numaflow-server, namespace: ns}
        spec:
          selector: {matchLabels: {app: ux}}
          template:
            metadata: {labels: {app: ux}}
            spec:
              containers:
                - name: main
                  image: quay.io/numaproj/numaflow:v1.8.3
                  args: [server]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: numaflow-server, namespace: ns}
        spec:
          selector: {app: ux}
          ports:
            - port: 8443
              targetPort: 8443
        ---

        """;

    private static string Policy(string config) => $"""
        apiVersion: networking.gke.io/v1
        kind: HealthCheckPolicy
        metadata: {"{"}name: hc, namespace: ns{"}"}
        spec:
          default:
            config:
        {config}
          targetRef: {"{"}group: "", kind: Service, name: numaflow-server{"}"}

        """;

    [Fact]
    public void Both_blocks_set_is_a_warning_and_neither_is_renamed()
    {
        var input = Install + Policy("      type: HTTPS\n      httpsHealthCheck: {port: 8443}\n      httpHealthCheck: {port: 8443}");

        var run = FunctionRun.Invoke(input, "--tls", "disabled");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("both httpsHealthCheck and httpHealthCheck are set", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("httpsHealthCheck: {port: 8443}", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("httpHealthCheck: {port: 8080}", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Http2_in_insecure_mode_is_a_warning_and_stays()
    {
        var input = Install + Policy("      type: HTTP2\n      http2HealthCheck: {port: 8443}");

        var run = FunctionRun.Invoke(input, "--tls", "disabled");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("config.type HTTP2 is HTTP/2 over TLS", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("type: HTTP2", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_for_another_service_is_never_touched()
    {
        var policy = Policy("      type: HTTPS\n      httpsHealthCheck: {port: 8443}").Replace("name: numaflow-server}", "name: other}", StringComparison.Ordinal);

        var run = FunctionRun.Invoke(Install + policy, "--tls", "disabled");

        Assert.EndsWith(policy, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_name_follows_the_renamed_service_port()
    {
        var install = Install.Replace("    - port: 8443\n      targetPort: 8443", "    - name: https\n      port: 8443\n      targetPort: 8443", StringComparison.Ordinal);
        var input = install + Policy("      type: HTTPS\n      httpsHealthCheck:\n        portSpecification: USE_NAMED_PORT\n        portName: https");

        var run = FunctionRun.Invoke(input, "--tls", "disabled");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("    - name: http\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("      httpHealthCheck:\n        portSpecification: USE_NAMED_PORT\n        portName: http\n", run.Stdout, StringComparison.Ordinal);
    }
}
