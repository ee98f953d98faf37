using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// A reader needs every resource's <c>apiVersion</c>, <c>kind</c> and <c>metadata</c>; the
/// rest of a resource (<c>spec</c>, <c>data</c>, a CRD's schema…) is built when a function first
/// reads it, so the resources no function looks into cost only the parse. Resources of the kinds
/// the function says it reads are built at once when their <c>kind</c> comes first (as it usually
/// does): parsing a part twice costs more than building it. A ResourceList's own fields
/// (<c>items</c>, <c>functionConfig</c>, <c>results</c>) are always built.
/// </summary>
internal sealed class KrmLazyPolicy(IReadOnlySet<string>? kindsRead) : LazyPolicy
{
    /// <summary>Every resource's content waits until it is read.</summary>
    public static KrmLazyPolicy Instance { get; } = new(null);

    public override bool ShouldDefer(in CollectionPath path) => path.Depth switch
    {
        // A stream document's field, or a ResourceList's (or v1 List's) own.
        1 => !path.KeyIs(1, "metadata") && !path.KeyIs(1, "items") && !path.KeyIs(1, "functionConfig") && !path.KeyIs(1, "results")
            && !IsRead(path.EarlierValue(1, "kind")),

        // A field of a ResourceList item: root.items[i].field.
        3 => path.KeyIs(1, "items") && path.IsSequenceItem(2) && !path.KeyIs(3, "metadata") && !IsRead(path.EarlierValue(3, "kind")),
        _ => false,
    };

    private bool IsRead(string? kind) => kind is not null && kindsRead is not null && kindsRead.Contains(kind);
}
