namespace Krm.Yaml;

/// <summary>
/// A value to write into a document: a scalar of a known type, or a mapping/sequence of values
/// (rendered in block style where the target is block). Immutable.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "String/Int/Bool name the YAML types a function writes.")]
public sealed class YamlValue
{
    private YamlValue(YamlValueKind kind, string? text, IReadOnlyList<(string Key, YamlValue Value)>? entries, IReadOnlyList<YamlValue>? items)
    {
        Kind = kind;
        Text = text;
        Entries = entries ?? [];
        Items = items ?? [];
    }

    /// <summary>The type the value is written with.</summary>
    public YamlValueKind Kind { get; }

    /// <summary>The scalar's text as a YAML 1.2 core reader would see it (<c>8080</c>, <c>true</c>, the string itself).</summary>
    public string? Text { get; }

    /// <summary>Mapping entries in order (empty for other kinds).</summary>
    public IReadOnlyList<(string Key, YamlValue Value)> Entries { get; }

    /// <summary>Sequence items in order (empty for other kinds).</summary>
    public IReadOnlyList<YamlValue> Items { get; }

    /// <summary>YAML <c>null</c>.</summary>
    public static YamlValue Null { get; } = new(YamlValueKind.Null, "null", null, null);

    /// <summary>A string: written so that it reads back as this string (quoted when it would resolve to another type).</summary>
    public static YamlValue String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(YamlValueKind.String, value, null, null);
    }

    /// <summary>An integer, written plain.</summary>
    public static YamlValue Int(long value) =>
        new(YamlValueKind.Int, value.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null);

    /// <summary>A boolean, written plain.</summary>
    public static YamlValue Bool(bool value) => new(YamlValueKind.Bool, value ? "true" : "false", null, null);

    /// <summary>A mapping with <paramref name="entries"/> in order.</summary>
    public static YamlValue Map(params (string Key, YamlValue Value)[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new(YamlValueKind.Map, null, entries.ToArray(), null);
    }

    /// <summary>A sequence of <paramref name="items"/> in order.</summary>
    public static YamlValue Seq(params YamlValue[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(YamlValueKind.Seq, null, null, items.ToArray());
    }

    /// <summary>See <see cref="String"/>.</summary>
    public static implicit operator YamlValue(string value) => String(value);

    /// <summary>See <see cref="Int"/>.</summary>
    public static implicit operator YamlValue(long value) => Int(value);

    /// <summary>See <see cref="Int"/>.</summary>
    public static implicit operator YamlValue(int value) => Int(value);

    /// <summary>See <see cref="Bool"/>.</summary>
    public static implicit operator YamlValue(bool value) => Bool(value);

    /// <summary>See <see cref="String"/> (the named alternative to the conversion).</summary>
    public static YamlValue FromString(string value) => String(value);

    /// <summary>See <see cref="Int"/> (the named alternative to the conversion).</summary>
    public static YamlValue FromInt64(long value) => Int(value);

    /// <summary>See <see cref="Int"/> (the named alternative to the conversion).</summary>
    public static YamlValue FromInt32(int value) => Int(value);

    /// <summary>See <see cref="Bool"/> (the named alternative to the conversion).</summary>
    public static YamlValue FromBoolean(bool value) => Bool(value);

    /// <summary>Not a mapping or sequence.</summary>
    public bool IsScalar => Kind is not (YamlValueKind.Map or YamlValueKind.Seq);

    /// <summary>A flow-style sketch of the value, for messages.</summary>
    public override string ToString() => Kind switch
    {
        YamlValueKind.Map => "{" + string.Join(", ", Entries.Select(e => $"{e.Key}: {e.Value}")) + "}",
        YamlValueKind.Seq => "[" + string.Join(", ", Items) + "]",
        YamlValueKind.String => "\"" + Text + "\"",
        _ => Text ?? "null",
    };
}
