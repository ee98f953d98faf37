namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// What an end-to-end test needs from the machine: programs on PATH, or <see cref="DockerEngine"/>
/// (the docker CLI and a daemon that answers). One policy for every test: a missing need skips the
/// test on a developer machine, saying what it needs; under <c>CI=true</c> it never skips, so the
/// test runs and fails where it uses what is missing (unless the need is optional).
/// </summary>
public static class Requirements
{
    /// <summary>The need for a container engine, not merely the docker program.</summary>
    public const string DockerEngine = "docker";

    /// <summary>Each unmet need as a phrase ("kpt (not on PATH)"), empty when all are met.</summary>
    public static IReadOnlyList<string> Unmet(IEnumerable<string> needs) =>
        needs.Select(Unmet).OfType<string>().ToArray();

    /// <summary>The skip reason for these unmet needs, or null when the test must run.</summary>
    public static string? SkipReason(IReadOnlyList<string> unmet, bool optional = false)
    {
        if (unmet.Count == 0 || (ToolLocator.IsCi && !optional))
        {
            return null;
        }

        var policy = optional ? "optional: nothing in this repository installs it" : "under CI=true this test fails instead";
        return $"needs {string.Join(", ", unmet)} ({policy})";
    }

    private static string? Unmet(string need) => need switch
    {
        DockerEngine => DockerDaemon.Unavailable(),
        _ => ToolLocator.Find(need) is null ? $"{need} (not on PATH)" : null,
    };
}
