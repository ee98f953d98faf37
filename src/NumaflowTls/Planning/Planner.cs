using NumaflowTls.Configuration;
using NumaflowTls.Discovery;
using NumaflowTls.Model;
using NumaflowTls.Planning.Platform;

namespace NumaflowTls.Planning;

/// <summary>
/// Plans one install: resolve the target mode and port, then make args, env, ConfigMap,
/// container ports, probes, Services and routes agree with it. Never pretends: a referenced
/// ConfigMap missing from the input stops the plan unless an override is configured.
/// </summary>
public static class Planner
{
    public static Plan Plan(ServerInstall install, ServerTlsConfig config)
    {
        ArgumentNullException.ThrowIfNull(install);
        ArgumentNullException.ThrowIfNull(config);
        var plan = new PlanBuilder();
        var args = install.CommandLine.Words;
        var env = ContainerReader.Env(install.Container);
        var maps = install.ConfigMaps.ToDictionary(kv => kv.Key, kv => ContainerReader.ConfigMapData(kv.Value.Node));
        var current = ServerModel.Evaluate(new ServerInputs(args, env,
            maps.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, string>)kv.Value)));

        if (install.MissingConfigMaps.Count > 0 && !config.OverrideMissingConfigMap)
        {
            foreach (var name in install.MissingConfigMaps)
            {
                plan.Fail(install.Deployment,
                    $"ConfigMap '{name}'{(install.Namespace is { } ns ? $" (namespace '{ns}')" : "")} is referenced by the server's env but is not in the input: " +
                    "its TLS settings cannot be checked, nothing of this install was changed (add the ConfigMap, or write a literal env override " +
                    "with overrideMissingConfigMap: true in the config, --override-missing-config-map on the command line)",
                    install.ContainerPath + ".env");
            }
            return plan.Build();
        }

        bool insecure;
        switch (config.Tls)
        {
            case TlsMode.Enabled:
                insecure = false;
                break;
            case TlsMode.Disabled:
                insecure = true;
                break;
            default:
                if (!InsecureIsKnown(current))
                {
                    plan.Fail(install.Deployment,
                        "auto: the mode the manifests select cannot be determined (" + string.Join("; ", current.Findings.Select(f => f.Message)) +
                        "); set tls to enabled or disabled", install.ContainerPath);
                    return plan.Build();
                }
                insecure = current.Insecure;
                break;
        }

        var target = new Target(insecure, config.PortFor(insecure));
        if (config.Port is null && current.Port != EffectiveListener.DefaultPort(current.Insecure) && current.Port != target.Port)
        {
            plan.Warn(install.Deployment,
                $"the server listens on the custom port {current.Port}; no port is configured, so it moves to the mode's default {target.Port} " +
                $"(clients of port {current.Port} lose it): set port: {current.Port} / --port {current.Port} to keep it", install.ContainerPath);
        }
        foreach (var finding in current.Findings)
        {
            if (finding.Where is not ConfigMapOrigin cmo || !install.MissingConfigMaps.Contains(cmo.ConfigMapName))
                plan.Warn(install.Deployment, finding.Message, install.ContainerPath);
        }

        var ctx = new PlanContext(install, target, current, args, env, config.OverrideMissingConfigMap);
        CollectOldPorts(ctx, maps);
        ArgsStep.Plan(ctx, plan);
        EnvStep.Plan(ctx, plan);
        ContainerStep.PlanPorts(ctx, plan);
        ContainerStep.PlanProbes(ctx, plan);
        ServiceStep.Plan(ctx, plan);
        SidecarStep.Plan(ctx, plan);
        PlatformStep.Plan(ctx, plan);
        return plan.Build() with { Target = target };
    }

    /// <summary>Auto needs the insecure flag's source to be readable: a panic-value or a missing ConfigMap is not a mode.</summary>
    private static bool InsecureIsKnown(EffectiveListener current) =>
        !current.Findings.Any(f => f.Level == FindingLevel.Error
            && (f.Where.Equals(current.InsecureOrigin) || f.Message.StartsWith(ServerEnv.Insecure, StringComparison.Ordinal)));

    private static void CollectOldPorts(PlanContext ctx, Dictionary<string, IReadOnlyDictionary<string, string>> maps)
    {
        ctx.OldPorts.Add(EffectiveListener.TlsPort);
        ctx.OldPorts.Add(EffectiveListener.InsecurePort);
        ctx.OldPorts.Add(ctx.Current.Port);
        ctx.OldPorts.Add(ctx.Target.Port);
        foreach (var flag in ServerArgs.Parse(ctx.Args).PortFlags)
            Add(ctx, flag.Raw);
        foreach (var e in ctx.Env.Where(e => e.Name == ServerEnv.Port))
        {
            if (e is LiteralEnv l)
                Add(ctx, l.Value);
            else if (e is ConfigMapKeyEnv cm && maps.TryGetValue(cm.ConfigMapName, out var data) && data.TryGetValue(cm.Key, out var v))
                Add(ctx, v);
        }
    }

    private static void Add(PlanContext ctx, string? text)
    {
        if (text is not null && GoParse.Atoi(text) is { } p)
            ctx.OldPorts.Add(p);
    }
}
