namespace Krm.Results;

/// <summary>The YAML type a <see cref="FieldValue"/> is written with.</summary>
public enum FieldValueKind
{
    Text,
    Number,
    Boolean,
}
