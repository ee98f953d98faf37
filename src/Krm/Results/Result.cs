namespace Krm.Results;

/// <summary>
/// One KRM function result (functions spec v1: message, severity, resourceRef, field, file, tags).
/// Results are values: the exit code is derived from their severities.
/// </summary>
public sealed record Result(
    string Message,
    Severity Severity,
    ResourceRef? ResourceRef = null,
    FieldRef? Field = null,
    FileRef? File = null,
    IReadOnlyDictionary<string, string>? Tags = null);
