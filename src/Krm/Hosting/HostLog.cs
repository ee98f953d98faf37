using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Krm.Hosting;

/// <summary>
/// Diagnostics on stderr through Microsoft.Extensions.Logging.Console, created only when something
/// is logged: its eager set-up (options, queue thread) doubled the start-up of a small run
/// (yaml-fidelity.md, Native AOT). Quiet by default (warnings and up), debug with <c>-v</c>.
/// </summary>
internal sealed class HostLog(bool verbose, string category) : IDisposable
{
    private readonly LogLevel minimum = verbose ? LogLevel.Debug : LogLevel.Warning;
    private ILoggerFactory? factory;
    private ILogger? logger;

    public bool IsEnabled(LogLevel level) => level >= minimum;

    public void Log(LogLevel level, string message)
    {
        if (!IsEnabled(level))
            return;
        logger ??= Create();
        logger.Log(level, "{Message}", message);
    }

    public void Debug(string message) => Log(LogLevel.Debug, message);

    private ILogger Create()
    {
        factory = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(minimum)
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.ColorBehavior = LoggerColorBehavior.Disabled;
            }));
        return factory.CreateLogger(category);
    }

    /// <summary>Flushes the console logger's queue before the process exits.</summary>
    public void Dispose() => factory?.Dispose();
}
