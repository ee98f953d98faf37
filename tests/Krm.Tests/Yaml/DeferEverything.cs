using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary>Defers every collection the builder may defer: the strictest test of the lazy trees.</summary>
internal sealed class DeferEverything : LazyPolicy
{
    public static DeferEverything Instance { get; } = new();

    public override bool ShouldDefer(in CollectionPath path) => true;
}
