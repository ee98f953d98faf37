namespace Krm.Config;

/// <summary>The validated configuration, by schema key; what a function maps onto its own config record.</summary>
public sealed class ConfigValues
{
    private readonly Dictionary<string, ConfigValue> values = new(StringComparer.Ordinal);

    public ConfigValue? this[string key] => values.GetValueOrDefault(key);

    public IEnumerable<ConfigValue> All => values.Values;

    /// <summary>True when the user gave the key (functionConfig or flag), not only the schema default.</summary>
    public bool IsGiven(string key) => values.TryGetValue(key, out var value) && value.Origin != ConfigOrigin.Default;

    public string? GetString(string key) => this[key]?.Text;

    public long? GetInt(string key) => this[key]?.AsInt();

    public bool? GetBool(string key) => this[key]?.AsBool();

    internal void Set(ConfigValue value) => values[value.Key] = value;
}
