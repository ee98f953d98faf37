using Krm.ResourceLists;
using Krm.Results;

namespace NumaflowTls.Discovery;

/// <summary>
/// The same object (apiVersion, kind, namespace, name) twice in the input: <c>kubectl apply</c> keeps
/// only the last copy and kustomize refuses the build, and each copy may disagree with the other,
/// so it must not pass silently.
/// </summary>
public static class DuplicateObjects
{
    public static void Warn(IReadOnlyList<KrmResource> items, ResultSink results)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(results);
        var groups = items
            .Where(i => i.Kind.Length > 0 && i.Name.Length > 0)
            .GroupBy(i => i.Ref)
            .Where(g => g.Skip(1).Any());
        foreach (var group in groups)
        {
            foreach (var copy in group.Skip(1))
            {
                results.Warning($"the same object appears {group.Count()} times in the input: kubectl apply keeps only the last copy, " +
                    "and each copy is checked and edited on its own; keep one", copy);
            }
        }
    }
}
