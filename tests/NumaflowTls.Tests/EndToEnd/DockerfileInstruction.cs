namespace NumaflowTls.Tests.EndToEnd;

/// <summary>One Dockerfile instruction (continuation lines joined, comments dropped).</summary>
public sealed record DockerfileInstruction(string Keyword, string Arguments)
{
    public static IReadOnlyList<DockerfileInstruction> Parse(string dockerfile)
    {
        var instructions = new List<DockerfileInstruction>();
        var pending = "";
        foreach (var raw in dockerfile.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var full = pending + line;
            pending = "";
            var space = full.IndexOf(' ', StringComparison.Ordinal);
            instructions.Add(space < 0
                ? new DockerfileInstruction(full.ToUpperInvariant(), "")
                : new DockerfileInstruction(full[..space].ToUpperInvariant(), full[(space + 1)..].Trim()));
        }

        return instructions;
    }
}
