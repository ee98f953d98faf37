using System.Text;
using Krm.Testing;
using NumaflowTls.Configuration;

namespace NumaflowTls.Tests.Golden;

/// <summary>One in-process run of the real command (the same host the binary uses).</summary>
internal sealed record FunctionRun(int ExitCode, string Stdout, string Stderr)
{
    public static FunctionRun Invoke(string stdin, params string[] args)
    {
        var run = Krm.Testing.FunctionRun.Of(ServerTlsCommand.Create(), stdin, args);
        return new FunctionRun(run.ExitCode, run.Stdout, run.Stderr);
    }

    /// <summary>
    /// The stderr lines that are not the summary of an install left as it was: a no-op run prints
    /// only "ns/name: already enabled (HTTPS :8443), nothing changed" lines, so this is empty.
    /// </summary>
    public IReadOnlyList<string> StderrBesidesNoChangeSummaries =>
        Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !(line.StartsWith("numaflow-tls: ", StringComparison.Ordinal) && line.EndsWith(", nothing changed", StringComparison.Ordinal)))
            .ToList();

    /// <summary>What a file holds after this standalone run: its output, or <paramref name="before"/> when the run was refused and wrote nothing.</summary>
    public string OutputOr(string before) => ExitCode == 0 ? Stdout : before;

    /// <summary>Standalone mode: a plain stream in, the same stream out (results only on stderr).</summary>
    public static FunctionRun Stream(string input, string configPath) => Invoke(input, "--config", configPath);

    /// <summary>KRM mode: the stream wrapped as a ResourceList with <paramref name="config"/> as functionConfig.</summary>
    public static FunctionRun ResourceList(string input, string config) => Invoke(Wrap(input, config));

    /// <summary>Builds a ResourceList by indenting each document of the stream under <c>items</c>.</summary>
    public static string Wrap(string stream, string config) =>
        ResourceListText.Wrap(ResourceListText.Documents(stream), config);

    /// <summary>The <c>results:</c> block of a ResourceList output (empty when there is none).</summary>
    public static string ResultsBlock(string resourceList)
    {
        var lines = resourceList.Split('\n');
        var start = Array.IndexOf(lines, "results:");
        if (start < 0)
            return "";
        var end = start + 1;
        while (end < lines.Length && (lines[end].StartsWith(' ') || lines[end].StartsWith("- ", StringComparison.Ordinal)))
            end++;
        return string.Join('\n', lines[start..end]) + "\n";
    }
}
