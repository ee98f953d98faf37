using NumaflowTls.Tests.Golden;

namespace NumaflowTls.Tests.Planning;

/// <summary>One planning rule per test, on the smallest manifest that shows it.</summary>
public class PlannerBehaviourTests
{
    private static string Server(string container, string extra = "") => $"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: numaflow-server
        spec:
          template:
            metadata:
              labels:
                app.kubernetes.io/component: numaflow-ux
            spec:
              containers:
                - name: main
                  image: quay.io/numaproj/numaflow:v1.8.3
        {container}
        {extra}
        """;

    private static FunctionRun Run(string yaml, params string[] args) => FunctionRun.Invoke(yaml, args);

    [Fact]
    public void Disabled_mode_moves_probe_to_http_8080()
    {
        var run = Run(Server("""
                      args: [server]
                      livenessProbe:
                        httpGet: {path: /livez, port: 8443, scheme: HTTPS}
            """), "--tls", "disabled");
        Assert.Contains("httpGet: {path: /livez, port: 8080, scheme: HTTP}", run.Stdout);
        Assert.Contains("args: [server, --insecure]", run.Stdout);
    }

    [Fact]
    public void Enabled_mode_writes_https_scheme_explicitly_on_a_probe_without_one()
    {
        var run = Run(Server("""
                      args: [server, --insecure]
                      readinessProbe:
                        httpGet:
                          path: /livez
                          port: 8080
            """), "--tls", "enabled");
        Assert.Matches(@"path: /livez\n +port: 8443\n +scheme: HTTPS\n", run.Stdout);
        Assert.Contains("args: [server]", run.Stdout);
    }

    [Fact]
    public void Insecure_on_a_custom_port_writes_the_port_flag_because_the_server_ignores_the_env_port()
    {
        var run = Run(Server("""
                      args: [server]
                      env:
                        - name: NUMAFLOW_SERVER_INSECURE
                          value: "true"
                        - name: NUMAFLOW_SERVER_PORT_NUMBER
                          value: "9090"
            """), "--tls", "disabled", "--port", "9090");
        Assert.Contains("args: [server, --port=9090]", run.Stdout);
        Assert.Contains("--port=9090", run.Stderr + run.Stdout);
    }

    [Fact]
    public void Tls_on_a_custom_port_uses_a_literal_env_when_there_is_one()
    {
        var run = Run(Server("""
                      args: [server]
                      env:
                        - name: NUMAFLOW_SERVER_PORT_NUMBER
                          value: "8443"
            """), "--tls", "enabled", "--port", "9443");
        Assert.Contains("value: \"9443\"", run.Stdout);
        Assert.Contains("args: [server]", run.Stdout);
    }

    [Fact]
    public void Tcp_socket_probe_moves_its_port_and_gets_no_scheme()
    {
        var run = Run(Server("""
                      args: [server]
                      startupProbe:
                        tcpSocket: {port: 8443}
            """), "--tls", "disabled");
        Assert.Contains("tcpSocket: {port: 8080}", run.Stdout);
        Assert.DoesNotContain("scheme", run.Stdout);
    }

    [Fact]
    public void No_probe_and_no_ports_list_are_added()
    {
        var run = Run(Server("""
                      args: [server]
            """), "--tls", "disabled");
        Assert.DoesNotContain("Probe", run.Stdout);
        Assert.DoesNotContain("ports", run.Stdout);
    }

    [Fact]
    public void Other_containers_and_init_containers_are_never_touched()
    {
        var run = Run(Server("""
                      args: [server]
                      livenessProbe:
                        httpGet: {path: /livez, port: 8443, scheme: HTTPS}
                    - name: metrics-proxy
                      image: nginx
                      livenessProbe:
                        httpGet: {path: /, port: 8443, scheme: HTTPS}
                  initContainers:
                    - name: server-init
                      image: quay.io/numaproj/numaflow:v1.8.3
                      args: [server-init, --port=8443]
            """), "--tls", "disabled");
        Assert.Contains("httpGet: {path: /, port: 8443, scheme: HTTPS}", run.Stdout);
        Assert.Contains("args: [server-init, --port=8443]", run.Stdout);
    }

    [Fact]
    public void An_invalid_configmap_boolean_is_an_error_in_auto_and_nothing_changes()
    {
        var yaml = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: numaflow-cmd-params-config}
            data: {server.insecure: "yes"}
            ---

            """ + Server("""
                      args: [server]
                      env:
                        - name: NUMAFLOW_SERVER_INSECURE
                          valueFrom: {configMapKeyRef: {name: numaflow-cmd-params-config, key: server.insecure, optional: true}}
                      livenessProbe:
                        httpGet: {path: /livez, port: 8443, scheme: HTTPS}
            """);
        var run = Run(yaml, "--tls", "auto");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("panics", run.Stderr);
        Assert.Empty(run.Stdout); // standalone: an error leaves stdout empty, so nothing half-fixed is applied
    }

    [Fact]
    public void An_invalid_configmap_boolean_is_rewritten_in_an_explicit_mode_with_a_warning()
    {
        var yaml = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: numaflow-cmd-params-config}
            data: {server.insecure: "yes"}
            ---

            """ + Server("""
                      args: [server]
                      env:
                        - name: NUMAFLOW_SERVER_INSECURE
                          valueFrom: {configMapKeyRef: {name: numaflow-cmd-params-config, key: server.insecure, optional: true}}
            """);
        var run = Run(yaml, "--tls", "enabled");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("data: {server.insecure: \"false\"}", run.Stdout);
        Assert.Contains("[warning]", run.Stderr);
    }

    [Fact]
    public void Validate_only_changes_nothing_and_fails_on_each_disagreeing_field()
    {
        var yaml = Server("""
                      args: [server]
                      livenessProbe:
                        httpGet: {path: /livez, port: 8443, scheme: HTTPS}
            """);
        var run = Run(yaml, "--tls", "disabled", "--validate");
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Stdout); // standalone: an error leaves stdout empty, so nothing half-fixed is applied
        Assert.Equal(3, run.Stderr.Split('\n').Count(l => l.Contains("[error]", StringComparison.Ordinal)));
    }
}
