using System.Globalization;
using Krm.Tests.Yaml.Sweep;
using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary>
/// Lazy trees as a property: any text made by mutating real fixtures and the sweep shapes
/// (lines deleted, duplicated, re-indented, characters inserted) reads the same lazily as eagerly:
/// the same tree, or the same refusal at the same place. A fixed seed by default, so CI goes red
/// for a change and never for a new find; <c>LAZY_FUZZ_SEED</c> and <c>LAZY_FUZZ_CASES</c> explore.
/// </summary>
public class LazyParseFuzzTests
{
    private const string Inserted = "-:{}[],'\"&*!#| \n\t";

    private static readonly string[] Seeds =
        [.. Fixtures.NumaflowFiles().Select(File.ReadAllText), .. SweepShapes.All];

    [Fact]
    public void Mutated_inputs_read_the_same_lazily_as_eagerly()
    {
        var seed = Setting("LAZY_FUZZ_SEED", 20261127);
        var random = new Random(seed);
        for (var i = Setting("LAZY_FUZZ_CASES", 3000); i > 0; i--)
        {
            var yaml = Seeds[random.Next(Seeds.Length)];
            for (var m = random.Next(1, 5); m > 0; m--)
            {
                yaml = Mutate(yaml, random.Next(4), random.Next(100_000), random.Next(-2, 3), Inserted[random.Next(Inserted.Length)]);
            }

            var eager = Outcome(() => YamlSource.Parse(yaml));
            var lazy = Outcome(() => YamlSource.Parse(SourceText.FromString(yaml), DeferEverything.Instance));
            Assert.True(eager == lazy, $"seed {seed}, input:\n{yaml}\n--- eager:\n{eager}\n--- lazy:\n{lazy}");
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Mutate(string text, int kind, int at, int by, char inserted)
    {
        var lines = text.Split('\n').ToList();
        var line = at % lines.Count;
        switch (kind)
        {
            case 0:
                lines.RemoveAt(line);
                break;
            case 1:
                lines.Insert(line, lines[line]);
                break;
            case 2:
                lines[line] = by >= 0 ? new string(' ', by) + lines[line] : lines[line].TrimStart().PadLeft(Math.Max(0, lines[line].Length + by));
                break;
            default:
                lines[line] = lines[line].Insert(at % (lines[line].Length + 1), inserted.ToString());
                break;
        }

        return string.Join('\n', lines);
    }

    /// <summary>The tree, or the refusal; any other exception with its type (it must be the same either way).</summary>
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
            return $"threw {e.GetType().Name}: {e.Message}";
        }
    }
}
