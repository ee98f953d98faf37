using System.Text;
using Krm.ResourceLists;
using NumaflowTls.Discovery;

namespace NumaflowTls.Tests.Discovery;

public class InstallFinderTests
{
    private static IReadOnlyList<ServerInstall> Find(string yaml) =>
        InstallFinder.Find(ResourceListReader.Read([new InputSource("test", Encoding.UTF8.GetBytes(yaml))]).Items);

    private static string Deployment(string name = "numaflow-server", string args = "[server]", string labels = "app.kubernetes.io/component: numaflow-ux",
        string image = "quay.io/numaproj/numaflow:v1.8.3", string? ns = null, string annotations = "", string env = "", string? command = null) => $"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {name}
        {(ns is null ? "" : "  namespace: " + ns + "\n")}{annotations}spec:
          template:
            metadata:
              labels:
                {labels}
            spec:
              containers:
                - name: main
                  image: {image}
                  {(command is null ? "" : "command: " + command + "\n          ")}args: {args}
        {env}
        """;

    private const string InsecureEnv = """
                  env:
                    - name: NUMAFLOW_SERVER_INSECURE
                      valueFrom:
                        configMapKeyRef: {name: numaflow-cmd-params-config, key: server.insecure, optional: true}

        """;

    [Theory]
    [InlineData("[server-init]")]
    [InlineData("[server-secrets-init]")]
    [InlineData("[dex-server-init]")]
    [InlineData("[daemon-server]")]
    [InlineData("[controller]")]
    [InlineData("[--insecure, server]")]
    public void Look_alike_containers_are_not_the_server(string args) =>
        Assert.Empty(Find(Deployment(args: args)));

    [Theory]
    [InlineData("[/bin/numaflow, server]", "[]")]
    [InlineData("[/bin/numaflow, server, --insecure]", "[--port=8080]")]
    [InlineData("[numaflow]", "[server]")]
    [InlineData("[]", "[server]")]
    public void The_server_is_found_by_the_effective_argv(string command, string args)
    {
        var install = Assert.Single(Find(Deployment(command: command, args: args)));
        Assert.Equal("server", install.CommandLine.Words[0]);
    }

    [Theory]
    [InlineData("[/bin/numaflow, server-init]", "[]")]
    [InlineData("[/bin/numaflow, daemon-server]", "[]")]
    [InlineData("[/bin/numaflow, dex-server-init]", "[]")]
    [InlineData("[/bin/numaflow]", "[server-secrets-init]")]
    [InlineData("[/bin/numaflow, controller]", "[server]")]
    [InlineData("[sh, -c]", "[numaflow server]")]
    public void Look_alike_command_lines_are_not_the_server(string command, string args) =>
        Assert.Empty(Find(Deployment(command: command, args: args)));

    [Fact]
    public void Flags_are_read_and_placed_where_they_are_written()
    {
        var line = Assert.Single(Find(Deployment(command: "[/bin/numaflow, server, --insecure]", args: "[-p, \"8080\"]"))).CommandLine;
        Assert.Equal(["server", "--insecure", "-p", "8080"], line.Words);
        Assert.Equal(("command", 2), (line.Place(1).Field, line.Place(1).Index));
        Assert.Equal(("args", 1), (line.Place(3).Field, line.Place(3).Index));
        Assert.Equal(("command", 2), (line.InsertAfterSubcommand().Field, line.InsertAfterSubcommand().Index));
    }

    [Fact]
    public void Args_server_with_a_ux_label_is_found_under_any_name_and_image() =>
        Assert.Single(Find(Deployment(name: "ui", image: "registry.local/ux:1")));

    [Theory]
    [InlineData("ux-server")]
    [InlineData("numaflow-ux")]
    public void Both_component_labels_are_signals(string component) =>
        Assert.Single(Find(Deployment(name: "ui", image: "registry.local/ux:1", labels: "app.kubernetes.io/component: " + component)));

    [Fact]
    public void The_name_after_kustomize_affixes_is_a_signal() =>
        Assert.Single(Find(Deployment(name: "acme-numaflow-server-prod", labels: "app: x", image: "registry.local/ux:1")));

    [Fact]
    public void The_image_repository_is_a_signal() =>
        Assert.Single(Find(Deployment(name: "ui", labels: "app: x", image: "quay.io/numaproj/numaflow@sha256:abc")));

    [Fact]
    public void Args_server_without_any_signal_is_not_taken() =>
        Assert.Empty(Find(Deployment(name: "web", labels: "app: x", image: "nginx:1.27")));

    [Fact]
    public void The_configmap_is_found_by_the_reference_name_in_the_same_namespace_only()
    {
        var yaml = Deployment(ns: "a", env: InsecureEnv) + """
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: numaflow-cmd-params-config, namespace: b}
            """;
        var install = Assert.Single(Find(yaml));
        Assert.Empty(install.ConfigMaps);
        Assert.Equal(["numaflow-cmd-params-config"], install.MissingConfigMaps);
    }

    [Fact]
    public void The_configmap_is_found_by_previous_names_when_kustomize_renamed_it()
    {
        var yaml = Deployment(env: InsecureEnv) + """
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: numaflow-cmd-params-config-7h2k9
              annotations:
                internal.config.kubernetes.io/previousNames: numaflow-cmd-params-config
            """;
        Assert.Equal("numaflow-cmd-params-config-7h2k9", Assert.Single(Find(yaml)).ConfigMaps["numaflow-cmd-params-config"].Name);
    }

    [Fact]
    public void The_configmap_is_found_by_the_deployments_prefix_annotation()
    {
        var yaml = Deployment(name: "acme-numaflow-server", annotations: "  annotations:\n    internal.config.kubernetes.io/prefixes: acme-\n", env: InsecureEnv) + """
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: acme-numaflow-cmd-params-config
            """;
        Assert.Equal("acme-numaflow-cmd-params-config", Assert.Single(Find(yaml)).ConfigMaps["numaflow-cmd-params-config"].Name);
    }

    [Fact]
    public void Services_are_those_whose_selector_is_a_subset_of_the_pod_labels()
    {
        var yaml = Deployment(labels: "{app.kubernetes.io/component: numaflow-ux, app: ux}") + """
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: subset}
            spec: {selector: {app: ux}, ports: [{port: 8443}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: superset}
            spec: {selector: {app: ux, tier: web}, ports: [{port: 8443}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: no-selector}
            spec: {ports: [{port: 8443}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: other-value}
            spec: {selector: {app: other}, ports: [{port: 8443}]}
            """;
        Assert.Equal(["subset"], Assert.Single(Find(yaml)).Services.Select(s => s.Name));
    }

    [Fact]
    public void Installs_in_different_namespaces_are_paired_with_their_own_resources()
    {
        var yaml = Deployment(ns: "a") + "---\n" + Deployment(ns: "b") + """
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: numaflow-server, namespace: b}
            spec: {selector: {app.kubernetes.io/component: numaflow-ux}, ports: [{port: 8443}]}
            """;
        var installs = Find(yaml);
        Assert.Equal(2, installs.Count);
        Assert.Empty(installs[0].Services);
        Assert.Equal("b", Assert.Single(installs[1].Services).Namespace);
    }

    [Fact]
    public void Ingresses_and_httproutes_are_those_pointing_at_the_service()
    {
        var yaml = Deployment() + """
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: numaflow-server}
            spec: {selector: {app.kubernetes.io/component: numaflow-ux}, ports: [{port: 8443}]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: ui}
            spec: {defaultBackend: {service: {name: numaflow-server, port: {number: 8443}}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: other}
            spec: {defaultBackend: {service: {name: other, port: {number: 8443}}}}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: ui}
            spec: {rules: [{backendRefs: [{name: numaflow-server, port: 8443}]}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: elsewhere}
            spec: {rules: [{backendRefs: [{name: numaflow-server, namespace: other, port: 8443}]}]}
            """;
        var install = Assert.Single(Find(yaml));
        Assert.Equal(["ui"], install.Ingresses.Select(i => i.Name));
        Assert.Equal(["ui"], install.HttpRoutes.Select(i => i.Name));
    }
}
