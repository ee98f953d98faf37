namespace NumaflowTls.Tests.Golden;

/// <summary>
/// Golden folders <c>testdata/&lt;case&gt;/</c>: <c>config.yaml</c>, the input (<c>input.yaml</c>, or
/// <c>input.fixtures</c> naming shared fixture files), <c>expected.yaml</c> (standalone output; empty after an error, when standalone mode writes nothing) and
/// <c>results.yaml</c> (exit code and the ResourceList results). Regenerate with <c>UPDATE_GOLDEN=1</c>,
/// never silently: without it a missing or different golden file fails.
/// </summary>
public class GoldenTests
{
    private static bool Update => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(RepoPaths.GoldenData).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    internal static string Input(string dir)
    {
        var inline = Path.Combine(dir, "input.yaml");
        if (File.Exists(inline))
            return File.ReadAllText(inline);
        var names = File.ReadAllLines(Path.Combine(dir, "input.fixtures")).Where(l => l.Trim().Length > 0);
        return string.Join("---\n", names.Select(n => RepoPaths.Fixture(n.Trim())));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_and_results_match_the_golden_files(string name)
    {
        var dir = Path.Combine(RepoPaths.GoldenData, name);
        var configPath = Path.Combine(dir, "config.yaml");
        var input = Input(dir);

        var stream = FunctionRun.Stream(input, configPath);
        var krm = FunctionRun.ResourceList(input, File.ReadAllText(configPath));
        Assert.Equal(stream.ExitCode, krm.ExitCode);
        var results = $"# exit code: {krm.ExitCode}\n" + FunctionRun.ResultsBlock(krm.Stdout);

        Check(Path.Combine(dir, "expected.yaml"), stream.Stdout);
        Check(Path.Combine(dir, "results.yaml"), results);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_second_run_changes_nothing(string name)
    {
        var dir = Path.Combine(RepoPaths.GoldenData, name);
        var configPath = Path.Combine(dir, "config.yaml");
        var first = FunctionRun.Stream(Input(dir), configPath);
        var second = FunctionRun.Stream(first.Stdout, configPath);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Switching_modes_and_back_restores_the_fields_of_that_mode(string name)
    {
        var input = Input(Path.Combine(RepoPaths.GoldenData, name));
        foreach (var (mode, other) in new[] { ("enabled", "disabled"), ("disabled", "enabled") })
        {
            var first = FunctionRun.Invoke(input, "--tls", mode);
            if (first.ExitCode != 0)
                continue; // a missing ConfigMap: nothing changed, nothing to restore
            // A refused run writes nothing: the files stay as they were, so the next step reads those.
            var switched = FunctionRun.Invoke(first.Stdout, "--tls", other).OutputOr(first.Stdout);
            var back = FunctionRun.Invoke(switched, "--tls", mode).OutputOr(switched);
            var check = FunctionRun.Invoke(back, "--tls", mode, "--validate", "--allow-no-server");
            Assert.True(check.ExitCode == 0, check.Stderr);
            // On → off → on restores the TLS-on fields. Off → on → off need not restore an
            // --insecure flag that TLS on had to remove when the ConfigMap can carry the mode.
            if (mode == "disabled" && first.Stdout.Contains("--insecure", StringComparison.Ordinal))
                continue;
            // A defaulted field the first run left absent comes back written with its default.
            Assert.Equal(DefaultedFields.Erase(first.Stdout), DefaultedFields.Erase(back));
            Assert.Equal(back, FunctionRun.Invoke(back, "--tls", mode).Stdout);
        }
    }

    private static void Check(string path, string actual)
    {
        if (Update)
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing; run with UPDATE_GOLDEN=1 and review the diff");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
