using Krm.Results;
using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// Turns the top-level objects of the input (a ResourceList's items or a stream's documents) into
/// the resources a function sees: a non-KRM object passes through as text and is only counted; the
/// items of a List are resources, edited in place inside it (docs/design/krm-contract.md, "Inputs
/// that are not plain KRM objects"). Lists are also kept as units: the guard protects their own annotations.
/// </summary>
internal sealed class ItemCollector
{
    private readonly List<KrmResource> items = [];
    private readonly List<KrmResource> units = [];

    public IReadOnlyList<KrmResource> Items => items;

    /// <summary>The top-level KRM objects, Lists as themselves, in text order (they never overlap).</summary>
    public IReadOnlyList<KrmResource> Units => units;

    /// <summary>Objects that are not KRM objects: never given to the function, written back as they were.</summary>
    public int PassedThrough { get; private set; }

    /// <summary>Adds one top-level object; the caller has refused anything that is not a mapping.</summary>
    public void Add(string inputName, YamlNode node, FileRef? file)
    {
        if (!ObjectShape.IsKrmObject(node))
        {
            PassedThrough++;
            return;
        }
        var unit = new KrmResource(node, items.Count, file);
        units.Add(unit);
        if (ObjectShape.IsList(node))
            AddListItems(inputName, unit, file);
        else
            items.Add(unit);
    }

    private void AddListItems(string inputName, KrmResource list, FileRef? file)
    {
        var index = 0;
        foreach (var element in ObjectShape.ListItems(list.Node))
        {
            if (element.Kind != YamlNodeKind.Mapping)
                throw new YamlException($"{inputName}: line {element.Line}, column {element.Column}: {list.Kind} item {index} is not an object");
            index++;
            if (!ObjectShape.IsKrmObject(element))
            {
                PassedThrough++;
                continue;
            }
            var item = new KrmResource(element, items.Count, file, list);
            if (ObjectShape.IsList(element))
                AddListItems(inputName, item, file);
            else
                items.Add(item);
        }
    }
}
