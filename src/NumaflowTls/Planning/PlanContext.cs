using Krm.ResourceLists;
using NumaflowTls.Discovery;
using NumaflowTls.Model;
using NumaflowTls.Planning.Platform;

namespace NumaflowTls.Planning;

/// <summary>What every planning step of one install reads, and the port renames they share.</summary>
internal sealed class PlanContext(ServerInstall install, Target target, EffectiveListener current,
    IReadOnlyList<string> args, IReadOnlyList<EnvEntry> env, bool overrideMissing)
{
    public ServerInstall Install { get; } = install;
    public KrmResource Deployment => Install.Deployment;
    public Target Target { get; } = target;
    public EffectiveListener Current { get; } = current;
    public IReadOnlyList<string> Args { get; } = args;
    public IReadOnlyList<EnvEntry> Env { get; } = env;
    public bool OverrideMissing { get; } = overrideMissing;

    /// <summary>
    /// Ports the server may be taken to listen on now: both defaults, the effective port and every
    /// configured value. A container port, probe or Service entry on one of these is the server's.
    /// </summary>
    public HashSet<long> OldPorts { get; } = [];

    /// <summary>Server-container port names flipped by this plan (old → new); references follow.</summary>
    public Dictionary<string, string> ContainerPortRenames { get; } = [];

    /// <summary>The server's Service port entries as planned: routes, annotations and policies naming them follow.</summary>
    public List<ServicePortMove> ServicePortMoves { get; } = [];

    /// <summary>Names of the server container's ports before the plan.</summary>
    public HashSet<string> ServerPortNames { get; } = [];

    /// <summary>True when a referenced env source can be written (literal, ConfigMap in the input, or override).</summary>
    public bool IsWritable(EnvEntry entry) => entry switch
    {
        LiteralEnv => true,
        ConfigMapKeyEnv cm => Install.ConfigMaps.ContainsKey(cm.ConfigMapName) || OverrideMissing,
        _ => false,
    };

    /// <summary>The entry the server reads for <paramref name="name"/> (the last one wins), or null.</summary>
    public EnvEntry? Winning(string name) => Env.LastOrDefault(e => e.Name == name);
}
