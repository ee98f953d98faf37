using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// What an item of the input is (docs/design/krm-contract.md, "Inputs that are not plain KRM objects"): a KRM
/// object names its apiVersion and kind; anything else (kpt sends a plain <c>kustomization.yaml</c>
/// as an item) passes through as text. A KRM object whose kind ends in <c>List</c> and that has
/// <c>items</c> (what <c>kubectl get -o yaml|json</c> prints) holds resources like any other.
/// </summary>
internal static class ObjectShape
{
    public static bool IsKrmObject(YamlNode node) =>
        node.Kind == YamlNodeKind.Mapping
        && !string.IsNullOrEmpty(node.GetString("apiVersion"))
        && !string.IsNullOrEmpty(node.GetString("kind"));

    /// <summary>A <c>v1 List</c> or any <c>*List</c> kind with <c>items</c>; a ResourceList is not one.</summary>
    public static bool IsList(YamlNode node) =>
        IsKrmObject(node)
        && node.GetString("kind") is { } kind
        && kind.EndsWith("List", StringComparison.Ordinal)
        && kind != "ResourceList"
        && node["items"] is { Kind: YamlNodeKind.Sequence } or { IsNull: true };

    /// <summary>The elements of a List's <c>items</c>; none when it is empty or null.</summary>
    public static IReadOnlyList<YamlNode> ListItems(YamlNode list) =>
        list["items"] is { Kind: YamlNodeKind.Sequence } items ? items.Items : [];
}
