using Krm.Config;
using Krm.Hosting;
using Krm.ResourceLists;
using Krm.Results;
using Krm.Yaml;

namespace SetAnnotations;

/// <summary>
/// Sets each configured annotation at every target of every item, creating missing mappings
/// (kustomize's <c>create: true</c>). A value that is already the one configured is left as written.
/// </summary>
internal sealed class SetAnnotationsFunction : IKrmFunction<ConfigValues>
{
    public void Process(ResourceList list, ConfigValues config, ResultSink results)
    {
        if (list.FunctionConfig is null)
        {
            // Standalone --config FILE is validated by the host but its node does not reach the function.
            results.Error("set-annotations needs its config as the ResourceList's functionConfig (kpt --fn-config, a kustomize transformer)");
            return;
        }
        // The host validated spec.annotations as an object; its entries are read from the node.
        if (Read(list.FunctionConfig?.At("spec", "annotations"), results) is not { Count: > 0 } annotations)
            return;
        foreach (var item in list.Items)
        {
            foreach (var path in AnnotationTargets.For(item))
            {
                if (Set(item, path, annotations, results))
                    results.Info($"annotations set: {string.Join(", ", annotations.Keys)}", item, new FieldRef(string.Join('.', path)));
            }
        }
    }

    private static SortedDictionary<string, string>? Read(YamlNode? node, ResultSink results)
    {
        var annotations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in node?.Entries ?? [])
        {
            var key = entry.Key.Value ?? "";
            var field = new FieldRef($"spec.annotations.{key}");
            if (entry.Value.Kind != YamlNodeKind.Scalar || entry.Value.IsNull)
                results.Error("an annotation value must be a string", field: field);
            else if (OrchestratorAnnotations.IsProtected(key))
                results.Error("an orchestrator annotation cannot be set by a function", field: field);
            else
                annotations[key] = entry.Value.Value ?? "";
        }
        return results.HasErrors ? null : annotations;
    }

    /// <summary>Sets the annotations under <paramref name="path"/>; false when nothing had to change.</summary>
    private static bool Set(KrmResource item, string[] path, SortedDictionary<string, string> annotations, ResultSink results)
    {
        var node = item.Node;
        for (var depth = 0; depth < path.Length; depth++)
        {
            if (node[path[depth]] is not { IsNull: false } child)
            {
                // Missing (or null): write the rest of the path and the annotations as one block.
                var value = YamlValue.Map(annotations.Select(a => (a.Key, YamlValue.String(a.Value))).ToArray());
                for (var i = path.Length - 1; i > depth; i--)
                    value = YamlValue.Map((path[i], value));
                node.Set(path[depth], value);
                return true;
            }
            if (child.Kind != YamlNodeKind.Mapping)
            {
                results.Error("expected a mapping; annotations not set here", item, new FieldRef(string.Join('.', path[..(depth + 1)])));
                return false;
            }
            node = child;
        }
        var changed = false;
        foreach (var (key, value) in annotations)
        {
            if (node[key] is { Kind: YamlNodeKind.Scalar, IsString: true } current && current.Value == value)
                continue;
            node.Set(key, value);
            changed = true;
        }
        return changed;
    }
}
