using Krm.Results;
using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// The metadata edits a catalog function makes (set-annotations, set-labels, set-namespace), as
/// splices on <see cref="Node"/>: missing mappings are added, values are written as strings. The
/// identity properties (<see cref="Name"/>, <see cref="Namespace"/>…) keep reading the input.
/// </summary>
public sealed partial class KrmResource
{
    /// <summary>Sets <c>metadata.annotations[key]</c>; an orchestrator annotation is refused (<see cref="OrchestratorAnnotations"/>).</summary>
    public void SetAnnotation(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        RefuseProtected(key);
        Node.SetAt(["metadata", "annotations", key], YamlValue.String(value));
    }

    /// <summary>Removes <c>metadata.annotations[key]</c>; a missing key is no change.</summary>
    public void RemoveAnnotation(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        RefuseProtected(key);
        if (Node.At("metadata", "annotations") is { Kind: YamlNodeKind.Mapping } annotations)
            annotations.Remove(key);
    }

    /// <summary>Sets <c>metadata.labels[key]</c>.</summary>
    public void SetLabel(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        Node.SetAt(["metadata", "labels", key], YamlValue.String(value));
    }

    /// <summary>Removes <c>metadata.labels[key]</c>; a missing key is no change.</summary>
    public void RemoveLabel(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Node.At("metadata", "labels") is { Kind: YamlNodeKind.Mapping } labels)
            labels.Remove(key);
    }

    /// <summary>Sets <c>metadata.name</c>, adding it when missing.</summary>
    public void SetName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Node.SetAt(["metadata", "name"], YamlValue.String(name));
    }

    /// <summary>Sets <c>metadata.namespace</c>, adding it when the item has none.</summary>
    public void SetNamespace(string @namespace)
    {
        ArgumentNullException.ThrowIfNull(@namespace);
        Node.SetAt(["metadata", "namespace"], YamlValue.String(@namespace));
    }

    /// <summary>Sets a value at a path of keys from the item's root, adding missing mappings (<see cref="YamlNode.SetAt"/>).</summary>
    public void SetAt(IReadOnlyList<string> path, YamlValue value) => Node.SetAt(path, value);

    /// <summary>
    /// Runs <paramref name="edit"/> on this item. When an edit is refused (a <see cref="YamlException"/>:
    /// an alias, a conflicting second edit…) the item's edits made in it are undone and an error result
    /// names the item and field; false is returned and the function can go on with the other items.
    /// </summary>
    public bool TryEdit(ResultSink results, Action<KrmResource> edit)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(edit);
        var mark = Node.Source.EditMark;
        try
        {
            edit(this);
            return true;
        }
        catch (YamlException e)
        {
            Node.Source.UndoFrom(mark);
            results.Add(RefusalResult(e));
            return false;
        }
    }

    /// <summary>An edit refusal as an error result about this item, its field named when the refusal points inside it.</summary>
    internal Result RefusalResult(YamlException refusal)
    {
        var field = refusal.Node is { } node && Contains(node) && node.Id != Node.Id
            ? new FieldRef(NodePath.Of(node, Node))
            : null;
        return new Result(refusal.Reason ?? refusal.Message, Severity.Error, Ref, field, File);
    }

    /// <summary>Whether <paramref name="node"/> lies in this item's text.</summary>
    internal bool Contains(YamlNode node) =>
        node.Source == Node.Source && node.Start >= Node.Start && node.End <= Node.End;

    private void RefuseProtected(string key)
    {
        if (OrchestratorAnnotations.IsProtected(key))
            throw new YamlException($"annotation {key} belongs to the orchestrator and is never edited", Node.Line, Node.Column) { Node = Node };
    }
}
