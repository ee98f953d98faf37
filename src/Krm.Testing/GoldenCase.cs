using System.Text;

namespace Krm.Testing;

/// <summary>
/// One golden folder, <c>testdata/&lt;case&gt;/{config,input,expected}.yaml</c> (config optional), as
/// kyaml's framework checks them: the output must be <c>expected.yaml</c> byte for byte. With
/// <c>UPDATE_GOLDEN=1</c> the expected file is rewritten on purpose; it is never created silently.
/// </summary>
public sealed record GoldenCase(string Name, string Folder)
{
    public const string UpdateVariable = "UPDATE_GOLDEN";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public string InputPath => Path.Combine(Folder, "input.yaml");

    /// <summary>Null when the case has no <c>config.yaml</c> (the function runs with its defaults).</summary>
    public string? ConfigPath => File.Exists(Path.Combine(Folder, "config.yaml")) ? Path.Combine(Folder, "config.yaml") : null;

    public string ExpectedPath => Path.Combine(Folder, "expected.yaml");

    public string Input => File.ReadAllText(InputPath);

    /// <summary>The cases under <paramref name="testdata"/>, by name; a folder without <c>input.yaml</c> is not a case.</summary>
    public static IReadOnlyList<GoldenCase> All(string testdata)
    {
        ArgumentNullException.ThrowIfNull(testdata);
        return [.. Directory.GetDirectories(testdata)
            .Where(d => File.Exists(Path.Combine(d, "input.yaml")))
            .Order(StringComparer.Ordinal)
            .Select(d => new GoldenCase(Path.GetFileName(d), d))];
    }

    /// <summary>Compares <paramref name="actual"/> with <c>expected.yaml</c> (rewriting it when updating).</summary>
    public void Check(byte[] actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        if (Updating)
            File.WriteAllBytes(ExpectedPath, actual);
        if (!File.Exists(ExpectedPath))
            throw new GoldenMismatchException($"{ExpectedPath} is missing: run with {UpdateVariable}=1 and review the diff");
        var expected = File.ReadAllBytes(ExpectedPath);
        if (expected.AsSpan().SequenceEqual(actual))
            return;
        var diff = LineDiff.Compute(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        throw new GoldenMismatchException(
            $"{Name}: the output differs from {ExpectedPath} (- expected, + actual; {UpdateVariable}=1 rewrites it):\n{string.Join('\n', diff)}");
    }

    public void Check(string actual) => Check(Encoding.UTF8.GetBytes(actual ?? ""));

    public override string ToString() => Name;
}
