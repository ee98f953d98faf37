using System.Globalization;
using NumaflowTls.Tests.Golden;

namespace NumaflowTls.Tests.Hardening;

/// <summary>
/// One folder of <c>testdata/malformed/</c>: the input bytes (<c>input.yaml</c> or <c>input.bin</c>)
/// and <c>expected.txt</c>, whose first line is <c>exit: N</c> and second <c>stderr: TEXT</c>
/// (a substring of the one-line message).
/// </summary>
internal sealed record MalformedCase(string Name, byte[] Input, int ExitCode, string StderrPart)
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "NumaflowTls.Tests", "Hardening", "testdata", "malformed");

    public static IEnumerable<string> Names() =>
        Directory.GetDirectories(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static MalformedCase Load(string name)
    {
        var dir = Path.Combine(Folder, name);
        var input = File.Exists(Path.Combine(dir, "input.bin"))
            ? File.ReadAllBytes(Path.Combine(dir, "input.bin"))
            : File.ReadAllBytes(Path.Combine(dir, "input.yaml"));
        var lines = File.ReadAllLines(Path.Combine(dir, "expected.txt"));
        var exit = int.Parse(Value(lines, "exit"), CultureInfo.InvariantCulture);
        return new MalformedCase(name, input, exit, Value(lines, "stderr"));
    }

    private static string Value(string[] lines, string key) =>
        lines.Single(l => l.StartsWith(key + ":", StringComparison.Ordinal))[(key.Length + 1)..].Trim();
}
