using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Krm.TestSupport;
using Krm.Yaml;

namespace Krm.Tests.Yaml.Differential;

/// <summary>
/// Every document PyYAML accepts — the vendored upstream manifests, every YAML file under a test's
/// <c>testdata</c> (golden inputs, configs, the malformed corpus) and <see cref="FlowAnchorShapes"/>
/// — is accepted here with the same data: the same mappings (keys in order), sequences and scalar
/// values, and an alias met where PyYAML meets the same node again. PyYAML is the reference
/// kubectl's own YAML agrees with on these; refusals that are policy (README, Safety: a repeated
/// key, nesting beyond the limit, UTF-16, a cyclic alias) are checked to be refusals; a tag PyYAML
/// reads with a flow indicator in it (YAML 1.1 leniency) is not compared. Needs <c>python3</c> with
/// PyYAML (Debian: <c>python3-yaml</c>); skipped without it, failed under <c>CI=true</c>.
/// </summary>
public sealed class PyYamlDifferentialTests
{
    private static readonly string Script = Path.Combine(UpstreamFixtures.RepositoryRoot, "tests", "Krm.Tests", "Yaml", "Differential", "pyyaml_compose.py");

    [Fact]
    public void Every_document_PyYAML_accepts_is_read_with_the_same_data()
    {
        if (!PyYamlAvailable(out var why))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"PyYAML is required under CI=true: {why}");
            return;
        }
        var cases = Corpus().ToList();
        var verdicts = RunPyYaml(cases);
        Assert.Equal(cases.Count, verdicts.GetArrayLength());

        var failures = new List<string>();
        int accepted = 0, policy = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var verdict = verdicts[i];
            if (!verdict.GetProperty("ok").GetBoolean() || verdict.TryGetProperty("differs", out _))
                continue;
            var bytes = cases[i].Bytes;
            var ours = TryParse(bytes, out var error);
            if (verdict.TryGetProperty("skip", out var skip))
            {
                policy++;
                if (ours is not null)
                    failures.Add($"{cases[i].Name}: accepted, but it has a {skip.GetString()} (refused on purpose)");
                continue;
            }
            accepted++;
            if (ours is null)
            {
                failures.Add($"{cases[i].Name}: PyYAML accepts it, refused here: {error}");
                continue;
            }
            var theirs = verdict.GetProperty("docs");
            var documents = ours.Documents;
            if (documents.Count != theirs.GetArrayLength())
            {
                failures.Add($"{cases[i].Name}: {documents.Count} documents here, {theirs.GetArrayLength()} in PyYAML");
                continue;
            }
            for (var d = 0; d < documents.Count; d++)
            {
                if (Mismatch(documents[d], theirs[d], [], "") is { } where)
                {
                    failures.Add($"{cases[i].Name}: document {d}: {where}");
                    break;
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {accepted} accepted documents differ:\n" + string.Join('\n', failures.Take(40)));
        // The corpus must really hold what it claims: a broken collection step would pass vacuously.
        Assert.True(accepted > 500, $"only {accepted} documents accepted by PyYAML");
        Assert.True(policy > 0, "no policy refusal in the corpus (the malformed corpus has a duplicate key)");
    }

    [Theory]
    [InlineData("data: {a: &x one, b: two}", "one", "two")]
    [InlineData("data: {a: &x one , b: two}", "one", "two")]
    [InlineData("data: {a: &x 'one',b: two}", "one", "two")]
    [InlineData("data: {a: &x !!str one,\n  b: two}", "one", "two")]
    public void An_anchored_scalar_followed_by_the_next_flow_entry_is_read(string yaml, string a, string b)
    {
        var data = YamlSource.Parse(yaml).Documents[0]["data"]!;

        Assert.Equal(a, data.GetString("a"));
        Assert.Equal(b, data.GetString("b"));
    }

    [Fact]
    public void An_anchored_scalar_followed_by_no_comma_is_still_refused()
    {
        var e = Assert.Throws<YamlException>(() => YamlSource.Parse("data: {a: &x one b: two}"));

        Assert.Contains("did not find expected ',' or '}'", e.Message, StringComparison.Ordinal);
    }

    private sealed record Case(string Name, byte[] Bytes, string? Path);

    private static IEnumerable<Case> Corpus()
    {
        var root = UpstreamFixtures.RepositoryRoot;
        var files = Directory.EnumerateFiles(UpstreamFixtures.RequireDirectory(), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateDirectories(Path.Combine(root, "tests"), "testdata", SearchOption.AllDirectories)
                .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories)))
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
            yield return new Case(Path.GetRelativePath(root, file), File.ReadAllBytes(file), file);
        foreach (var (name, text) in FlowAnchorShapes.All())
            yield return new Case(name, Encoding.UTF8.GetBytes(text), null);
    }

    private static YamlSource? TryParse(byte[] bytes, out string? error)
    {
        error = null;
        try
        {
            return YamlSource.Parse(SourceText.Decode(bytes));
        }
        catch (YamlException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>Where <paramref name="node"/> and PyYAML's data first differ, or null.</summary>
    private static string? Mismatch(YamlNode node, JsonElement theirs, Dictionary<YamlNode, int> seen, string path)
    {
        if (seen.TryGetValue(node, out var id))
        {
            return theirs.ValueKind == JsonValueKind.Object && theirs.TryGetProperty("ref", out var r) && r.GetInt32() == id
                ? null
                : $"{path}: an alias of node {id} here, {theirs} in PyYAML";
        }
        seen[node] = seen.Count;
        switch (node.Kind)
        {
            case YamlNodeKind.Scalar when node.IsNull:
                return theirs.ValueKind == JsonValueKind.Null ? null : $"{path}: null here, {theirs} in PyYAML";
            case YamlNodeKind.Scalar:
                return theirs.ValueKind == JsonValueKind.String && theirs.GetString() == node.Value
                    ? null
                    : $"{path}: scalar {JsonSerializer.Serialize(node.Value, DifferentialJson.Default.String)} here, {theirs} in PyYAML";
            case YamlNodeKind.Sequence:
                if (theirs.ValueKind != JsonValueKind.Object || !theirs.TryGetProperty("s", out var items))
                    return $"{path}: a sequence here, {theirs} in PyYAML";
                if (items.GetArrayLength() != node.Items.Count)
                    return $"{path}: {node.Items.Count} items here, {items.GetArrayLength()} in PyYAML";
                for (var i = 0; i < node.Items.Count; i++)
                {
                    if (Mismatch(node.Items[i], items[i], seen, $"{path}[{i}]") is { } where)
                        return where;
                }
                return null;
            default:
                if (theirs.ValueKind != JsonValueKind.Object || !theirs.TryGetProperty("m", out var entries))
                    return $"{path}: a mapping here, {theirs} in PyYAML";
                if (entries.GetArrayLength() != node.Entries.Count)
                    return $"{path}: {node.Entries.Count} entries here, {entries.GetArrayLength()} in PyYAML";
                for (var i = 0; i < node.Entries.Count; i++)
                {
                    var key = node.Entries[i].Key;
                    if (Mismatch(key, entries[i][0], seen, $"{path}.key{i}") is { } k)
                        return k;
                    if (Mismatch(node.Entries[i].Value, entries[i][1], seen, $"{path}.{key.Value ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)}") is { } v)
                        return v;
                }
                return null;
        }
    }

    private static JsonElement RunPyYaml(List<Case> cases)
    {
        var request = new StringBuilder("[");
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            request.Append(i == 0 ? "" : ",").Append("{\"name\":").Append(JsonSerializer.Serialize(c.Name, DifferentialJson.Default.String));
            if (c.Path is { } path)
                request.Append(",\"path\":").Append(JsonSerializer.Serialize(path, DifferentialJson.Default.String));
            else
                request.Append(",\"text\":").Append(JsonSerializer.Serialize(Encoding.UTF8.GetString(c.Bytes), DifferentialJson.Default.String));
            request.Append('}');
        }
        request.Append(']');
        var (exit, stdout, stderr) = Run("python3", [Script], request.ToString());
        Assert.True(exit == 0, $"python3 {Script} failed ({exit}): {stderr}");
        return JsonDocument.Parse(stdout, new JsonDocumentOptions { MaxDepth = 4096 }).RootElement.Clone();
    }

    private static bool PyYamlAvailable(out string why)
    {
        try
        {
            var (exit, _, stderr) = Run("python3", ["-c", "import yaml"], "");
            why = stderr.Trim();
            return exit == 0;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            why = "python3 not found: " + e.Message;
            return false;
        }
    }

    private static (int Exit, string Stdout, string Stderr) Run(string file, string[] args, string stdin)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
