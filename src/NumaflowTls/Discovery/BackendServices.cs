using Krm.ResourceLists;
using Krm.Yaml;

namespace NumaflowTls.Discovery;

/// <summary>A reference from an Ingress backend or an HTTPRoute backendRef to a Service port.</summary>
/// <param name="Node">The node holding the port: the Ingress <c>service</c> mapping, or the backendRef mapping.</param>
public sealed record BackendService(YamlNode Node, string Path, string ServiceName);

/// <summary>Where Ingresses (<c>networking.k8s.io/v1</c>) and Gateway API HTTPRoutes name a Service: routes to the server's Service follow its port.</summary>
public static class BackendServices
{
    public static IEnumerable<BackendService> OfIngress(KrmResource ingress)
    {
        ArgumentNullException.ThrowIfNull(ingress);
        var spec = ingress.Node["spec"];
        if (spec?.At("defaultBackend", "service") is { } d && d.GetString("name") is { } dn)
            yield return new BackendService(d, "spec.defaultBackend.service", dn);
        var rules = spec?["rules"]?.Items ?? [];
        for (var r = 0; r < rules.Count; r++)
        {
            var paths = rules[r].At("http", "paths")?.Items ?? [];
            for (var p = 0; p < paths.Count; p++)
            {
                if (paths[p].At("backend", "service") is { } s && s.GetString("name") is { } n)
                    yield return new BackendService(s, $"spec.rules[{r}].http.paths[{p}].backend.service", n);
            }
        }
    }

    public static IEnumerable<BackendService> OfHttpRoute(KrmResource route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var rules = route.Node.At("spec", "rules")?.Items ?? [];
        for (var r = 0; r < rules.Count; r++)
        {
            var refs = rules[r]["backendRefs"]?.Items ?? [];
            for (var b = 0; b < refs.Count; b++)
            {
                var kind = refs[b].GetString("kind") ?? "Service";
                var group = refs[b].GetString("group") ?? "";
                var ns = refs[b].GetString("namespace");
                if (kind != "Service" || group.Length > 0 || (ns is not null && ns != route.Namespace))
                    continue;
                if (refs[b].GetString("name") is { } n)
                    yield return new BackendService(refs[b], $"spec.rules[{r}].backendRefs[{b}]", n);
            }
        }
    }
}
