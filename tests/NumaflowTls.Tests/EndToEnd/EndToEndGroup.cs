namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// All end-to-end tests share one published binary and run one after another (they start real
/// kpt/kubectl processes; the machine has two cores).
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndGroup : ICollectionFixture<PublishedBinary>
{
    public const string Name = "end-to-end";
}
