namespace NumaflowTls.Model;

/// <summary>
/// Everything the server's port and scheme depend on: the container's args and env, and the data of
/// the ConfigMaps its env refers to. A referenced ConfigMap missing from <see cref="ConfigMaps"/> is
/// "not in the input", which is not the same as "empty".
/// </summary>
public sealed record ServerInputs(
    IReadOnlyList<string> Args,
    IReadOnlyList<EnvEntry> Env,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ConfigMaps)
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> NoConfigMaps =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();
}
