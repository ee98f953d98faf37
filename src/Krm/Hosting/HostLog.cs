namespace Krm.Hosting;

/// <summary>
/// The host's own diagnostics, one stderr line each: quiet by default (warnings and up), debug with
/// <c>-v</c>. A plain writer, not a logging framework: a function reports through results, so the
/// package needs no logging dependency and a run pays no logger set-up.
/// </summary>
internal sealed class HostLog(bool verbose, string category, TextWriter stderr)
{
    private readonly LogLevel minimum = verbose ? LogLevel.Debug : LogLevel.Warning;

    public bool IsEnabled(LogLevel level) => level >= minimum;

    public void Log(LogLevel level, string message)
    {
        if (IsEnabled(level))
            stderr.WriteLine($"{category}: {(level == LogLevel.Debug ? "debug" : "warning")}: {message}");
    }

    public void Debug(string message) => Log(LogLevel.Debug, message);
}
