using System.Globalization;
using NumaflowTls.Discovery;
using NumaflowTls.Model;

namespace NumaflowTls.Planning;

/// <summary>
/// <c>--insecure</c>, <c>--port</c>, <c>-p</c> on the server's command line: flags beat
/// env, so they must agree with the mode or be gone. Each is edited where it is written, in
/// <c>command</c> or in <c>args</c>.
/// </summary>
internal static class ArgsStep
{
    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var line = ctx.Install.CommandLine;
        var parsed = ServerArgs.Parse(ctx.Args);
        var t = ctx.Target;

        foreach (var flag in parsed.InsecureFlags)
        {
            if (!t.Insecure)
            {
                Remove(ctx, plan, flag.Index, "TLS on: no --insecure flag may remain on the command line");
                if (flag.StrayIndex is { } stray)
                {
                    Remove(ctx, plan, stray, $"'--insecure {ctx.Args[stray]}' means insecure=true plus a stray argument: removed as a pair");
                }
            }
            else
            {
                if (flag.StrayIndex is { } stray)
                {
                    Remove(ctx, plan, stray, $"'{ctx.Args[stray]}' after --insecure is a stray argument, not the flag's value");
                }
                if (flag.Value != true)
                {
                    Set(ctx, plan, flag.Index, "--insecure", "insecure mode: the --insecure flag must say true");
                }
            }
        }

        var portText = t.Port.ToString(CultureInfo.InvariantCulture);
        foreach (var flag in parsed.PortFlags)
        {
            if (flag.ValueIndex is { } vi)
            {
                Set(ctx, plan, vi, portText, $"the {ctx.Args[flag.Index]} flag decides the listen port: it must be {portText}");
            }
            else if (flag.Form is PortArgForm.LongSeparate or PortArgForm.ShortSeparate)
            {
                plan.Warn(ctx.Deployment, $"'{ctx.Args[flag.Index]}' has no value; the server refuses to start. Fix it by hand.", PathOf(ctx, line.Place(flag.Index)));
            }
            else
            {
                Set(ctx, plan, flag.Index, flag.Render(t.Port), $"the port flag decides the listen port: it must be {portText}");
            }
        }

        // Every inserted flag goes right after "server" (several at the same place keep their order).
        var insertAt = line.InsertAfterSubcommand();
        var insecureEnv = ctx.Winning(ServerEnv.Insecure);
        if (t.Insecure && !parsed.InsecureFlags.Any() && (insecureEnv is null || !ctx.IsWritable(insecureEnv)))
        {
            // v0.x has no env wiring: only the flag can turn TLS off (v0.6.1 to v1.0.0-rc1 read flags only).
            plan.InsertItem(ctx.Deployment, PathOf(ctx, insertAt), insertAt.Sequence, insertAt.Index, "--insecure",
                "insecure mode with no writable NUMAFLOW_SERVER_INSECURE env: the flag is the only switch");
        }
        if (!t.Insecure && !parsed.InsecureFlags.Any() && insecureEnv is OtherEnv)
        {
            plan.Warn(ctx.Deployment, "NUMAFLOW_SERVER_INSECURE comes from a source the manifests do not show; TLS on cannot be guaranteed",
                ctx.Install.ContainerPath + ".env");
        }

        if (!parsed.PortFlags.Any() && NeedsPortFlag(ctx))
        {
            var flag = "--port=" + portText;
            plan.InsertItem(ctx.Deployment, PathOf(ctx, insertAt), insertAt.Sequence, insertAt.Index, flag, t.Insecure
                ? $"insecure on port {portText}: the server ignores the env/ConfigMap port when insecure, only --port moves it"
                : $"TLS on port {portText} with no writable NUMAFLOW_SERVER_PORT_NUMBER env: only --port moves it");
        }
    }

    private static string PathOf(PlanContext ctx, WordPlace place) => $"{ctx.Install.ContainerPath}.{place.Field}[{place.Index}]";

    private static void Remove(PlanContext ctx, PlanBuilder plan, int word, string reason)
    {
        var place = ctx.Install.CommandLine.Place(word);
        plan.RemoveItem(ctx.Deployment, PathOf(ctx, place), place.Sequence, place.Index, reason);
    }

    private static void Set(PlanContext ctx, PlanBuilder plan, int word, string value, string reason)
    {
        var place = ctx.Install.CommandLine.Place(word);
        plan.SetItem(ctx.Deployment, PathOf(ctx, place), place.Sequence[place.Index]!, value, reason);
    }

    private static bool NeedsPortFlag(PlanContext ctx)
    {
        if (ctx.Target.Insecure)
            return ctx.Target.Port != EffectiveListener.InsecurePort;
        if (ctx.Target.Port == EffectiveListener.TlsPort)
            return false;
        return ctx.Winning(ServerEnv.Port) is not { } e || !ctx.IsWritable(e);
    }
}
