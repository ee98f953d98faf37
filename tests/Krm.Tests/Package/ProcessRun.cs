using System.Diagnostics;

using Krm.TestSupport;

namespace Krm.Tests.Package;

/// <summary>One finished run of a real program (dotnet, kpt, the example's binary).</summary>
internal sealed record ProcessRun(string Command, int ExitCode, string Stdout, string Stderr)
{
    public static ProcessRun Of(string program, IEnumerable<string> args, string? stdin = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? UpstreamFixtures.RepositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        var command = string.Join(' ', [program, .. start.ArgumentList]);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin ?? "");
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within 5 minutes");
        }
        process.WaitForExit();
        return new ProcessRun(command, process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The program's path on PATH, or null.</summary>
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);

    public override string ToString() => $"{Command} exited {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
