using System.Text;
using System.Text.Json;
using NumaflowTls.Tests.EndToEnd;
using GoldenPaths = NumaflowTls.Tests.Golden.RepoPaths;

namespace NumaflowTls.Tests.Cli;

/// <summary>
/// What <c>kubectl get … -o yaml|json</c> and a PowerShell redirect really produce, piped through
/// the Native AOT executable: a List's items are validated and edited in place, JSON stays JSON,
/// and UTF-16 comes back as UTF-16.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class PublishedInputShapesTests(PublishedBinary binary) : IDisposable
{
    private readonly TempDirectory _scratch = new();

    private static string GoldenInput(string name) => File.ReadAllText(Path.Combine(GoldenPaths.GoldenData, name, "input.yaml"));

    [Theory]
    [InlineData("kubectl-list-disabled")]
    [InlineData("kubectl-list-json-disabled")]
    [InlineData("list-then-documents-disabled")]
    public void Validate_looks_into_a_List_on_stdin_and_passes_once_it_is_fixed(string name)
    {
        var runner = new ProcessRunner();
        var input = GoldenInput(name);

        var broken = runner.Run(binary.Path, ["--tls", "disabled", "--validate"], input);
        var fixedOutput = runner.Run(binary.Path, ["--tls", "disabled"], input);
        var again = runner.Run(binary.Path, ["--tls", "disabled", "--validate"], fixedOutput.Stdout);

        Assert.True(broken.ExitCode == 1, broken.ToString());
        Assert.Contains("apps/v1/Deployment/numaflow-system/numaflow-server", broken.Stderr, StringComparison.Ordinal);
        Assert.Contains("v1/Service/numaflow-system/numaflow-server", broken.Stderr, StringComparison.Ordinal);
        Assert.True(fixedOutput.ExitCode == 0, fixedOutput.ToString());
        Assert.DoesNotContain("ResourceList", fixedOutput.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("results:", fixedOutput.Stdout, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
    }

    [Fact]
    public void A_JSON_List_comes_out_as_JSON_and_its_diff_is_that_of_diff_u()
    {
        var input = Path.Combine(_scratch.Path, "list.json");
        File.WriteAllText(input, GoldenInput("kubectl-list-json-disabled"));
        var runner = new ProcessRunner { WorkingDirectory = _scratch.Path };

        var normal = runner.Run(binary.Path, "--tls", "disabled", "list.json");
        var diff = runner.Run(binary.Path, "--tls", "disabled", "--diff", "list.json");

        Assert.True(normal.ExitCode == 0, normal.ToString());
        using (var json = JsonDocument.Parse(normal.Stdout))
        {
            var items = json.RootElement.GetProperty("items");
            Assert.Equal("List", json.RootElement.GetProperty("kind").GetString());
            Assert.Contains(items.EnumerateArray(), i => i.GetProperty("kind").GetString() == "ConfigMap"
                && i.GetProperty("data").GetProperty("server.insecure").GetString() == "true");
        }
        File.WriteAllText(Path.Combine(_scratch.Path, "out.json"), normal.Stdout);
        var gnu = runner.Run("diff", "-u", "list.json", "out.json");
        Assert.True(gnu.ExitCode == 1, gnu.ToString());
        Assert.Equal(Body(gnu.Stdout), Body(diff.Stdout));
        // Five edited lines, and server.insecure on a line of its own like its neighbours.
        Assert.True(diff.Stdout.Split('\n').Count(l => l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)) <= 6, diff.Stdout);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void A_UTF16_file_comes_back_in_UTF16_with_its_BOM_and_the_same_edits(string encodingName)
    {
        var encoding = encodingName == "utf-16LE" ? new UnicodeEncoding(false, true) : new UnicodeEncoding(true, true);
        var text = GoldenInput("kubectl-list-disabled").Replace("\n", "\r\n", StringComparison.Ordinal); // a PowerShell redirect
        var input = Path.Combine(_scratch.Path, "in.yaml");
        File.WriteAllBytes(input, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        var output = Path.Combine(_scratch.Path, "out.yaml");
        var runner = new ProcessRunner { WorkingDirectory = _scratch.Path };

        var wide = runner.Run("sh", "-c", $"'{binary.Path}' --tls disabled in.yaml > out.yaml");
        var utf8 = runner.Run(binary.Path, ["--tls", "disabled"], text);

        Assert.True(wide.ExitCode == 0, wide.ToString());
        var bytes = File.ReadAllBytes(output);
        Assert.Equal(encoding.GetPreamble(), bytes[..2]);
        Assert.Equal(utf8.Stdout, encoding.GetString(bytes, 2, bytes.Length - 2));
        Assert.NotEqual(text, utf8.Stdout);
    }

    public void Dispose() => _scratch.Dispose();

    /// <summary>Everything after the two header lines.</summary>
    private static string Body(string diff) => string.Join('\n', diff.Split('\n').Skip(2));
}
