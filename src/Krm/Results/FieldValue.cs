using System.Globalization;

namespace Krm.Results;

/// <summary>
/// A current or proposed field value in a result. Keeps whether it is a string, an integer or a
/// boolean so the written result says <c>8080</c> for a port and <c>"8080"</c> for a ConfigMap value.
/// </summary>
public readonly record struct FieldValue(string Text, FieldValueKind Kind)
{
    /// <summary>A string value, written quoted when it would read as another type.</summary>
    public static FieldValue FromString(string value) => new(value, FieldValueKind.Text);

    /// <summary>An integer value, written plain.</summary>
    public static FieldValue FromInt(long value) => new(value.ToString(CultureInfo.InvariantCulture), FieldValueKind.Number);

    /// <summary>A boolean value, written plain.</summary>
    public static FieldValue FromBool(bool value) => new(value ? "true" : "false", FieldValueKind.Boolean);

    /// <summary>See <see cref="FromString"/>.</summary>
    public static implicit operator FieldValue(string value) => FromString(value);

    /// <summary>See <see cref="FromInt"/>.</summary>
    public static implicit operator FieldValue(long value) => FromInt(value);

    /// <summary>See <see cref="FromInt"/>.</summary>
    public static implicit operator FieldValue(int value) => FromInt(value);

    /// <summary>See <see cref="FromBool"/>.</summary>
    public static implicit operator FieldValue(bool value) => FromBool(value);

    /// <summary>The value's text.</summary>
    public override string ToString() => Text;
}
