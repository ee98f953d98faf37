using System.Text;
using Krm.Hosting;

namespace Krm.Testing;

/// <summary>One in-process run of a function's host: what a process would see (exit code, stdout, stderr).</summary>
public sealed record FunctionRun(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public static FunctionRun Of<TConfig>(HostedFunction<TConfig> function, string stdin, params string[] args)
        where TConfig : class =>
        Of(function, Encoding.UTF8.GetBytes(stdin ?? ""), args);

    public static FunctionRun Of<TConfig>(HostedFunction<TConfig> function, byte[] stdin, params string[] args)
        where TConfig : class
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(args);
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        using var errors = new StringWriter();
        var exit = new KrmHost<TConfig>(function).Run(args, input, output, errors);
        return new FunctionRun(exit, output.ToArray(), errors.ToString());
    }
}
