using Krm.ResourceLists;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Krm.Results;

/// <summary>
/// Where a function reports what it found and did. Results are collected in the order reported
/// (deterministic as long as the function is); the host writes them into the output ResourceList,
/// mirrors warnings and errors to stderr and derives the exit code from them.
/// </summary>
public sealed class ResultSink
{
    private readonly List<Result> results = [];
    private readonly List<string> summaries = [];

    /// <summary>A sink whose <see cref="Log"/> discards everything (tests, tools).</summary>
    public ResultSink()
        : this(NullLogger.Instance)
    {
    }

    internal ResultSink(ILogger log) => Log = log;

    /// <summary>
    /// Diagnostics that are not results: lines on stderr only, never in the output (debug lines
    /// with <c>-v</c>, warnings and up always). The host's logger is built on the first line that
    /// is written, so a function may keep debug calls in its hot path; check
    /// <see cref="ILogger.IsEnabled"/> before building an expensive message.
    /// </summary>
    public ILogger Log { get; }

    /// <summary>The results so far, in the order reported.</summary>
    public IReadOnlyList<Result> Results => results;

    /// <summary>One line per unit of work, for a person at a shell (see <see cref="Summary"/>).</summary>
    public IReadOnlyList<string> Summaries => summaries;

    /// <summary>
    /// What the run did, in one line a newcomer can read ("ns/name: 6 fields changed to …"). Not a
    /// result: the host prints it on stderr in standalone mode after a successful run, unless
    /// <c>-q</c>; KRM mode keeps stderr for warnings and errors.
    /// </summary>
    public void Summary(string line)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(line);
        summaries.Add(line);
    }

    /// <summary>Whether any result is an <see cref="Severity.Error"/> (the run will exit 1).</summary>
    public bool HasErrors => results.Exists(r => r.Severity == Severity.Error);

    /// <summary>Adds a result built by the caller.</summary>
    public void Add(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        results.Add(result);
    }

    /// <summary>Adds a result about <paramref name="resource"/>; its resourceRef and file come from the item.</summary>
    public void Add(Severity severity, string message, KrmResource? resource = null, FieldRef? field = null,
        IReadOnlyDictionary<string, string>? tags = null) =>
        results.Add(new Result(message, severity, resource?.Ref, field, resource?.File, tags));

    /// <summary>Reports an error: the run exits 1 (the function's edits are still written).</summary>
    public void Error(string message, KrmResource? resource = null, FieldRef? field = null) =>
        Add(Severity.Error, message, resource, field);

    /// <summary>Reports a warning: shown on stderr, the exit code stays 0.</summary>
    public void Warning(string message, KrmResource? resource = null, FieldRef? field = null) =>
        Add(Severity.Warning, message, resource, field);

    /// <summary>Reports what the function did: in the output results, on stderr only with <c>-v</c>.</summary>
    public void Info(string message, KrmResource? resource = null, FieldRef? field = null) =>
        Add(Severity.Info, message, resource, field);
}
