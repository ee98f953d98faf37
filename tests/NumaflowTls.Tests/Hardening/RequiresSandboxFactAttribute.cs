using System.Diagnostics;
using NumaflowTls.Tests.EndToEnd;

namespace NumaflowTls.Tests.Hardening;

/// <summary>
/// A fact that needs a private mount and network namespace (<c>unshare -r -m -n</c>). Where the
/// kernel or policy refuses one (e.g. no unprivileged user namespaces) it is skipped on a developer
/// machine; under <c>CI=true</c> it is never skipped, so the test runs and fails: CI must not turn
/// green by not sandboxing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresSandboxFactAttribute : FactAttribute
{
    public RequiresSandboxFactAttribute()
    {
        Skip = Requirements.SkipReason(Unavailable() is { } reason ? [reason] : []);
    }

    /// <summary>Why <c>unshare -r -m -n true</c> cannot run here, or null when it can.</summary>
    internal static string? Unavailable()
    {
        if (ToolLocator.Find("unshare") is not { } unshare)
        {
            return "unshare is not installed";
        }

        var start = new ProcessStartInfo(unshare, ["-r", "-m", "-n", "true"]) { RedirectStandardError = true, UseShellExecute = false };
        using var probe = Process.Start(start);
        if (probe is null)
        {
            return "unshare could not be started";
        }

        var stderr = probe.StandardError.ReadToEndAsync();
        if (!probe.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            probe.Kill();
            return "unshare -r -m -n did not finish";
        }

        probe.WaitForExit();
        return probe.ExitCode == 0 ? null : $"unshare -r -m -n fails here: {stderr.Result.Trim()}";
    }
}
