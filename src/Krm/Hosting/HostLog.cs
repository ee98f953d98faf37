using Microsoft.Extensions.Logging;

namespace Krm.Hosting;

/// <summary>
/// The host's own diagnostics through Microsoft.Extensions.Logging: quiet by default (warnings and
/// up), debug with <c>-v</c>. The logger factory is created by the first line that passes the
/// level check: set up eagerly, the console logger doubled the start-up of a small run. It is
/// also the <see cref="ILogger"/> functions get (<see cref="Results.ResultSink.Log"/>), lazy alike.
/// </summary>
internal sealed class HostLog(bool verbose, string category, TextWriter stderr, Action<ILoggingBuilder, TextWriter> addProvider)
    : ILogger, IDisposable
{
    private readonly LogLevel minimum = verbose ? LogLevel.Debug : LogLevel.Warning;
    private ILoggerFactory? factory;
    private ILogger? logger;

    public bool IsEnabled(LogLevel level) => level >= minimum && level != LogLevel.None;

    public void Debug(string message) => ((ILogger)this).Log(LogLevel.Debug, default, message, null, static (text, _) => text);

    bool ILogger.IsEnabled(LogLevel logLevel) => IsEnabled(logLevel);

    IDisposable? ILogger.BeginScope<TState>(TState state) => null;

    void ILogger.Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
            return;
        logger ??= Create();
        logger.Log(logLevel, eventId, state, exception, formatter);
    }

    private ILogger Create()
    {
        factory = LoggerFactory.Create(builder =>
        {
            builder.SetMinimumLevel(minimum);
            addProvider(builder, stderr);
        });
        return factory.CreateLogger(category);
    }

    /// <summary>Flushes the console logger's queue: its thread writes the lines, and would lose them if the process exited first.</summary>
    public void Dispose()
    {
        factory?.Dispose();
        factory = null;
        logger = null;
    }
}
