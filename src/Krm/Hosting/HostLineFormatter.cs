using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Krm.Hosting;

/// <summary>
/// The console logger's format for host lines, <c>{category}: {level}: {message}</c>: no colour, no
/// timestamp, no scopes, the level in the words the result lines use.
/// </summary>
internal sealed class HostLineFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "krm";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter) =>
        WriteLine(textWriter, logEntry.Category, logEntry.LogLevel, logEntry.Formatter(logEntry.State, logEntry.Exception), logEntry.Exception);

    public static void WriteLine(TextWriter writer, string category, LogLevel level, string message, Exception? exception)
    {
        writer.WriteLine($"{category}: {LevelName(level)}: {message}");
        if (exception is not null)
            writer.WriteLine(exception.ToString());
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warning",
        LogLevel.Error => "error",
        _ => "critical",
    };
}
