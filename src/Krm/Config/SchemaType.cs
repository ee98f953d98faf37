namespace Krm.Config;

/// <summary>The OpenAPI types the config validator understands (a deliberate subset).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The OpenAPI type names, as written in the schema.")]
public enum SchemaType
{
    Object,
    String,
    Integer,
    Boolean,

    /// <summary>A list of scalars (<c>items</c> gives their type).</summary>
    Array,
}
