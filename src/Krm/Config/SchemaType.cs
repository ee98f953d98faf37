namespace Krm.Config;

/// <summary>The OpenAPI types the config validator understands (a deliberate subset).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The OpenAPI type names, as written in the schema.")]
public enum SchemaType
{
    /// <summary><c>type: object</c>: a mapping with declared <c>properties</c>.</summary>
    Object,
    /// <summary><c>type: string</c>.</summary>
    String,
    /// <summary><c>type: integer</c> (64-bit).</summary>
    Integer,
    /// <summary><c>type: boolean</c>.</summary>
    Boolean,

    /// <summary>A list of scalars (<c>items</c> gives their type).</summary>
    Array,
}
