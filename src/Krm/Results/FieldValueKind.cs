namespace Krm.Results;

/// <summary>The YAML type a <see cref="FieldValue"/> is written with.</summary>
public enum FieldValueKind
{
    /// <summary>A string.</summary>
    Text,
    /// <summary>An integer.</summary>
    Number,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
}
