using Krm.Yaml;
using YamlDotNet.RepresentationModel;
using CoreStyle = YamlDotNet.Core.ScalarStyle;
using ModelNode = YamlDotNet.RepresentationModel.YamlNode;

namespace Krm.Tests.Yaml.Sweep;

/// <summary>
/// Sets every scalar, adds a key to every mapping, appends to every sequence, removes every entry
/// and item of many YAML shapes; each result must re-parse and equal the original's independent
/// parse (YamlDotNet representation model) with the same change applied.
/// </summary>
public class EditSweepTests
{
    private static readonly string[] Strings =
    [
        "plain", "8080", "yes", "n", "null", "~", "", "with: colon", "a #hash", "a#b", "multi\nline", "trail\n", "it's",
        "-dash", "- x", "{brace}", "[x]", "a, b", " lead", "trail ", "é ünï", "0x1F", "1e3", ".5", "quote\"d", "back\\slash",
        "&anchor", "*alias", "!tag", "%pct", "@at", "`tick", "|", ">", "? q", ": c", "---", "...", "tab\tin", "bell\u0007",
        "http://h:1/p", "2001-12-14", "1:30", "=",
    ];

    /// <summary>Shapes whose explicit keys or single-pair flow mappings must be refused, never spliced.</summary>
    private static readonly string[] RefusingMarkers = ["? explicit", "[a: 1, b]"];

    /// <summary>Refusals that are right in any shape: removing an anchor that aliases still use.</summary>
    private static readonly string[] JustifiedRefusals = ["aliases refer to it"];

