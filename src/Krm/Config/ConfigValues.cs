using Krm.Yaml;

namespace Krm.Config;

/// <summary>The validated configuration, by schema key; what a function maps onto its own config record.</summary>
public sealed class ConfigValues
{
    private readonly Dictionary<string, ConfigValue> values = new(StringComparer.Ordinal);

    /// <summary>The value of <paramref name="key"/>, given or defaulted; null when neither the user nor the schema set it.</summary>
    public ConfigValue? this[string key] => values.GetValueOrDefault(key);

    /// <summary>Every value that is set, given or defaulted.</summary>
    public IEnumerable<ConfigValue> All => values.Values;

    /// <summary>True when the user gave the key (functionConfig or flag), not only the schema default.</summary>
    public bool IsGiven(string key) => values.TryGetValue(key, out var value) && value.Origin != ConfigOrigin.Default;

    /// <summary>The canonical text of <paramref name="key"/>; null when unset.</summary>
    public string? GetString(string key) => this[key]?.Text;

    /// <summary>The integer value of <paramref name="key"/>; null when unset.</summary>
    public long? GetInt(string key) => this[key]?.AsInt();

    /// <summary>The boolean value of <paramref name="key"/>; null when unset.</summary>
    public bool? GetBool(string key) => this[key]?.AsBool();

    /// <summary>An array value's elements; empty when the key is not set.</summary>
    public IReadOnlyList<string> GetList(string key) => this[key]?.Items ?? [];

    /// <summary>A map value's entries in the order written; empty when the key is not set.</summary>
    public IReadOnlyDictionary<string, string> GetMap(string key) =>
        this[key]?.Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal) ?? new Dictionary<string, string>();

    /// <summary>
    /// The functionConfig as given (from the ResourceList or <c>--config FILE</c>), for what the schema
    /// does not describe; null when there is none.
    /// </summary>
    public YamlNode? FunctionConfig { get; internal set; }

    internal void Set(ConfigValue value) => values[value.Key] = value;
}
