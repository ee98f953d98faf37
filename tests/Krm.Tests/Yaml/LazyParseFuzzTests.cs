using CsCheck;
using Krm.Tests.Yaml.Sweep;
using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary>
/// Issue 5, lazy trees, as a property: any text made by mutating real fixtures and the sweep shapes
/// (lines deleted, duplicated, re-indented, characters inserted) reads the same lazily as eagerly:
/// the same tree, or the same refusal at the same place.
/// </summary>
public class LazyParseFuzzTests
{
    private static readonly string[] Seeds =
        [.. Fixtures.NumaflowFiles().Select(File.ReadAllText), .. SweepShapes.All];

    private static readonly Gen<string> Mutated = Gen.Select(
        Gen.Int[0, Seeds.Length - 1],
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 100_000], Gen.Int[-2, 2], Gen.Char["-:{}[],'\"&*!#| \n\t"]).Array[1, 4],
        (seed, mutations) => mutations.Aggregate(Seeds[seed], Mutate));

    [Fact]
    public void Mutated_inputs_read_the_same_lazily_as_eagerly() =>
        Mutated.Sample(yaml =>
        {
            var a = Outcome(() => YamlSource.Parse(yaml));
            var b = Outcome(() => YamlSource.Parse(SourceText.FromString(yaml), DeferEverything.Instance));
            Assert.Equal(a, b);
        }, iter: 1500);

    private static string Mutate(string text, (int Kind, int At, int By, char Char) m)
    {
        var lines = text.Split('\n').ToList();
        var line = m.At % lines.Count;
        switch (m.Kind)
        {
            case 0:
                lines.RemoveAt(line);
                break;
            case 1:
                lines.Insert(line, lines[line]);
                break;
            case 2:
                lines[line] = m.By >= 0 ? new string(' ', m.By) + lines[line] : lines[line].TrimStart().PadLeft(Math.Max(0, lines[line].Length + m.By));
                break;
            default:
                var at = m.At % (lines[line].Length + 1);
                lines[line] = lines[line].Insert(at, m.Char.ToString());
                break;
        }

        return string.Join('\n', lines);
    }

    private static string Outcome(Func<YamlSource> parse)
    {
        try
        {
            return TreeDump.Of(parse());
        }
        catch (YamlException e)
        {
            return $"refused: {e.Message} at {e.Line}:{e.Column}";
        }
        catch (Exception e)
        {
            return $"threw: {e}";
        }
    }
}
