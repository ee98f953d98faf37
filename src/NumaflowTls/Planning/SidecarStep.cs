using System.Globalization;
using Krm.Yaml;

namespace NumaflowTls.Planning;

/// <summary>
/// Other containers of the pod (an auth proxy in front of the server…) are never edited (they are not the server's to change),
/// but one that still points at the server's old port or scheme gets a warning.
/// </summary>
internal static class SidecarStep
{
    private static readonly string[] CommandKeys = ["command", "args"];
    private static readonly string[] LocalHosts = ["localhost:", "127.0.0.1:"];

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var t = ctx.Target;
        var stale = ctx.OldPorts.Where(p => p != t.Port)
            .SelectMany(p => LocalHosts.Select(h => h + p.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var wrongScheme = (t.Insecure ? "https://" : "http://") + "localhost:" + t.Port.ToString(CultureInfo.InvariantCulture);
        var containers = ctx.Install.PodSpec["containers"]?.Items ?? [];
        for (var i = 0; i < containers.Count; i++)
        {
            var c = containers[i];
            if (ReferenceEquals(c, ctx.Install.Container) || c.Start == ctx.Install.Container.Start)
                continue;
            var name = c.GetString("name") ?? i.ToString(CultureInfo.InvariantCulture);
            foreach (var text in Texts(c))
            {
                if (stale.Any(s => ContainsPort(text, s)) || text.Contains(wrongScheme, StringComparison.Ordinal))
                {
                    plan.Warn(ctx.Deployment,
                        $"sidecar '{name}' still points at the server's old address ('{text}'); the server now serves {t.LowerScheme} on {t.Port}: update the sidecar",
                        $"spec.template.spec.containers[name={name}]");
                    break;
                }
            }
        }
    }

    /// <summary><c>localhost:8443</c> but not <c>localhost:84430</c>.</summary>
    private static bool ContainsPort(string text, string hostPort)
    {
        var at = text.IndexOf(hostPort, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + hostPort.Length;
            if (end == text.Length || !char.IsAsciiDigit(text[end]))
                return true;
            at = text.IndexOf(hostPort, end, StringComparison.Ordinal);
        }
        return false;
    }

    private static IEnumerable<string> Texts(YamlNode container)
    {
        foreach (var key in CommandKeys)
        {
            foreach (var a in container[key]?.Items ?? [])
            {
                if (a.Value is { } v)
                    yield return v;
            }
        }
        foreach (var e in container["env"]?.Items ?? [])
        {
            if (e.GetString("value") is { } v)
                yield return v;
        }
    }
}
