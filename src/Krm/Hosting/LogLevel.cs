namespace Krm.Hosting;

/// <summary>How loud a <see cref="HostLog"/> line is; ordered so a minimum level filters by comparison.</summary>
internal enum LogLevel
{
    Debug,
    Warning,
}
