using Krm.Yaml;

namespace NumaflowTls.Discovery;

/// <summary>One word of the command line: the sequence (<c>command</c> or <c>args</c>) and index it sits at.</summary>
public sealed record WordPlace(YamlNode Sequence, string Field, int Index);

/// <summary>
/// The server container's effective argv: <c>command</c> + <c>args</c>, or the image's
/// entrypoint <c>numaflow</c> + <c>args</c> when <c>command</c> is absent or empty. Its second word
/// must be exactly <c>server</c> (not <c>server-init</c>, <c>daemon-server</c>…).
/// <see cref="Words"/> starts at that <c>server</c>, so flags are found wherever they are written,
/// and <see cref="Place"/> says where each word really is, for the planner to edit it there.
/// </summary>
public sealed class ServerCommandLine
{
    private readonly YamlNode? command;
    private readonly YamlNode? args;

    /// <summary>How many words of <see cref="Words"/> (from <c>server</c> on) sit in <c>command</c>.</summary>
    private readonly int inCommand;

    private ServerCommandLine(YamlNode? command, YamlNode? args, int inCommand, IReadOnlyList<string> words)
    {
        this.command = command;
        this.args = args;
        this.inCommand = inCommand;
        Words = words;
    }

    public const string Subcommand = "server";

    /// <summary><c>server</c> and every word after it.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The server's command line, or null when the container does not run <c>numaflow server</c>.</summary>
    public static ServerCommandLine? Read(YamlNode container)
    {
        ArgumentNullException.ThrowIfNull(container);
        var command = container["command"] is { Kind: YamlNodeKind.Sequence, Items.Count: > 0 } c ? c : null;
        var args = container["args"] is { Kind: YamlNodeKind.Sequence } a ? a : null;
        var commandWords = command?.Items.Select(Text).ToList() ?? [];
        var argWords = args?.Items.Select(Text).ToList() ?? [];
        // argv[0] is the binary (command[0], or the implied entrypoint); argv[1] the subcommand.
        if (commandWords.Count >= 2)
        {
            return commandWords[1] == Subcommand
                ? new ServerCommandLine(command, args, commandWords.Count - 1, [.. commandWords.Skip(1), .. argWords])
                : null;
        }
        return argWords.Count > 0 && argWords[0] == Subcommand
            ? new ServerCommandLine(command, args, 0, argWords)
            : null;
    }

    /// <summary>Where word <paramref name="word"/> of <see cref="Words"/> is written.</summary>
    public WordPlace Place(int word) =>
        word < inCommand ? new WordPlace(command!, "command", word + 1) : new WordPlace(args!, "args", word - inCommand);

    /// <summary>Where a word inserted right after <c>server</c> goes: the same sequence, the next index.</summary>
    public WordPlace InsertAfterSubcommand() =>
        inCommand > 0 ? new WordPlace(command!, "command", 2) : new WordPlace(args!, "args", 1);

    private static string Text(YamlNode word) => word.Value ?? "";
}
