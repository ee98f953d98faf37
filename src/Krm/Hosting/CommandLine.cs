using Krm.Config;

namespace Krm.Hosting;

/// <summary>
/// The parsed command line: <c>[--tls X] [--insecure] [--port N] [--validate] [--diff]
/// [--config FILE] [-v] [--stack] [FILE|-]...</c>, or <c>--help</c>/<c>--version</c>. <see cref="Error"/> is set
/// for a usage error (exit 2).
/// </summary>
internal sealed record CommandLine(
    bool Help,
    bool Version,
    bool Verbose,
    bool Stack,
    string? ConfigFile,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<ConfigFlag> Flags,
    string? Error)
{
    public const string Stdin = "-";

    /// <summary>Standalone mode: file arguments were given (stdin may still be a plain stream).</summary>
    public bool HasFiles => Inputs.Count > 0;

    /// <summary><c>--diff</c>: print a unified diff of what would change instead of the output.</summary>
    public bool Diff { get; init; }

    /// <summary><c>-q</c>: no summary lines in standalone mode (warnings and errors still print).</summary>
    public bool Quiet { get; init; }

    /// <summary>
    /// Hand-rolled on purpose: System.CommandLine would cost start-up for eight flags. Boolean
    /// flags never take the next argument (it may be a file): <c>--insecure=false</c>, not
    /// <c>--insecure false</c>.
    /// </summary>
    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyList<FunctionFlag> functionFlags)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(functionFlags);
        bool help = false, version = false, verbose = false, stack = false, diff = false, quiet = false;
        string? configFile = null;
        var inputs = new List<string>();
        var flags = new List<ConfigFlag>();
        CommandLine Fail(string error) => new(false, false, false, false, null, [], [], error);

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                inputs.AddRange(args.Skip(i + 1));
                break;
            }
            if (arg == Stdin || !arg.StartsWith('-'))
            {
                inputs.Add(arg);
                continue;
            }

            var (name, inlineValue) = Split(arg);
            switch (name)
            {
                case "-h" or "--help":
                    help = true;
                    continue;
                case "--version":
                    version = true;
                    continue;
                case "-v" or "--verbose":
                    verbose = true;
                    continue;
                case "--stack":
                    stack = true;
                    continue;
                case "--diff":
                    diff = true;
                    continue;
                case "-q" or "--quiet":
                    quiet = true;
                    continue;
                case "--config":
                    configFile = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
                    if (string.IsNullOrEmpty(configFile))
                        return Fail("--config needs a FILE");
                    continue;
            }

            var flag = name.StartsWith("--", StringComparison.Ordinal)
                ? functionFlags.FirstOrDefault(f => f.Name == name[2..])
                : null;
            if (flag is null)
                return Fail($"unknown flag '{name}'");
            string? value = inlineValue;
            if (value is null)
            {
                if (flag.Schema.Type == SchemaType.Boolean)
                {
                    // "--insecure true" would read a file named "true"; say what was meant instead.
                    if (i + 1 < args.Count && args[i + 1] is var next && IsBooleanWord(next) && !File.Exists(next))
                        return Fail($"{name} takes no separate value: write {name}={next.ToLowerInvariant()} ('{next}' is not a file)");
                    value = "true";
                }
                else if (i + 1 < args.Count)
                    value = args[++i];
                else
                    return Fail($"{name} needs a value ({flag.Schema.Describe()})");
            }
            flags.Add(new ConfigFlag(flag.Key, value, name));
        }
        return new CommandLine(help, version, verbose, stack, configFile, inputs, flags, null) { Diff = diff, Quiet = quiet };
    }

    private static bool IsBooleanWord(string arg) =>
        arg.Equals("true", StringComparison.OrdinalIgnoreCase) || arg.Equals("false", StringComparison.OrdinalIgnoreCase);

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }
}
