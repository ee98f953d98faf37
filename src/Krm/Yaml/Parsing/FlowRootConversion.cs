using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using CoreScalarStyle = YamlDotNet.Core.ScalarStyle;

namespace Krm.Yaml;

/// <summary>
/// A document whose root is a flow mapping (JSON) is rewritten once as block YAML: orchestrators
/// send block YAML and flow output makes kpt rewrite users' files in flow style.
/// JSON has no comments to lose.
/// </summary>
internal static class FlowRootConversion
{
    public static bool IsNeeded(IReadOnlyList<YamlNode> documents)
    {
        foreach (var root in documents)
        {
            if (root is { Kind: YamlNodeKind.Mapping, IsFlow: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with every flow-mapping root replaced by its block rendering.</summary>
    public static string Convert(string text, IReadOnlyList<YamlNode> documents, string newLine)
    {
        var builder = new StringBuilder(text.Length + (text.Length / 4));
        var position = 0;
        foreach (var root in documents)
        {
            if (root is not { Kind: YamlNodeKind.Mapping, IsFlow: true })
            {
                continue;
            }

            builder.Append(text, position, root.Start - position);
            if (!BlockLayout.StartsLine(text, root.Start))
            {
                builder.Append(newLine); // "--- {...}": a block mapping cannot start on the marker line
            }

            builder.Append(ToBlock(text[root.Start..root.End], newLine));
            position = root.End;
            if (position < text.Length && text[position] == '\r')
            {
                position++;
            }

            if (position < text.Length && text[position] == '\n')
            {
                position++;
            }
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static string ToBlock(string flow, string newLine)
    {
        using var writer = new StringWriter { NewLine = newLine };
        var emitter = new Emitter(writer, 2, int.MaxValue, false);
        var parser = new Parser(new LookaheadSafeScanner(new Scanner(new StringReader(flow), skipComments: true)));
        while (parser.MoveNext())
        {
            emitter.Emit(parser.Current switch
            {
                MappingStart m => new MappingStart(m.Anchor, m.Tag, m.IsImplicit, MappingStyle.Block),
                SequenceStart s => new SequenceStart(s.Anchor, s.Tag, s.IsImplicit, SequenceStyle.Block),
                Scalar s => Restyle(s),
                DocumentStart => new DocumentStart(),
                DocumentEnd => new DocumentEnd(isImplicit: true),
                var other => other!,
            });
        }

        // The emitter writes '\n' whatever the writer's NewLine; line breaks inside scalars are escaped.
        var block = writer.ToString();
        return newLine == "\n" ? block : block.Replace("\n", newLine, StringComparison.Ordinal);
    }

    /// <summary>Strings plain when they read back as the same string, else double-quoted; numbers, booleans and null as written.</summary>
    private static Scalar Restyle(Scalar scalar)
    {
        if (scalar.Style == CoreScalarStyle.Plain)
        {
            // Only an untagged empty scalar is null: "!!str" alone is the empty string, and "!!str null" would not be.
            var text = scalar.Tag.IsEmpty && ScalarResolution.IsNull(scalar.Value) ? "null" : scalar.Value;
            return new Scalar(scalar.Anchor, scalar.Tag, text, CoreScalarStyle.Plain, true, false);
        }

        var plain = ScalarText.IsPlainSafe(scalar.Value, flow: false) && ScalarResolution.IsPlainString(scalar.Value);
        return new Scalar(scalar.Anchor, scalar.Tag, scalar.Value, plain ? CoreScalarStyle.Plain : CoreScalarStyle.DoubleQuoted, plain, !plain);
    }
}