    public static TheoryData<int> ShapeIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < SweepShapes.All.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShapeIndexes))]
    public void Every_edit_of_every_shape_reads_back_as_intended(int shape)
    {
        var yaml = SweepShapes.All[shape];
        var targets = Targets(YamlSource.Parse(yaml));
        Assert.NotEmpty(targets);
        var failures = new List<string>();
        var edits = 0;
        foreach (var target in targets)
        {
            foreach (var edit in EditsFor(target))
            {
                edits++;
                var failure = Run(yaml, target, edit);
                if (failure is not null)
                {
                    failures.Add($"{target.Describe()} {edit.Name}: {failure}");
                }
            }
        }

        Assert.True(edits > 0);
        Assert.True(failures.Count == 0, $"shape #{shape} {Show(yaml)}\n" + string.Join("\n", failures.Take(25)));
    }

    [Fact]
    public void The_sweep_detects_a_wrong_result()
    {
        var target = new Target(0, [new PathStep("a", -1)], Kind: YamlNodeKind.Scalar, IsNullValue: false, Anchored: false, Plain: true);
        var lying = new Edit("lie", node => node.SetString("x"), model => ((YamlScalarNode)target.FindModel(model)).Value = "y");

        Assert.NotNull(Run("a: 1\n", target, lying));
    }

    private static string? Run(string yaml, Target target, Edit edit)
    {
        var source = YamlSource.Parse(yaml);
        var node = target.Find(source);
        try
        {
            edit.Apply(node);
        }
        catch (YamlException ex)
        {
            var justified = RefusingMarkers.Any(m => yaml.Contains(m, StringComparison.Ordinal))
                || JustifiedRefusals.Any(r => ex.Message.Contains(r, StringComparison.Ordinal));
            return justified ? null : "refused: " + ex.Message;
        }

        string output;
        try
        {
            output = source.Render();
            YamlSource.Parse(output);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            return $"invalid output ({ex.Message}):\n{Show(SafeRender(source))}";
        }

        var expected = IndependentModel.Load(yaml);
        edit.Expect(expected);
        var actual = IndependentModel.Load(output);
        if (expected.Documents.Count != actual.Documents.Count)
        {
            return $"document count {actual.Documents.Count}:\n{Show(output)}";
        }

        for (var d = 0; d < expected.Documents.Count; d++)
        {
            var difference = IndependentModel.Difference(expected.Documents[d].RootNode, actual.Documents[d].RootNode);
            if (difference is not null)
            {
                return difference + "\n" + Show(output);
            }
        }

        return null;
    }

    private static string SafeRender(YamlSource source)
    {
        try
        {
            return source.Render();
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message;
        }
    }

    private static string Show(string yaml) => "«" + yaml.Replace("\n", "⏎\n", StringComparison.Ordinal) + "»";

    private static IEnumerable<Edit> EditsFor(Target target)
    {
        switch (target.Kind)
        {
            case YamlNodeKind.Scalar:
                foreach (var s in Strings)
                {
                    yield return new Edit($"SetString({Show(s)})", n => n.SetString(s), st => SetModel(target.FindModel(st), s, CoreStyle.DoubleQuoted));
                }

                yield return new Edit("SetInt(42)", n => n.SetInt(42), st => SetModel(target.FindModel(st), "42", target.Plain ? CoreStyle.Plain : CoreStyle.DoubleQuoted));
                yield return new Edit("SetBool(true)", n => n.SetBool(true), st => SetModel(target.FindModel(st), "true", target.Plain ? CoreStyle.Plain : CoreStyle.DoubleQuoted));
                if (target.IsNullValue && !target.Anchored)
                {
                    yield return new Edit("Set(k, v) on null", n => n.Set("k", "v"), st => ReplaceWithMapping(st, target));
                }

                break;
            case YamlNodeKind.Mapping:
                yield return new Edit("Set(sweep.key)", n => n.Set("sweep.key", "sweep value"), st => ((YamlMappingNode)target.FindModel(st)).Add(new YamlScalarNode("sweep.key"), new YamlScalarNode("sweep value") { Style = CoreStyle.DoubleQuoted }));
                yield return new Edit("Set(map)", n => n.Set("sweep.map", YamlValue.Map(("name", "X"), ("value", "true"))), st => ((YamlMappingNode)target.FindModel(st)).Add(new YamlScalarNode("sweep.map"), Model(("name", "X"), ("value", "true"))));
                foreach (var key in target.Keys)
                {
                    yield return new Edit($"Remove({key})", n => n.Remove(key), st => ((YamlMappingNode)target.FindModel(st)).Children.Remove(new YamlScalarNode(key)));
                }

                break;
            case YamlNodeKind.Sequence:
                yield return new Edit("Append", n => n.Append("sweep item"), st => ((YamlSequenceNode)target.FindModel(st)).Add(new YamlScalarNode("sweep item") { Style = CoreStyle.DoubleQuoted }));
                yield return new Edit("Append(map)", n => n.Append(YamlValue.Map(("name", "X"), ("value", "true"))), st => ((YamlSequenceNode)target.FindModel(st)).Add(Model(("name", "X"), ("value", "true"))));
                for (var i = 0; i < target.Count; i++)
                {
                    var index = i;
                    yield return new Edit($"Insert({index})", n => n.Insert(index, "ins"), st => ((YamlSequenceNode)target.FindModel(st)).Children.Insert(index, new YamlScalarNode("ins") { Style = CoreStyle.DoubleQuoted }));
                    yield return new Edit($"RemoveAt({index})", n => n.RemoveAt(index), st => ((YamlSequenceNode)target.FindModel(st)).Children.RemoveAt(index));
                }

                break;
        }
    }

    private static void ReplaceWithMapping(YamlStream stream, Target target)
    {
        var parent = (YamlMappingNode)(target with { Path = target.Path[..^1] }).FindModel(stream);
        var key = parent.Children.Keys.First(k => k is YamlScalarNode s && s.Value == target.Path[^1].Key);
        parent.Children[key] = Model(("k", "v"));
    }

    private static YamlMappingNode Model(params (string Key, string Value)[] entries)
    {
        var mapping = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            mapping.Add(new YamlScalarNode(key), new YamlScalarNode(value) { Style = CoreStyle.DoubleQuoted });
        }

        return mapping;
    }

    private static void SetModel(ModelNode node, string value, CoreStyle style)
    {
        var scalar = (YamlScalarNode)node;
        scalar.Value = value;
        scalar.Style = style;
    }

    /// <summary>Every node reachable without going through an alias, with how to find it again.</summary>
    private static List<Target> Targets(YamlSource source)
    {
        var targets = new List<Target>();
        for (var d = 0; d < source.Documents.Count; d++)
        {
            var pending = new Stack<(Krm.Yaml.YamlNode Node, PathStep[] Path)>();
            pending.Push((source.Documents[d], []));
            while (pending.Count > 0)
            {
                var (node, path) = pending.Pop();
                var raw = node.RawChildren;
                switch (node.Kind)
                {
                    case YamlNodeKind.Scalar:
                        if (path.Length > 0)
                        {
                            targets.Add(new Target(d, path, YamlNodeKind.Scalar, node.IsNull && node.Parent is { Kind: YamlNodeKind.Mapping }, node.Anchor is not null, node.Style == ScalarStyle.Plain));
                        }

                        break;
                    case YamlNodeKind.Mapping:
                        var keys = new List<string>();
                        for (var i = 0; i + 1 < raw.Count; i += 2)
                        {
                            var key = raw[i].Resolved;
                            if (key.Kind != YamlNodeKind.Scalar || raw[i + 1].AliasTarget is not null)
                            {
                                continue;
                            }

                            keys.Add(key.Value!);
                            pending.Push((raw[i + 1], [.. path, new PathStep(key.Value, -1)]));
                        }

                        targets.Add(new Target(d, path, YamlNodeKind.Mapping, false, node.Anchor is not null, false) { Keys = keys });
                        break;
                    case YamlNodeKind.Sequence:
                        for (var i = 0; i < raw.Count; i++)
                        {
                            if (raw[i].AliasTarget is null)
                            {
                                pending.Push((raw[i], [.. path, new PathStep(null, i)]));
                            }
                        }

                        targets.Add(new Target(d, path, YamlNodeKind.Sequence, false, node.Anchor is not null, false) { Count = raw.Count });
                        break;
                }
            }
        }

        return targets;
    }

    private sealed record PathStep(string? Key, int Index);

    private sealed record Edit(string Name, Action<Krm.Yaml.YamlNode> Apply, Action<YamlStream> Expect);

    private sealed record Target(int Document, PathStep[] Path, YamlNodeKind Kind, bool IsNullValue, bool Anchored, bool Plain)
    {
        public IReadOnlyList<string> Keys { get; init; } = [];

        public int Count { get; init; }

        public string Describe() => $"doc{Document}:" + string.Concat(Path.Select(p => p.Key is null ? $"[{p.Index}]" : "." + p.Key));

        public Krm.Yaml.YamlNode Find(YamlSource source)
        {
            var node = source.Documents[Document];
            foreach (var step in Path)
            {
                node = (step.Key is null ? node[step.Index] : node[step.Key]) ?? throw new InvalidOperationException("lost " + Describe());
            }

            return node;
        }

        public ModelNode FindModel(YamlStream stream)
        {
            var node = stream.Documents[Document].RootNode;
            foreach (var step in Path)
            {
                node = step.Key is null
                    ? ((YamlSequenceNode)node).Children[step.Index]
                    : ((YamlMappingNode)node).Children.First(e => e.Key is YamlScalarNode s && s.Value == step.Key).Value;
            }

            return node;
        }
    }
}
