using System.Globalization;
using Krm.Results;
using Krm.Yaml;
using NumaflowTls.Model;

namespace NumaflowTls.Planning;

/// <summary>
/// Literal env values and the ConfigMap keys the server reads through <c>configMapKeyRef</c>
/// (spec §4): <c>server.insecure</c> always written and quoted, <c>server.port</c> when present or
/// needed, <c>server.address</c> in its localhost forms. A missing ConfigMap gets a literal env
/// override only when configured.
/// </summary>
internal static class EnvStep
{
    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var t = ctx.Target;
        var portText = t.Port.ToString(CultureInfo.InvariantCulture);
        var envNode = ctx.Install.Container["env"];
        var envPath = ctx.Install.ContainerPath + ".env";
        var hasPortFlag = ServerArgs.Parse(ctx.Args).PortFlags.Any();

        for (var i = 0; i < ctx.Env.Count; i++)
        {
            var entryNode = envNode![i]!;
            var entryPath = $"{envPath}[name={ctx.Env[i].Name}]";
            switch (ctx.Env[i])
            {
                case LiteralEnv { Name: ServerEnv.Insecure }:
                    plan.SetString(ctx.Deployment, entryPath + ".value", entryNode, "value", t.InsecureText,
                        $"a literal {ServerEnv.Insecure} must say the mode");
                    break;
                case LiteralEnv { Name: ServerEnv.Port }:
                    plan.SetString(ctx.Deployment, entryPath + ".value", entryNode, "value", portText,
                        $"a literal {ServerEnv.Port} must agree with the listen port");
                    break;
                case LiteralEnv { Name: ServerEnv.Address } address:
                    Address(ctx, plan, ctx.Deployment, entryPath + ".value", entryNode, "value", address.Value);
                    break;
                case ConfigMapKeyEnv cm when cm.Name is ServerEnv.Insecure or ServerEnv.Port or ServerEnv.Address:
                    if (ctx.Install.ConfigMaps.TryGetValue(cm.ConfigMapName, out var item))
                        ConfigMapKey(ctx, plan, item, cm, hasPortFlag);
                    else if (ctx.OverrideMissing && cm.Name is not ServerEnv.Address && ReferenceWins(ctx, i))
                        Override(ctx, plan, envNode, envPath, cm);
                    break;
            }
        }
    }

    private static bool ReferenceWins(PlanContext ctx, int index) =>
        ctx.Env.Skip(index + 1).All(e => e.Name != ctx.Env[index].Name);

    private static void ConfigMapKey(PlanContext ctx, PlanBuilder plan, Krm.ResourceLists.KrmResource item, ConfigMapKeyEnv cm, bool hasPortFlag)
    {
        var t = ctx.Target;
        var path = "data." + cm.Key;
        var data = item.Node["data"];
        var value = cm.Name switch
        {
            ServerEnv.Insecure => t.InsecureText,
            ServerEnv.Port => t.Port.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        if (cm.Name == ServerEnv.Address)
        {
            if (data?[cm.Key] is { } addr && addr.Value is { } text && data.Kind == YamlNodeKind.Mapping)
                Address(ctx, plan, item, path, data, cm.Key, text);
            return;
        }
        var present = data is { Kind: YamlNodeKind.Mapping } && data[cm.Key] is not null;
        // server.insecure is always written; server.port only when present, or when TLS on a
        // non-default port has no --port flag to carry it (spec §4).
        var write = cm.Name == ServerEnv.Insecure || present
            || (!t.Insecure && t.Port != EffectiveListener.TlsPort && !hasPortFlag);
        if (!write)
            return;
        var reason = cm.Name == ServerEnv.Insecure
            ? $"the ConfigMap flag must say the mode (insecure={t.InsecureText}), as a quoted string"
            : $"{cm.Key} must agree with the listen port {value}";
        if (data is null)
        {
            plan.AddKey(item, path, item.Node, "data", YamlValue.Map((cm.Key, YamlValue.String(value!))), FieldValue.FromString(value!), reason);
            return;
        }
        plan.SetString(item, path, data, cm.Key, value!, reason);
    }

    private static void Override(PlanContext ctx, PlanBuilder plan, YamlNode envNode, string envPath, ConfigMapKeyEnv cm)
    {
        var value = cm.Name == ServerEnv.Insecure ? ctx.Target.InsecureText : ctx.Target.Port.ToString(CultureInfo.InvariantCulture);
        plan.AppendItem(ctx.Deployment, $"{envPath}[name={cm.Name}].value", envNode,
            YamlValue.Map(("name", YamlValue.String(cm.Name)), ("value", YamlValue.String(value))), FieldValue.FromString(value),
            $"ConfigMap '{cm.ConfigMapName}' is not in the input: a later literal {cm.Name} overrides it (overrideMissingConfigMap)");
        plan.Warn(ctx.Deployment,
            $"ConfigMap '{cm.ConfigMapName}' is not in the input; {cm.Name} is overridden by a literal env value instead", envPath);
    }

    private static void Address(PlanContext ctx, PlanBuilder plan, Krm.ResourceLists.KrmResource item, string path, YamlNode mapping, string key, string value)
    {
        if (ServerAddress.Rewrite(value, ctx.Target) is { } local)
        {
            plan.SetString(item, path, mapping, key, local,
                $"the server's own address (localhost form) must name port {ctx.Target.Port}, written as the fixed chart writes it");
        }
        else if (ServerAddress.Disagrees(value, ctx.Target))
        {
            plan.Warn(item, $"external server address '{value}' uses the other scheme than the server ({ctx.Target.LowerScheme}); left as is, check it", path);
        }
    }
}
