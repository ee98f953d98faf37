namespace Krm.Results;

/// <summary>The field a result is about, with the value found and the value the function wants.</summary>
public sealed record FieldRef(string Path, FieldValue? CurrentValue = null, FieldValue? ProposedValue = null);
