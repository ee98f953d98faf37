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
        ScalarEditor.SetString(EditableScalar(), value);
    }

    /// <summary>Plain stays plain; a quoted scalar stays quoted (the document's type is kept).</summary>
    public void SetInt(long value) => ScalarEditor.SetTyped(EditableScalar(), ScalarEditor.IntText(value));

    /// <summary>Plain stays plain; a quoted scalar stays quoted (the document's type is kept).</summary>
    public void SetBool(bool value) => ScalarEditor.SetTyped(EditableScalar(), value ? "true" : "false");

    public void Set(string key, YamlValue value) => throw new NotImplementedException("Set lands in step 3");

    public void Remove(string key) => throw new NotImplementedException("Remove lands in step 3");

    public void Append(YamlValue value) => throw new NotImplementedException("Append lands in step 3");

    public void Insert(int index, YamlValue value) => throw new NotImplementedException("Insert lands in step 3");

    public void RemoveAt(int index) => throw new NotImplementedException("RemoveAt lands in step 3");

    internal YamlException Refusal(string message) => new(message, Line, Column);

    private YamlNode EditableScalar()
    {
        if (Kind != YamlNodeKind.Scalar)
        {
            throw Refusal($"cannot set a scalar value on a {Kind.ToString().ToLowerInvariant()}");
        }

        return this;
    }
}
