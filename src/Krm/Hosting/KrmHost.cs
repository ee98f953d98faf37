namespace Krm.Hosting;

/// <summary>The process entry point: <c>return KrmHost.Run(function, args);</c>.</summary>
public static class KrmHost
{
    /// <summary>Runs <paramref name="function"/> on the process's stdin, stdout and stderr with <paramref name="args"/>; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run<TConfig>(HostedFunction<TConfig> function, string[] args)
        where TConfig : class
    {
        using var stdin = Console.OpenStandardInput();
        using var stdout = StandardOutput.Open();
        var host = new KrmHost<TConfig>(function)
        {
            StdinSizeHint = InputReader.StdinSizeHint(),
            AddLogProvider = HostLogging.AddConsole,
        };
        return host.Run(args, stdin, stdout, new StandardError(Console.Error));
    }
}
