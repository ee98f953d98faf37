namespace Krm.Yaml;

/// <summary>
/// Appends, inserts and removes sequence items as splices, keeping the sequence's own dash
/// indentation (indented or compact) in block style, and <c>, item</c> in flow style.
/// </summary>
internal static class SequenceEditor
{
    public static void Insert(YamlNode sequence, int index, YamlValue value)
    {
        CheckSequence(sequence);
        var children = sequence.RawChildren;
        if (index < 0 || index > children.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index outside the sequence of {children.Count} items");
        }

        var source = sequence.Source;
        var text = source.Text;
        if (sequence.IsFlow)
        {
            var json = Collections.UsesJsonQuotes(sequence);
            if (index == children.Count)
            {
                Collections.AppendFlowElement(sequence, ValueRenderer.Flow(value, json));
            }
            else
            {
                source.AddSplice(children[index].Start, children[index].Start, ValueRenderer.Flow(value, json) + ", ");
            }

            return;
        }

        var firstDash = Dash(children[0]);
        var column = BlockLayout.ColumnIndex(text, firstDash);
        if (index == children.Count)
        {
            var at = BlockLayout.SkipOwnedComments(text, BlockLayout.LineEnd(children[^1]), column);
            Collections.InsertLine(source, at, ValueRenderer.Item(value, column, source.NewLine), children[^1]);
            return;
        }

        var dash = Dash(children[index]);
        if (BlockLayout.StartsLine(text, dash))
        {
            source.AddSplice(TextScan.LineStart(text, dash), TextScan.LineStart(text, dash), ValueRenderer.Item(value, column, source.NewLine) + source.NewLine);
        }
        else
        {
            // "- - a": the new item takes the dash's place and the old one moves to the next line.
            var item = ValueRenderer.Item(value, column, source.NewLine)[column..];
            source.AddSplice(dash, dash, item + source.NewLine + new string(' ', column));
        }
    }

    public static void RemoveAt(YamlNode sequence, int index)
    {
        CheckSequence(sequence);
        var children = sequence.RawChildren;
        if (index < 0 || index >= children.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index outside the sequence of {children.Count} items");
        }

        var source = sequence.Source;
        var text = source.Text;
        if (sequence.IsFlow)
        {
            Collections.RemoveFlowElement(source, children, index, 1);
            return;
        }

        Refusals.CheckRemovable(children[index]);
        var dash = Dash(children[index]);
        if (children.Count == 1)
        {
            // The last item: the sequence becomes [] rather than a null.
            Collections.ReplaceWithEmpty(sequence, dash, "[]");
        }
        else if (BlockLayout.StartsLine(text, dash))
        {
            source.AddSplice(TextScan.LineStart(text, dash), BlockLayout.LineEnd(children[index]), string.Empty);
        }
        else
        {
            source.AddSplice(dash, Dash(children[index + 1]), string.Empty);
        }
    }

    private static int Dash(YamlNode rawItem)
    {
        var dash = BlockLayout.DashOf(rawItem);
        return dash >= 0 ? dash : throw rawItem.Refusal("cannot find the '-' of this sequence item");
    }

    private static void CheckSequence(YamlNode node)
    {
        if (node.Kind != YamlNodeKind.Sequence)
        {
            throw node.Refusal($"cannot edit items of a {node.Kind.ToString().ToLowerInvariant()}: not a sequence");
        }
    }
}
