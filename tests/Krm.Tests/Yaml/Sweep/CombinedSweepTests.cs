using Krm.Yaml;
using YamlDotNet.RepresentationModel;
using CoreStyle = YamlDotNet.Core.ScalarStyle;

namespace Krm.Tests.Yaml.Sweep;

/// <summary>
/// All edits at once on one document (every scalar set, a key added to every mapping, an item
/// appended to every sequence), on every sweep shape in LF and CRLF and on the real fixtures:
/// splices must not collide and the result must equal the independent parse changed the same way.
/// </summary>
public class CombinedSweepTests
{
    public static TheoryData<int, bool> Shapes()
    {
        var data = new TheoryData<int, bool>();
        for (var i = 0; i < SweepShapes.All.Count; i++)
        {
            if (!SweepShapes.All[i].Contains("? explicit", StringComparison.Ordinal) && !SweepShapes.All[i].Contains("[a: 1", StringComparison.Ordinal))
            {
                data.Add(i, false);
                data.Add(i, true);
            }
        }

        return data;
    }

    public static TheoryData<string> FixtureNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in Fixtures.NumaflowFiles())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void All_edits_at_once_on_a_shape_read_back_as_intended(int shape, bool crlf)
    {
        var yaml = SweepShapes.All[shape];
        CheckAllAtOnce(crlf ? yaml.Replace("\n", "\r\n", StringComparison.Ordinal) : yaml);
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void All_edits_at_once_on_a_real_manifest_read_back_as_intended(string name) =>
        CheckAllAtOnce(File.ReadAllText(Path.Combine(Fixtures.NumaflowDirectory, name)));

    private static void CheckAllAtOnce(string yaml)
    {
        var source = YamlSource.Parse(yaml);
        var expected = IndependentModel.Load(yaml);
        var counter = 0;
        for (var d = 0; d < source.Documents.Count; d++)
        {
            var pending = new Stack<(Krm.Yaml.YamlNode Node, YamlDotNet.RepresentationModel.YamlNode Model, bool IsValue)>();
            pending.Push((source.Documents[d], expected.Documents[d].RootNode, false));
            while (pending.Count > 0)
            {
                var (node, model, isValue) = pending.Pop();
                var raw = node.RawChildren;
                switch (node.Kind)
                {
                    case YamlNodeKind.Scalar when isValue:
                        var value = "v" + counter++;
                        node.SetString(value);
                        ((YamlScalarNode)model).Value = value;
                        ((YamlScalarNode)model).Style = CoreStyle.DoubleQuoted;
                        break;
                    case YamlNodeKind.Mapping:
                        var mapping = (YamlMappingNode)model;
                        var entries = mapping.Children.ToList();
                        for (var i = 0; i + 1 < raw.Count; i += 2)
                        {
                            if (raw[i + 1].AliasTarget is null)
                            {
                                pending.Push((raw[i + 1], entries[i / 2].Value, true));
                            }
                        }

                        node.Set("sweep.key", "x");
                        mapping.Add(new YamlScalarNode("sweep.key"), new YamlScalarNode("x") { Style = CoreStyle.DoubleQuoted });
                        break;
                    case YamlNodeKind.Sequence:
                        var sequence = (YamlSequenceNode)model;
                        var items = sequence.Children.ToList();
                        for (var i = 0; i < raw.Count; i++)
                        {
                            if (raw[i].AliasTarget is null)
                            {
                                pending.Push((raw[i], items[i], true));
                            }
                        }

                        node.Append("item");
                        sequence.Add(new YamlScalarNode("item") { Style = CoreStyle.DoubleQuoted });
                        break;
                }
            }
        }

        var output = source.Render();
        var actual = IndependentModel.Load(output);
        Assert.Equal(expected.Documents.Count, actual.Documents.Count);
        for (var d = 0; d < expected.Documents.Count; d++)
        {
            var difference = IndependentModel.Difference(expected.Documents[d].RootNode, actual.Documents[d].RootNode);
            Assert.True(difference is null, difference + "\n" + (output.Length < 4000 ? output : string.Empty));
        }

        if (yaml.Contains("\r\n", StringComparison.Ordinal))
        {
            Assert.DoesNotContain('\n', output.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        }
    }
}
