using System.Globalization;
using System.Text;
using Krm.Config;
using Krm.ResourceLists;
using Krm.Results;
using Krm.Yaml;
using Microsoft.Extensions.Logging;

namespace Krm.Hosting;

/// <summary>
/// The command around an <see cref="IKrmFunction{TConfig}"/>: arguments, reading, config binding,
/// running the function, the annotation guard, writing, results on stderr and the exit code.
/// In-process testable: streams in, streams out, exit code.
/// The output is buffered and written once, so stdout never holds a partial ResourceList.
/// </summary>
public sealed class KrmHost<TConfig>
    where TConfig : class
{
    private readonly HostedFunction<TConfig> function;
    private readonly IReadOnlyList<FunctionFlag> flags;

    /// <summary>A host for <paramref name="function"/>; its flags are derived from the config schema once, here.</summary>
    public KrmHost(HostedFunction<TConfig> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        this.function = function;
        flags = FunctionFlag.FromSchema(function.Definition.FieldsSchema, function.FlagAliases);
    }

    /// <summary>The size of the file stdin reads from, when it is one: its buffer is then allocated once.</summary>
    internal long StdinSizeHint { get; init; }

    /// <summary>
    /// Where the host's diagnostics go: by default synchronously to the run's stderr writer, so an
    /// in-process caller reads them there; the process entry sets the console logger.
    /// </summary>
    internal Action<ILoggingBuilder, TextWriter> AddLogProvider { get; init; } = HostLogging.AddWriter;

    /// <summary>One whole run, as the process would make it: <paramref name="args"/> as on the command line; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public int Run(IReadOnlyList<string> args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var output = new OutputStream(stdout);
        var exit = Run(args, stdin, output, stderr);
        output.Flush();
        if (output.Failure is not { } failure)
            return exit;
        // Output that did not arrive is a failure whatever the run found: a pipe's reader must not
        // take a truncated stream for the whole one.
        stderr.WriteLine($"{function.Name}: cannot write output: {failure}");
        return exit == ExitCodes.Ok ? ExitCodes.ErrorResults : exit;
    }

    private int Run(IReadOnlyList<string> args, Stream stdin, OutputStream stdout, TextWriter stderr)
    {
        var timer = new PhaseTimer();
        var command = CommandLine.Parse(args, flags);
        if (command.Error is { } error)
        {
            stderr.WriteLine($"{function.Name}: {error}");
            stderr.WriteLine($"Run '{function.Name} --help' for usage.");
            return ExitCodes.UsageOrInput;
        }
        // --help and --version are the requested output, so they go to stdout like any CLI's.
        if (command.Help)
            return WriteText(stdout, HelpText.Build(function, flags));
        if (command.Version)
            return WriteText(stdout, $"{function.Name} {function.Version}\n");

        using var log = new HostLog(command.Verbose, function.Name, stderr, AddLogProvider);
        try
        {
            return Execute(command, stdin, stdout, stderr, log, timer);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in the host itself: nothing was written to stdout, so fail without output.
            stderr.WriteLine($"{function.Name}: internal error: {e.Message}");
            if (command.Stack)
                stderr.WriteLine(e);
            return ExitCodes.ErrorResults;
        }
    }

    private int Execute(CommandLine command, Stream stdin, OutputStream stdout, TextWriter stderr, HostLog log, PhaseTimer timer)
    {
        if (ReadInputs(command, stdin, stderr) is not { } inputs)
            return ExitCodes.UsageOrInput;
        timer.Mark("read");

        ResourceList list;
        YamlNode? functionConfig;
        try
        {
            list = ResourceListReader.Read(inputs, function.KindsRead);
            functionConfig = command.ConfigFile is { } path ? ReadConfigFile(path) : list.FunctionConfig;
        }
        catch (Exception e) when (e is YamlException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{function.Name}: {e.Message}");
            if (command.Stack)
                stderr.WriteLine(e);
            return ExitCodes.UsageOrInput;
        }
        timer.Mark("parse");
        if (log.IsEnabled(LogLevel.Debug))
            log.Debug($"input: {list.Format}, {list.Items.Count} items from {string.Join(", ", inputs.Select(i => i.Name))}; {list.PassedThrough} non-KRM objects passed through");

        var results = new ResultSink(log);
        var values = new ConfigBinder(function.Definition).Bind(functionConfig, command.Flags, results);
        var config = results.HasErrors ? null : function.MapConfig(values, results);
        timer.Mark("config");
        if (config is not null && !results.HasErrors)
        {
            if (log.IsEnabled(LogLevel.Debug))
                log.Debug($"config: {string.Join(", ", values.All.Select(v => $"{v.Key}={v.Text} ({v.FieldPath})"))}");
            list = Process(list, config, inputs, results, command, stderr);
            timer.Mark("function");
            list = Guard(list, inputs, results, command, stderr);
            timer.Mark("guard");
        }

        // Results reach stderr first: orchestrators never show them, and a user must see them
        // even if writing fails.
        var standalone = command.HasFiles || list.Format == ResourceListFormat.Stream;
        foreach (var result in results.Results)
        {
            if (result.Severity != Severity.Info || command.Verbose)
                stderr.WriteLine(ResultLine.Format(result, withFile: standalone));
        }

        // A plain stream has no results to carry the failure: anything written would be applied
        // (`fn x.yaml | kubectl apply -f -`), so an error leaves stdout empty. A ResourceList keeps
        // its items and results: an empty one would delete every resource.
        if (standalone && results.HasErrors)
            return ExitCodes.ErrorResults;
        if (command.Diff)
            stdout.Write(SourceDiff.Render(list, inputs));
        else
            ResourceListWriter.WriteTo(list, list.Format == ResourceListFormat.ResourceList ? results.Results : [], stdout);
        stdout.Flush();
        timer.Mark("write");
        // What was done, for a person at a shell, once the output is out; a preview (--diff) did
        // nothing, and KRM mode's stderr is for warnings and errors.
        if (standalone && !command.Diff && !command.Quiet && stdout.Failure is null)
        {
            foreach (var summary in results.Summaries)
                stderr.WriteLine($"{function.Name}: {summary}");
        }
        if (log.IsEnabled(LogLevel.Debug))
            log.Debug(timer.Summary());
        return results.HasErrors ? ExitCodes.ErrorResults : ExitCodes.Ok;
    }

    /// <summary>Runs the function; if it throws, the input is read again so the items go out unchanged.</summary>
    private ResourceList Process(ResourceList list, TConfig config, IReadOnlyList<InputSource> inputs,
        ResultSink results, CommandLine command, TextWriter stderr)
    {
        try
        {
            function.Function.Process(list, config, results);
            list.CompleteChanges();
            return list;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            results.Add(FunctionFailure.ToResult(list, e));
            if (command.Stack)
                stderr.WriteLine(e);
            return ResourceListReader.Read(inputs);
        }
    }

    /// <summary>
    /// Keeps the function's edits only if they leave every orchestrator annotation as it was and
    /// can be rendered at all; otherwise the items go out unchanged, with an error result saying why.
    /// </summary>
    private static ResourceList Guard(ResourceList list, IReadOnlyList<InputSource> inputs,
        ResultSink results, CommandLine command, TextWriter stderr)
    {
        if (!list.Sources.Any(s => s.HasEdits))
            return list;
        IReadOnlyList<AnnotationViolation> violations;
        try
        {
            violations = AnnotationGuard.FindViolations(list);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            results.Error($"the function's edits could not be applied, items left unchanged: {e.Message}");
            if (command.Stack)
                stderr.WriteLine(e);
            return ResourceListReader.Read(inputs);
        }
        if (violations.Count == 0)
            return list;
        foreach (var violation in violations)
        {
            var what = violation.Key is null ? violation.What : $"orchestrator annotation {violation.Key} would be {violation.What}";
            results.Error($"refusing to write the function's edits: {what}; items left unchanged", violation.Item);
        }
        return ResourceListReader.Read(inputs);
    }

    private List<InputSource>? ReadInputs(CommandLine command, Stream stdin, TextWriter stderr)
    {
        var inputs = new List<InputSource>();
        var names = command.HasFiles ? command.Inputs : [CommandLine.Stdin];
        ReadOnlyMemory<byte>? stdinBytes = null;
        foreach (var name in names)
        {
            if (name == CommandLine.Stdin)
            {
                stdinBytes ??= InputReader.ReadAll(stdin, StdinSizeHint);
                inputs.Add(new InputSource("stdin", stdinBytes.Value));
                continue;
            }
            try
            {
                inputs.Add(new InputSource(name, File.ReadAllBytes(name)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{function.Name}: cannot read {name}: {Describe(e)}");
                return null;
            }
        }
        return inputs;
    }

    /// <summary>Our own words: the runtime's messages are resource keys in the trimmed binary (UseSystemResourceKeys).</summary>
    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    private static YamlNode? ReadConfigFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new YamlException($"cannot read {path}: {Describe(e)}", e);
        }
        YamlSource source;
        try
        {
            source = YamlSource.Parse(SourceText.Decode(bytes));
        }
        catch (YamlException e)
        {
            throw new YamlException($"{path}: {e.Message}", e);
        }
        var documents = source.Documents.Where(d => !d.IsNull).ToList();
        return documents.Count switch
        {
            0 => null,
            1 => documents[0],
            _ => throw new YamlException($"{path}: a functionConfig file must hold one document, found {documents.Count.ToString(CultureInfo.InvariantCulture)}"),
        };
    }

    private static int WriteText(Stream stdout, string text)
    {
        stdout.Write(Encoding.UTF8.GetBytes(text));
        stdout.Flush();
        return ExitCodes.Ok;
    }
}
