using NumaflowTls.Configuration;

namespace NumaflowTls.Tests.Configuration;

/// <summary>The README's config reference is checked against function.yaml, so the two cannot drift.</summary>
public class ReadmeConfigTests
{
    private static string ConfigSection()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var readme = Path.Combine(dir.FullName, "README.md");
            if (File.Exists(Path.Combine(dir.FullName, "KrmFn.sln")))
            {
                var text = File.ReadAllText(readme);
                var start = text.IndexOf("<!-- section: config -->", StringComparison.Ordinal);
                var end = text.IndexOf("<!-- section:", start + 1, StringComparison.Ordinal);
                Assert.True(start >= 0, "README has no config section");
                return end < 0 ? text[start..] : text[start..end];
            }
        }
        throw new FileNotFoundException("KrmFn.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Readme_config_table_has_a_row_for_every_schema_field_with_its_flag_and_default()
    {
        var section = ConfigSection();
        var rows = section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();

        foreach (var property in ServerTlsCommand.Definition().SpecSchema.Properties)
        {
            var row = Assert.Single(rows, r => r.StartsWith($"| `{property.Name}` |", StringComparison.Ordinal));
            Assert.Contains("`--", row, StringComparison.Ordinal);
            if (property.Schema.Default is { } value)
                Assert.Contains($"`{value}`", row, StringComparison.Ordinal);
            foreach (var allowed in property.Schema.Enum)
                Assert.Contains($"`{allowed}`", row, StringComparison.Ordinal);
        }
        Assert.Equal(ServerTlsCommand.Definition().SpecSchema.Properties.Count, rows.Count);
    }
}
