using System.Diagnostics;
using Krm.Hosting;
using Krm.Testing;
using NumaflowTls.Tests.Golden;

namespace NumaflowTls.Tests.Cli;

/// <summary>
/// <c>--diff</c> (README, Shell pipelines): a unified diff of what the normal run would change, on stdout,
/// nothing written; exit 0 with or without changes (README, Exit codes). Golden diffs live in
/// <c>Cli/testdata/&lt;case&gt;.diff</c>; regenerate with <c>UPDATE_GOLDEN=1</c>.
/// </summary>
public sealed class DiffTests : IDisposable
{
    private const string Deployment = "numaflow-v1.8.3-base-numaflow-server-deployment.yaml";
    private const string ConfigMap = "numaflow-v1.8.3-base-numaflow-cmd-params-config.yaml";
    private const string Service = "numaflow-v1.8.3-base-numaflow-server-service.yaml";
    private const string HelmBroken = "helm-numaflow-0.0.2-8cac5f2-before-fix-insecure-true.yaml";

    private readonly string work = Directory.CreateTempSubdirectory("numaflow-tls-diff-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void Disabled_mode_diffs_each_changed_file_of_the_base_install()
    {
        var run = Run(["--tls", "disabled", "--diff"], Deployment, ConfigMap, Service);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        CheckGolden("v1.8.3-base-disabled", run.Stdout);
        Assert.Contains($"--- a/{Deployment}\n+++ b/{Deployment}\n@@ ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"--- a/{ConfigMap}\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_mode_diffs_the_broken_helm_output()
    {
        var run = Run(["--diff"], HelmBroken);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        CheckGolden("helm-before-fix-auto", run.Stdout);
    }

    [Fact]
    public void No_change_prints_nothing_and_exits_0()
    {
        var fixedFiles = Run(["--tls", "disabled"], Deployment, ConfigMap, Service);
        File.WriteAllText(Path.Combine(work, "fixed.yaml"), fixedFiles.Stdout);

        var run = Run(["--tls", "disabled", "--diff"], "fixed.yaml");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
    }

    [Fact]
    public void Stdin_is_named_stdin_in_the_diff()
    {
        var input = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, HelmBroken));

        var run = CliRun.Of(input, "--diff");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "NumaflowTls.Tests", "Cli", "testdata", "helm-before-fix-auto.diff"))
                .Replace(HelmBroken, "stdin", StringComparison.Ordinal),
            run.Stdout);
    }

    [Fact]
    public void Diff_writes_no_file()
    {
        CopyFixtures(Deployment, ConfigMap);
        var before = Snapshot();

        var run = Run(["--tls", "disabled", "--diff"], Deployment, ConfigMap);

        Assert.NotEmpty(run.StdoutBytes);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Patching_the_files_with_the_diff_gives_what_the_normal_run_writes()
    {
        var names = new[] { Deployment, ConfigMap, Service };
        var normal = Run(["--tls", "disabled"], names);
        var diff = Run(["--tls", "disabled", "--diff"], names);
        File.WriteAllText(Path.Combine(work, "changes.diff"), diff.Stdout);

        Patch("changes.diff");

        // The normal run joins the files with "---" (each fixture ends with a newline).
        var patched = string.Join("---\n", names.Select(n => File.ReadAllText(Path.Combine(work, n))));
        Assert.Equal(normal.Stdout, patched);
    }

    [Fact]
    public void Validate_with_diff_changes_nothing_and_exits_1_on_drift()
    {
        var run = Run(["--tls", "disabled", "--validate", "--diff"], Deployment, ConfigMap);

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Contains("[error]", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_config_with_diff_prints_no_diff_and_exits_1()
    {
        var run = Run(["--port", "0", "--diff"], Deployment);

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
    }

    /// <summary>Copies the fixtures into the work folder and runs there, so the diff names the files relatively.</summary>
    private Krm.Testing.FunctionRun Run(string[] flags, params string[] names)
    {
        CopyFixtures(names);
        var run = CliRun.Of("", [.. flags, .. names.Select(n => Path.Combine(work, n))]);
        return run with { StdoutBytes = System.Text.Encoding.UTF8.GetBytes(run.Stdout.Replace(work.TrimStart('/') + "/", "", StringComparison.Ordinal)) };
    }

    private void CopyFixtures(params string[] names)
    {
        foreach (var name in names)
        {
            var target = Path.Combine(work, name);
            if (!File.Exists(target))
                File.Copy(Path.Combine(RepoPaths.Fixtures, name), target);
        }
    }

    /// <summary>Every file of the work folder and its text: a file written or added shows.</summary>
    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(work).ToDictionary(f => f, File.ReadAllText);

    private void Patch(string diffFile)
    {
        var start = new ProcessStartInfo("patch", ["-p1", "-s", "-i", diffFile]) { WorkingDirectory = work, RedirectStandardError = true };
        using var patch = Process.Start(start)!;
        var error = patch.StandardError.ReadToEnd();
        patch.WaitForExit();
        Assert.True(patch.ExitCode == 0, $"patch failed: {error}");
    }

    private static void CheckGolden(string name, string actual)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "NumaflowTls.Tests", "Cli", "testdata", name + ".diff");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"golden {path} missing: run with UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
