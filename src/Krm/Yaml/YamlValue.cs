namespace Krm.Yaml;

/// <summary>
/// A value to write into a document: a scalar of a known type, or a mapping/sequence of values
/// (rendered in block style where the target is block). Immutable.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "String/Int/Bool are the names fixed by docs/architecture.md.")]
public sealed class YamlValue
{
    private YamlValue(YamlValueKind kind, string? text, IReadOnlyList<(string Key, YamlValue Value)>? entries, IReadOnlyList<YamlValue>? items)
    {
        Kind = kind;
        Text = text;
        Entries = entries ?? [];
        Items = items ?? [];
    }

    public YamlValueKind Kind { get; }

    /// <summary>The scalar's text as a YAML 1.2 core reader would see it (<c>8080</c>, <c>true</c>, the string itself).</summary>
    public string? Text { get; }

    /// <summary>Mapping entries in order (empty for other kinds).</summary>
    public IReadOnlyList<(string Key, YamlValue Value)> Entries { get; }

    /// <summary>Sequence items in order (empty for other kinds).</summary>
    public IReadOnlyList<YamlValue> Items { get; }

    public static YamlValue Null { get; } = new(YamlValueKind.Null, "null", null, null);

    public static YamlValue String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(YamlValueKind.String, value, null, null);
    }

    public static YamlValue Int(long value) =>
        new(YamlValueKind.Int, value.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null);

    public static YamlValue Bool(bool value) => new(YamlValueKind.Bool, value ? "true" : "false", null, null);

    public static YamlValue Map(params (string Key, YamlValue Value)[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new(YamlValueKind.Map, null, entries.ToArray(), null);
    }

    public static YamlValue Seq(params YamlValue[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(YamlValueKind.Seq, null, null, items.ToArray());
    }

    public static implicit operator YamlValue(string value) => String(value);

    public static implicit operator YamlValue(long value) => Int(value);

    public static implicit operator YamlValue(int value) => Int(value);

    public static implicit operator YamlValue(bool value) => Bool(value);

    public static YamlValue FromString(string value) => String(value);

    public static YamlValue FromInt64(long value) => Int(value);

    public static YamlValue FromInt32(int value) => Int(value);

    public static YamlValue FromBoolean(bool value) => Bool(value);

    public bool IsScalar => Kind is not (YamlValueKind.Map or YamlValueKind.Seq);

    public override string ToString() => Kind switch
    {
        YamlValueKind.Map => "{" + string.Join(", ", Entries.Select(e => $"{e.Key}: {e.Value}")) + "}",
        YamlValueKind.Seq => "[" + string.Join(", ", Items) + "]",
        YamlValueKind.String => "\"" + Text + "\"",
        _ => Text ?? "null",
    };
}
