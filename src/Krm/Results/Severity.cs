namespace Krm.Results;

/// <summary>How serious a <see cref="Result"/> is; any <see cref="Error"/> makes the run exit 1.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
