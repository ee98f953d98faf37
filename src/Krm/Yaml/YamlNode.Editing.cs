namespace Krm.Yaml;

/// <summary>
/// Edits are recorded on the node's <see cref="YamlSource"/> as splices; the tree is not mutated, so
/// a plan computed on the original is applied in one go by <see cref="YamlSource.Render"/>.
/// </summary>
public sealed partial class YamlNode
{
    public void SetString(string value) => throw new NotImplementedException("SetString lands in step 2");

    public void SetInt(long value) => throw new NotImplementedException("SetInt lands in step 2");

    public void SetBool(bool value) => throw new NotImplementedException("SetBool lands in step 2");

    public void Set(string key, YamlValue value) => throw new NotImplementedException("Set lands in step 3");

    public void Remove(string key) => throw new NotImplementedException("Remove lands in step 3");

    public void Append(YamlValue value) => throw new NotImplementedException("Append lands in step 3");

    public void Insert(int index, YamlValue value) => throw new NotImplementedException("Insert lands in step 3");

    public void RemoveAt(int index) => throw new NotImplementedException("RemoveAt lands in step 3");
}
