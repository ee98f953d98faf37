using Krm.Config;
using Krm.Results;

namespace Krm.Hosting;

/// <summary>
/// Maps validated <see cref="ConfigValues"/> onto a function's own config record. Returns null
/// (after adding an error result naming the field) when the values do not make sense together.
/// </summary>
public delegate TConfig? ConfigMapper<TConfig>(ConfigValues values, ResultSink results)
    where TConfig : class;

/// <summary>Everything the host needs to know about a function: identity, schema, config mapping, the function.</summary>
/// <param name="Name">Executable name, used in help and error lines.</param>
/// <param name="Version">Printed by <c>--version</c>.</param>
/// <param name="Definition">The KRMFunctionDefinition (function.yaml): accepted kinds and config schema.</param>
/// <param name="Function">The function the host runs.</param>
/// <param name="MapConfig">Turns the validated config values into the function's config record.</param>
public sealed record HostedFunction<TConfig>(
    string Name,
    string Version,
    FunctionDefinition Definition,
    IKrmFunction<TConfig> Function,
    ConfigMapper<TConfig> MapConfig)
    where TConfig : class
{
    /// <summary>Extra flag names for config keys, e.g. <c>validate</c> → <c>validateOnly</c>.</summary>
    public IReadOnlyDictionary<string, string> FlagAliases { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The kinds whose content the function reads (a hint for speed, never for correctness): their
    /// resources are built as they are parsed; every other resource's <c>spec</c>, <c>data</c>… only
    /// if the function reads it after all. Null: everything beyond metadata on first read.
    /// </summary>
    public IReadOnlySet<string>? KindsRead { get; init; }

    /// <summary>The Examples section of <c>--help</c>.</summary>
    public string Examples { get; init; } = "";
}
