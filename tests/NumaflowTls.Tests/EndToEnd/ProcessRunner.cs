using System.Diagnostics;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>Runs a real program (kpt, kubectl, the published binary) with a bounded wait.</summary>
public sealed record ProcessRunner
{
    public string WorkingDirectory { get; init; } = RepoPaths.Root;

    /// <summary>Variables to set (a null value removes the variable).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Directories put first on PATH, in order.</summary>
    public IReadOnlyList<string> PathPrefix { get; init; } = [];

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    public ProcessResult Run(string fileName, IEnumerable<string> arguments, string? stdin = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (PathPrefix.Count > 0)
        {
            start.Environment["PATH"] = string.Join(':', PathPrefix) + ":" + System.Environment.GetEnvironmentVariable("PATH");
        }

        foreach (var (name, value) in Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var command = string.Join(' ', new[] { fileName }.Concat(start.ArgumentList));
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(stdin ?? "");
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program exited without reading all of stdin; its exit code and stderr say why.
        }

        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within {Timeout}");
        }

        process.WaitForExit();
        return new ProcessResult(command, process.ExitCode, stdout.Result, stderr.Result);
    }

    public ProcessResult Run(string fileName, params string[] arguments) => Run(fileName, arguments, stdin: null);
}
