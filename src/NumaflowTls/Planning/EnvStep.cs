using System.Globalization;
using Krm.Results;
using Krm.Yaml;
using NumaflowTls.Model;

namespace NumaflowTls.Planning;

/// <summary>
/// Literal env values and the ConfigMap keys the server reads through <c>configMapKeyRef</c>:
/// <c>server.insecure</c> quoted, and added only where its default would not give the
/// mode; <c>server.port</c> when present or needed; <c>server.address</c> in its localhost forms. A missing ConfigMap gets a literal env
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
                    Address(ctx, plan, ctx.Deployment, entryPath + ".value", entryNode, "value", address.Value, decides: true);
                    break;
                case ConfigMapKeyEnv cm when cm.Name is ServerEnv.Insecure or ServerEnv.Port or ServerEnv.Address:
                    if (ctx.Install.ConfigMaps.TryGetValue(cm.ConfigMapName, out var item))
                        ConfigMapKey(ctx, plan, item, cm, hasPortFlag, ReferenceWins(ctx, i));
                    else if (ctx.OverrideMissing && cm.Name is not ServerEnv.Address && ReferenceWins(ctx, i))
                        Override(ctx, plan, envNode, envPath, cm);
                    break;
            }
        }
    }

    private static bool ReferenceWins(PlanContext ctx, int index) =>
        ctx.Env.Skip(index + 1).All(e => e.Name != ctx.Env[index].Name);

    private static void ConfigMapKey(PlanContext ctx, PlanBuilder plan, Krm.ResourceLists.KrmResource item, ConfigMapKeyEnv cm, bool hasPortFlag, bool wins)
    {
        var t = ctx.Target;
        var path = "data." + cm.Key;
        var data = item.Node["data"];
        if (cm.Name == ServerEnv.Address)
        {
            if (data?[cm.Key] is { } addr && addr.Value is { } text && data.Kind == YamlNodeKind.Mapping)
                Address(ctx, plan, item, path, data, cm.Key, text, decides: false);
            return;
        }
        var insecureKey = cm.Name == ServerEnv.Insecure;
        var value = insecureKey ? t.InsecureText : t.Port.ToString(CultureInfo.InvariantCulture);
        // The key decides the listener only when nothing the server reads first overrides it: a
        // later env entry of the same name, an --insecure/--port flag, or (for the port) insecure mode.
        var decides = wins && (insecureKey
            ? !(t.Insecure && ServerArgs.Parse(ctx.Args).InsecureFlags.Any())
            : !t.Insecure && !hasPortFlag);
        var present = data is { Kind: YamlNodeKind.Mapping } && data[cm.Key] is not null;
        // An absent key whose default already gives the mode stays absent: unset insecure
        // is false, so only insecure mode adds it; server.port is added only when TLS runs on a
        // non-default port and nothing else carries it.
        var needed = insecureKey ? t.Insecure : t.Port != EffectiveListener.TlsPort;
        if (!present && !(decides && needed))
        {
            if (decides)
                plan.Require(item, path, FieldValue.FromString(value));
            return;
        }
        var reason = insecureKey
            ? $"the ConfigMap flag must say the mode (insecure={t.InsecureText}), as a quoted string"
            : $"{cm.Key} must agree with the listen port {value}";
        if (!decides)
            reason += $" (tidy-up only: {WhyNotRead(ctx, insecureKey, wins)})";
        if (data is null)
        {
            plan.AddKey(item, path, item.Node, "data", YamlValue.Map((cm.Key, YamlValue.String(value))), FieldValue.FromString(value), reason, decides);
            return;
        }
        plan.SetString(item, path, data, cm.Key, value, reason, decides);
    }

    private static string WhyNotRead(PlanContext ctx, bool insecureKey, bool wins) =>
        !wins ? "a later env entry of the same name decides"
        : insecureKey ? "the --insecure flag in args decides"
        : ctx.Target.Insecure ? "the server ignores it when insecure"
        : "the port flag in args decides";

    private static void Override(PlanContext ctx, PlanBuilder plan, YamlNode envNode, string envPath, ConfigMapKeyEnv cm)
    {
        var value = cm.Name == ServerEnv.Insecure ? ctx.Target.InsecureText : ctx.Target.Port.ToString(CultureInfo.InvariantCulture);
        plan.AppendItem(ctx.Deployment, $"{envPath}[name={cm.Name}].value", envNode,
            YamlValue.Map(("name", YamlValue.String(cm.Name)), ("value", YamlValue.String(value))), FieldValue.FromString(value),
            $"ConfigMap '{cm.ConfigMapName}' is not in the input: a later literal {cm.Name} overrides it (overrideMissingConfigMap)");
        plan.Warn(ctx.Deployment,
            $"ConfigMap '{cm.ConfigMapName}' is not in the input; {cm.Name} is overridden by a literal env value instead", envPath);
    }

    private static void Address(PlanContext ctx, PlanBuilder plan, Krm.ResourceLists.KrmResource item, string path, YamlNode mapping, string key, string value, bool decides)
    {
        if (ServerAddress.Rewrite(value, ctx.Target) is { } local)
        {
            plan.SetString(item, path, mapping, key, local,
                $"the server's own address (localhost form) must be a URL of the mode: {local}", decides);
            if (local != value && !ServerAddress.HasScheme(value))
            {
                var effect = value.StartsWith("127.", StringComparison.Ordinal) ? "fails on" : "drops the path of";
                plan.Warn(item, $"server.address '{value}' has no scheme: Numaflow derives the Dex issuer and redirect URIs from it with Go's " +
                    $"url.JoinPath, which {effect} a scheme-less host:port; written as '{local}'", path);
            }
        }
        else if (ServerAddress.Disagrees(value, ctx.Target))
        {
            plan.Warn(item, $"external server address '{value}' uses the other scheme than the server ({ctx.Target.LowerScheme}); left as is, check it", path);
        }
    }
}
