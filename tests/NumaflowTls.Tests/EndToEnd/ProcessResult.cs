namespace NumaflowTls.Tests.EndToEnd;

/// <summary>What a finished process left behind. <see cref="ToString"/> is what a failing assert shows.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() =>
        $"$ {Command}\nexit {ExitCode}\n--- stderr ---\n{Stderr}\n--- stdout ({Stdout.Length} chars) ---\n"
        + (Stdout.Length > 4000 ? Stdout[..4000] + "\n…" : Stdout);
}
