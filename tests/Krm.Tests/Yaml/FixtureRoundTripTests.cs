using Krm.Yaml;

namespace Krm.Tests.Yaml;

public class FixtureRoundTripTests
{
    public static TheoryData<string> FixtureNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in Fixtures.NumaflowFiles())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Fixture_folder_holds_the_upstream_manifests() =>
        Assert.True(Fixtures.NumaflowFiles().Count() >= 10);

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Unedited_fixture_renders_byte_identical(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures.NumaflowDirectory, name));

        var source = YamlSource.Parse(SourceText.Decode(bytes));

        Assert.NotEmpty(source.Documents);
        Assert.False(source.HasEdits);
        Assert.Equal(bytes, source.RenderUtf8());
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Every_node_span_of_a_fixture_lies_inside_its_parent(string name)
    {
        var source = YamlSource.Parse(File.ReadAllText(Path.Combine(Fixtures.NumaflowDirectory, name)));

        var pending = new Stack<YamlNode>(source.Documents);
        var count = 0;
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            count++;
            Assert.InRange(node.Start, 0, node.End);
            foreach (var child in node.RawChildren)
            {
                Assert.InRange(child.Start, node.Start, node.End);
                Assert.InRange(child.End, child.Start, node.End);
                if (child.AliasTarget is null)
                {
                    pending.Push(child);
                }
            }

            if (node.Kind == YamlNodeKind.Scalar && node.Style == ScalarStyle.Plain && node.Value!.Length > 0 && !node.Value.Contains('\n'))
            {
                Assert.Equal(node.Value, source.Text[node.Start..node.End]);
            }
        }

        Assert.True(count > 10);
    }
}
