namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// The TLS-related fields of one UX server install, read from final output: probe, container
/// port, Service port and the ConfigMap keys, which must all agree with the mode.
/// </summary>
public sealed record ServerFields(
    string? ProbePort, string? ProbeScheme, string? ContainerPort,
    string? ServicePort, string? ServiceTargetPort, string? ConfigMapInsecure, string? ConfigMapPort)
{
    /// <summary>Reads the fields; <paramref name="prefix"/> is a kustomize namePrefix.</summary>
    public static ServerFields Of(IReadOnlyList<Manifest> manifests, string prefix = "")
    {
        var deployment = Manifests.The(manifests, "Deployment", prefix + "numaflow-server");
        var main = Manifest.Named(deployment.Find("spec", "template", "spec", "containers"), "main");
        Assert.NotNull(main);
        var server = new Manifest(main);
        var service = Manifests.The(manifests, "Service", prefix + "numaflow-server");
        var configMap = Manifests.The(manifests, "ConfigMap", prefix + "numaflow-cmd-params-config");
        return new ServerFields(
            server.Get("livenessProbe", "httpGet", "port"),
            server.Get("livenessProbe", "httpGet", "scheme"),
            server.Get("ports", 0, "containerPort"),
            service.Get("spec", "ports", 0, "port"),
            service.Get("spec", "ports", 0, "targetPort"),
            configMap.Get("data", "server.insecure"),
            configMap.Get("data", "server.port"));
    }
}
