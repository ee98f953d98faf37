namespace Krm.Yaml;

/// <summary>
/// Edits are recorded on the node's <see cref="YamlSource"/> as splices; the tree is not mutated, so
/// a plan computed on the original is applied in one go by <see cref="YamlSource.Render"/>.
/// </summary>
public sealed partial class YamlNode
{
    /// <summary>
    /// Keeps the style; a plain scalar is double-quoted when the new text would not resolve to a
    /// string under YAML 1.1 and 1.2 or is not plain-safe here.
    /// </summary>
    public void SetString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Claim(EditableScalar(), YamlValue.String(value)))
        {
            ScalarEditor.SetString(this, value);
        }
    }

    /// <summary>Plain stays plain; a quoted scalar stays quoted (the document's type is kept).</summary>
    public void SetInt(long value)
    {
        if (Claim(EditableScalar(), YamlValue.Int(value)))
        {
            ScalarEditor.SetTyped(this, ScalarEditor.IntText(value));
        }
    }

    /// <summary>Plain stays plain; a quoted scalar stays quoted (the document's type is kept).</summary>
    public void SetBool(bool value)
    {
        if (Claim(EditableScalar(), YamlValue.Bool(value)))
        {
            ScalarEditor.SetTyped(this, value ? "true" : "false");
        }
    }

    /// <summary>
    /// On a mapping (or a null scalar, an empty mapping): replaces the value in place when the key
    /// exists, else adds the key after the last entry, indented like its siblings (or, in a flow mapping, before the closing brace).
    /// </summary>
    public void Set(string key, YamlValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        Refusals.CheckEditable(this);
        MappingEditor.Set(this, key, value);
    }

    /// <summary>
    /// On a mapping: sets the value at a path of keys (<c>["metadata", "labels", "app"]</c>), adding
    /// the mappings that are missing. Several paths through one added mapping merge into it.
    /// </summary>
    public void SetAt(IReadOnlyList<string> path, YamlValue value)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(value);
        PathEditor.SetAt(this, path, value);
    }

    /// <summary>Removes the whole entry (its line in block style); a missing key is no change.</summary>
    public void Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Refusals.CheckEditable(this);
        MappingEditor.Remove(this, key);
    }

    /// <summary>On a sequence (or a null scalar, an empty sequence): adds <paramref name="value"/> as the last element, in the sequence's style.</summary>
    public void Append(YamlValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Refusals.CheckEditable(this);
        SequenceEditor.Insert(this, Kind == YamlNodeKind.Sequence ? RawChildren.Count : 0, value);
    }

    /// <summary>On a sequence: inserts <paramref name="value"/> before element <paramref name="index"/> (<c>Items.Count</c> appends).</summary>
    public void Insert(int index, YamlValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Refusals.CheckEditable(this);
        SequenceEditor.Insert(this, index, value);
    }

    /// <summary>On a sequence: removes element <paramref name="index"/> (its line in block style).</summary>
    public void RemoveAt(int index)
    {
        Refusals.CheckEditable(this);
        SequenceEditor.RemoveAt(this, index);
    }

    internal YamlException Refusal(string message) => new(message, Line, Column) { Node = this };

    /// <summary>Claims <paramref name="node"/> for <paramref name="value"/>; false when the same edit was made already.</summary>
    internal static bool Claim(YamlNode node, YamlValue? value) => node.Source.Ledger.Claim(node, value, node.Source.EditMark);

    private YamlNode EditableScalar()
    {
        if (Kind != YamlNodeKind.Scalar)
        {
            throw Refusal($"cannot set a scalar value on a {Kind.ToString().ToLowerInvariant()}");
        }

        Refusals.CheckEditable(this);
        return this;
    }
}
