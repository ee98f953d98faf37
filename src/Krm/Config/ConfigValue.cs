using System.Globalization;

namespace Krm.Config;

/// <summary>
/// One validated config value. <see cref="Text"/> is canonical for its type (<c>8080</c>,
/// <c>true</c>); <see cref="FieldPath"/> names where the user wrote it (<c>spec.port</c>,
/// <c>data.port</c>, <c>--port</c>), so later checks can point at it too. A list or map keeps its
/// elements in <see cref="Items"/> or <see cref="Entries"/>; its <see cref="Text"/> is their flow form.
/// </summary>
public sealed record ConfigValue(string Key, string Text, SchemaType Type, string FieldPath, ConfigOrigin Origin)
{
    /// <summary>An array's elements, each canonical for the element type; empty for other values.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>A map's entries in the order written, values canonical for their type; empty for other values.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries { get; init; } = [];

    /// <summary>The value of an <see cref="SchemaType.Integer"/> key (already validated, so it parses).</summary>
    public long AsInt() => long.Parse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>The value of a <see cref="SchemaType.Boolean"/> key.</summary>
    public bool AsBool() => Text == "true";
}
