using Krm.Yaml;

namespace Krm.Changes;

/// <summary>
/// One node edit kept as data, so a change can be reported without being made (validate-only, diff).
/// The tree is never mutated: every edit refers to the input's nodes.
/// </summary>
public abstract record FieldEdit
{
    /// <summary>
    /// Sequence insertions are made first: an insertion and an edit of the item it lands next to
    /// splice at one offset, and same-offset splices apply in the order recorded.
    /// </summary>
    public virtual bool IsInsertion => false;

    /// <summary>Makes the edit on the input's nodes (recorded as a splice; the tree itself is not mutated).</summary>
    public abstract void Apply();

    /// <summary>Makes every edit, insertions first (see <see cref="IsInsertion"/>), each group in the order given.</summary>
    public static void ApplyInOrder(IReadOnlyCollection<FieldEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        foreach (var edit in edits.Where(e => e.IsInsertion))
            edit.Apply();
        foreach (var edit in edits.Where(e => !e.IsInsertion))
            edit.Apply();
    }

    /// <summary>Sets a scalar, keeping its style (<see cref="YamlNode.SetString"/>, <see cref="YamlNode.SetInt"/>, <see cref="YamlNode.SetBool"/>).</summary>
    public sealed record SetScalar(YamlNode Node, YamlValue Value) : FieldEdit
    {
        /// <inheritdoc/>
        public override void Apply()
        {
            switch (Value.Kind)
            {
                case YamlValueKind.Int:
                    Node.SetInt(long.Parse(Value.Text!, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case YamlValueKind.Bool:
                    Node.SetBool(Value.Text == "true");
                    break;
                default:
                    Node.SetString(Value.Text ?? "");
                    break;
            }
        }
    }

    /// <summary>Replaces or adds a key of a mapping.</summary>
    public sealed record SetKey(YamlNode Mapping, string Key, YamlValue Value) : FieldEdit
    {
        /// <inheritdoc/>
        public override void Apply() => Mapping.Set(Key, Value);
    }

    /// <summary>Sets a value at a path of keys, adding the missing mappings.</summary>
    public sealed record SetPath(YamlNode Root, IReadOnlyList<string> Path, YamlValue Value) : FieldEdit
    {
        /// <inheritdoc/>
        public override void Apply() => Root.SetAt(Path, Value);
    }

    /// <summary>Removes <paramref name="Key"/> from <paramref name="Mapping"/>, with its comments.</summary>
    /// <param name="Mapping">The input's mapping.</param>
    /// <param name="Key">The key to remove; a missing key is no edit.</param>
    public sealed record RemoveKey(YamlNode Mapping, string Key) : FieldEdit
    {
        /// <inheritdoc/>
        public override void Apply() => Mapping.Remove(Key);
    }

    /// <summary>Removes the item at <paramref name="Index"/> of the input's sequence.</summary>
    public sealed record RemoveItem(YamlNode Sequence, int Index) : FieldEdit
    {
        /// <inheritdoc/>
        public override void Apply() => Sequence.RemoveAt(Index);
    }

    /// <summary>Inserts before the input's item at <paramref name="Index"/>; at or past the end, appends.</summary>
    public sealed record InsertItem(YamlNode Sequence, int Index, YamlValue Value) : FieldEdit
    {
        /// <inheritdoc/>
        public override bool IsInsertion => true;

        /// <inheritdoc/>
        public override void Apply()
        {
            if (Index >= Sequence.Items.Count)
                Sequence.Append(Value);
            else
                Sequence.Insert(Index, Value);
        }
    }
}
