using System.Text;
using Krm.Hosting;
using NumaflowTls.Configuration;

namespace NumaflowTls.Tests.Cli;

/// <summary>One in-process run of the numaflow-tls command (the same host the executable runs).</summary>
internal sealed record CliRun(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public static CliRun Of(string input, params string[] args) => Of(Encoding.UTF8.GetBytes(input), args);

    public static CliRun Of(byte[] input, params string[] args)
    {
        using var stdin = new MemoryStream(input);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = new KrmHost<ServerTlsConfig>(ServerTlsCommand.Create()).Run(args, stdin, stdout, stderr);
        return new CliRun(exit, stdout.ToArray(), stderr.ToString());
    }
}
