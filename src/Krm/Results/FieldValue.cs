using System.Globalization;

namespace Krm.Results;

/// <summary>
/// A current or proposed field value in a result. Keeps whether it is a string, an integer or a
/// boolean so the written result says <c>8080</c> for a port and <c>"8080"</c> for a ConfigMap value.
/// </summary>
public readonly record struct FieldValue(string Text, FieldValueKind Kind)
{
    public static FieldValue FromString(string value) => new(value, FieldValueKind.Text);

    public static FieldValue FromInt(long value) => new(value.ToString(CultureInfo.InvariantCulture), FieldValueKind.Number);

    public static FieldValue FromBool(bool value) => new(value ? "true" : "false", FieldValueKind.Boolean);

    public static implicit operator FieldValue(string value) => FromString(value);

    public static implicit operator FieldValue(long value) => FromInt(value);

    public static implicit operator FieldValue(int value) => FromInt(value);

    public static implicit operator FieldValue(bool value) => FromBool(value);

    public override string ToString() => Text;
}
