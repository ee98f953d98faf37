using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Krm.Hosting;

/// <summary>
/// Where <see cref="HostLog"/> lines go: the process's stderr through the console logger, or the
/// writer an in-process run was given. Both write <see cref="HostLineFormatter"/>'s line.
/// </summary>
internal static class HostLogging
{
    /// <summary>
    /// The console logger, every level on stderr: stdout carries only the output. It writes to the
    /// process's stderr itself, which is what <paramref name="stderr"/> wraps.
    /// </summary>
    public static void AddConsole(ILoggingBuilder builder, TextWriter stderr)
    {
        builder.AddConsole(options =>
        {
            options.FormatterName = HostLineFormatter.FormatterName;
            options.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        // Registered directly: AddConsoleFormatter<,> also binds the formatter's options to
        // configuration, which is not AOT-safe (IL2026, IL3050), and this formatter has none.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ConsoleFormatter, HostLineFormatter>());
    }

    /// <summary>Synchronous lines on <paramref name="stderr"/>, so an in-process run's diagnostics are where its caller reads them.</summary>
    public static void AddWriter(ILoggingBuilder builder, TextWriter stderr) =>
        builder.AddProvider(new WriterLoggerProvider(stderr));

    private sealed class WriterLoggerProvider(TextWriter stderr) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new WriterLogger(categoryName, stderr);

        public void Dispose()
        {
        }
    }

    private sealed class WriterLogger(string category, TextWriter stderr) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => NullLogger.Instance.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                HostLineFormatter.WriteLine(stderr, category, logLevel, formatter(state, exception), exception);
        }
    }
}
