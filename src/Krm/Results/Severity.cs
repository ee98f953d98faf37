namespace Krm.Results;

/// <summary>How serious a <see cref="Result"/> is; any <see cref="Error"/> makes the run exit 1.</summary>
public enum Severity
{
    /// <summary>What the function did or found; never changes the exit code.</summary>
    Info,
    /// <summary>Something the user should look at; the exit code stays 0.</summary>
    Warning,
    /// <summary>The run failed: exit code 1.</summary>
    Error,
}
