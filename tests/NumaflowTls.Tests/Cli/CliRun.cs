using System.Text;
using Krm.Testing;
using NumaflowTls.Configuration;

namespace NumaflowTls.Tests.Cli;

/// <summary>One in-process run of the numaflow-tls command (the same host the executable runs).</summary>
internal static class CliRun
{
    public static FunctionRun Of(string input, params string[] args) => Of(Encoding.UTF8.GetBytes(input), args);

    public static FunctionRun Of(byte[] input, params string[] args) => FunctionRun.Of(ServerTlsCommand.Create(), input, args);
}
