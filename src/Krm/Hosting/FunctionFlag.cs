using Krm.Config;

namespace Krm.Hosting;

/// <summary>A command-line flag that sets a config key (<c>--validate-only</c> sets <c>validateOnly</c>).</summary>
internal sealed record FunctionFlag(string Name, string Key, ConfigSchema Schema)
{
    /// <summary>
    /// One flag per schema property under its own name and its kebab-case name, plus the aliases,
    /// so flags map onto the same keys as ConfigMap <c>data</c>.
    /// </summary>
    public static IReadOnlyList<FunctionFlag> FromSchema(ConfigSchema spec, IReadOnlyDictionary<string, string> aliases)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(aliases);
        var flags = new List<FunctionFlag>();
        foreach (var property in spec.Properties)
        {
            if (!property.Schema.IsValue)
                continue;
            flags.Add(new FunctionFlag(property.Name, property.Name, property.Schema));
            var kebab = Kebab(property.Name);
            if (kebab != property.Name)
                flags.Add(new FunctionFlag(kebab, property.Name, property.Schema));
        }
        foreach (var (alias, key) in aliases)
        {
            if (spec.Property(key) is { } schema)
                flags.Add(new FunctionFlag(alias, key, schema));
        }
        return flags;
    }

    private static string Kebab(string name)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c))
                text.Append('-').Append(char.ToLowerInvariant(c));
            else
                text.Append(c);
        }
        return text.ToString();
    }
}
