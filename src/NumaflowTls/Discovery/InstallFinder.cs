using Krm.ResourceLists;
using Krm.Yaml;
using NumaflowTls.Model;

namespace NumaflowTls.Discovery;

/// <summary>
/// Finds every numaflow-server install in the input by what its container runs, never by a
/// hard-coded name alone (kustomize prefixes and suffixes, old releases and users rename things),
/// each install paired with the resources of its own namespace.
/// </summary>
public static class InstallFinder
{
    private const string ServerBaseName = "numaflow-server";
    private static readonly string[] UxComponents = ["numaflow-ux", "ux-server"];
    private static readonly string[] ProbeKinds = ["livenessProbe", "readinessProbe", "startupProbe"];

    /// <summary>
    /// The kinds whose content discovery reads for every resource: the host builds them at once
    /// instead of deferring them until read. A ConfigMap's data is read only for the server's own, found by name.
    /// </summary>
    public static IReadOnlySet<string> KindsRead { get; } = new HashSet<string>(["Deployment", "Service", "Ingress", "HTTPRoute", "ConfigMap", .. PlatformObjects.Kinds], StringComparer.Ordinal);

    public static IReadOnlyList<ServerInstall> Find(IReadOnlyList<KrmResource> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var installs = new List<ServerInstall>();
        // Grouped once: scanning every item for every install would make discovery quadratic in
        // the number of installs (bench/run's 10,000-item input holds 1,000).
        var byNamespace = items.ToLookup(i => i.Namespace);
        foreach (var item in items)
        {
            if (item.Kind != "Deployment" || !item.ApiVersion.StartsWith("apps/", StringComparison.Ordinal))
                continue;
            if (FindServerContainer(item) is not var (podSpec, container, commandLine, path))
                continue;
            installs.Add(Assemble(byNamespace[item.Namespace], item, podSpec, container, commandLine, path));
        }
        return installs;
    }

    public static IEnumerable<string> ProbeNames => ProbeKinds;

    /// <summary>The container whose effective argv runs <c>numaflow server</c>, when the Deployment also carries a numaflow signal.</summary>
    private static (YamlNode PodSpec, YamlNode Container, ServerCommandLine CommandLine, string Path)? FindServerContainer(KrmResource deployment)
    {
        var template = deployment.Node.At("spec", "template");
        var podSpec = template?["spec"];
        if (podSpec?["containers"] is not { } containers)
            return null;
        foreach (var container in containers.Items)
        {
            if (ServerCommandLine.Read(container) is not { } commandLine)
                continue;
            if (!HasNumaflowSignal(deployment, template!, container))
                continue;
            var name = container.GetString("name") ?? "";
            return (podSpec, container, commandLine, $"spec.template.spec.containers[name={name}]");
        }
        return null;
    }

    private static bool HasNumaflowSignal(KrmResource deployment, YamlNode template, YamlNode container)
    {
        var component = template.At("metadata", "labels")?.GetString("app.kubernetes.io/component");
        if (component is not null && UxComponents.Contains(component))
            return true;
        if (KustomizeNames.IsNamed(deployment, ServerBaseName))
            return true;
        return ImageRepository(container.GetString("image")).EndsWith("numaproj/numaflow", StringComparison.Ordinal);
    }

    private static string ImageRepository(string? image)
    {
        if (image is null)
            return "";
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
            image = image[..at];
        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        return colon > slash ? image[..colon] : image;
    }

    private static ServerInstall Assemble(IEnumerable<KrmResource> sameNamespace, KrmResource deployment, YamlNode podSpec, YamlNode container,
        ServerCommandLine commandLine, string path)
    {
        var configMaps = new Dictionary<string, KrmResource>();
        var missing = new List<string>();
        foreach (var name in ReferencedConfigMaps(container))
        {
            if (FindConfigMap(sameNamespace, deployment, name) is { } cm)
                configMaps[name] = cm;
            else
                missing.Add(name);
        }

        var podLabels = PodLabels(deployment);
        var services = sameNamespace.Where(i => i.Kind == "Service" && i.ApiVersion == "v1" && Selects(i, podLabels)).ToList();
        var serviceNames = services.SelectMany(KustomizeNames.AllNames).ToHashSet();
        var ingresses = sameNamespace
            .Where(i => i.Kind == "Ingress" && i.ApiVersion == "networking.k8s.io/v1" && BackendServices.OfIngress(i).Any(b => serviceNames.Contains(b.ServiceName)))
            .ToList();
        var routes = sameNamespace
            .Where(i => i.Kind == "HTTPRoute" && i.ApiVersion.StartsWith("gateway.networking.k8s.io/", StringComparison.Ordinal)
                && BackendServices.OfHttpRoute(i).Any(b => serviceNames.Contains(b.ServiceName)))
            .ToList();
        return new ServerInstall(deployment, podSpec, container, commandLine, path, configMaps, missing, services, ingresses, routes)
        {
            Platform = PlatformObjects.Among(sameNamespace),
        };
    }

    /// <summary>The ConfigMaps the server's own port/scheme settings come from (insecure first, then port, then address).</summary>
    private static IEnumerable<string> ReferencedConfigMaps(YamlNode container) =>
        ContainerReader.Env(container)
            .OfType<ConfigMapKeyEnv>()
            .Where(e => e.Name is ServerEnv.Insecure or ServerEnv.Port or ServerEnv.Address && e.ConfigMapName.Length > 0)
            .OrderBy(e => e.Name switch { ServerEnv.Insecure => 0, ServerEnv.Port => 1, _ => 2 })
            .Select(e => e.ConfigMapName)
            .Distinct();

    /// <summary>
    /// By exact name, by <c>previousNames</c>, or by the prefix/suffix the Deployment got: during a
    /// kustomize transformer run the ConfigMap is already renamed while the reference is not.
    /// </summary>
    private static KrmResource? FindConfigMap(IEnumerable<KrmResource> sameNamespace, KrmResource deployment, string name)
    {
        var configMaps = sameNamespace.Where(i => i.Kind == "ConfigMap" && i.ApiVersion == "v1").ToList();
        var byName = configMaps.FirstOrDefault(c => c.Name == name)
            ?? configMaps.FirstOrDefault(c => KustomizeNames.List(c, KustomizeNames.PreviousNames).Contains(name));
        if (byName is not null)
            return byName;
        if (KustomizeNames.Affixes(deployment, ServerBaseName) is var (prefix, suffix) && (prefix.Length > 0 || suffix.Length > 0))
            return configMaps.FirstOrDefault(c => c.Name == prefix + name + suffix);
        return null;
    }

    private static Dictionary<string, string> PodLabels(KrmResource deployment)
    {
        var labels = new Dictionary<string, string>();
        var template = deployment.Node.At("spec", "template", "metadata", "labels");
        foreach (var e in template?.Entries ?? [])
        {
            if (e.Key.Value is { } k)
                labels[k] = e.Value.Value ?? "";
        }
        return labels;
    }

    /// <summary>A non-empty selector that is a subset of the pod template labels.</summary>
    private static bool Selects(KrmResource service, Dictionary<string, string> podLabels)
    {
        var selector = service.Node.At("spec", "selector");
        if (selector is null || selector.Entries.Count == 0)
            return false;
        return selector.Entries.All(e => e.Key.Value is { } k && podLabels.TryGetValue(k, out var v) && v == (e.Value.Value ?? ""));
    }
}
