namespace Krm.Config;

/// <summary>Where a config value came from; a later origin overrides an earlier one.</summary>
public enum ConfigOrigin
{
    /// <summary>The schema's <c>default</c>.</summary>
    Default,

    /// <summary>The functionConfig (typed <c>spec</c> or ConfigMap <c>data</c>, or <c>--config FILE</c>).</summary>
    FunctionConfig,

    /// <summary>A command-line flag (standalone mode).</summary>
    CommandLine,
}
