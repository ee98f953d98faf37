using System.Text;
using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary>
/// Golden cases: <c>testdata/&lt;case&gt;/input.yaml</c> edited by the test must render exactly
/// <c>expected.yaml</c>. Set <c>UPDATE_GOLDEN=1</c> to rewrite the expected files on purpose.
/// </summary>
internal static class Golden
{
    public static string TestDataDirectory { get; } =
        Path.Combine(Fixtures.RepositoryRoot, "tests", "Krm.Tests", "Yaml", "testdata");

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static YamlSource Check(string caseName, Action<YamlNode> edit, int document = 0)
    {
        var folder = Path.Combine(TestDataDirectory, caseName);
        var input = File.ReadAllBytes(Path.Combine(folder, "input.yaml"));
        var source = YamlSource.Parse(SourceText.Decode(input));
        edit(source.Documents[document]);
        var actual = source.RenderUtf8();

        // Whatever the edit, the output must still be one valid YAML stream.
        YamlSource.Parse(SourceText.Decode(actual));

        var expectedPath = Path.Combine(folder, "expected.yaml");
        if (Updating)
        {
            File.WriteAllBytes(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}: run with UPDATE_GOLDEN=1 and review the diff");
        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(expectedPath)), Encoding.UTF8.GetString(actual));
        Assert.Equal(File.ReadAllBytes(expectedPath), actual);
        return YamlSource.Parse(SourceText.Decode(actual));
    }

    /// <summary>Inline variant: edits <paramref name="yaml"/> and returns the rendered text.</summary>
    public static string Edit(string yaml, Action<YamlNode> edit)
    {
        var source = YamlSource.Parse(yaml);
        edit(source.Documents[0]);
        var rendered = source.Render();
        YamlSource.Parse(rendered);
        return rendered;
    }
}
