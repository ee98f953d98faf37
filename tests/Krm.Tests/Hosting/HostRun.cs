using System.Text;
using Krm.Hosting;
using Krm.ResourceLists;
using Krm.Results;

namespace Krm.Tests.Hosting;

/// <summary>One in-process run of the host: what a process would see.</summary>
internal sealed record HostRun(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public static HostRun Of(byte[] input, Action<ResourceList, TestConfig, ResultSink> body, params string[] args) =>
        Of(TestFunction.Hosted(body), input, args);

    public static HostRun Of(string input, Action<ResourceList, TestConfig, ResultSink> body, params string[] args) =>
        Of(Encoding.UTF8.GetBytes(input), body, args);

    public static HostRun Of<TConfig>(HostedFunction<TConfig> function, byte[] input, params string[] args)
        where TConfig : class
    {
        using var stdin = new MemoryStream(input);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = new KrmHost<TConfig>(function).Run(args, stdin, stdout, stderr);
        return new HostRun(exit, stdout.ToArray(), stderr.ToString());
    }
}
