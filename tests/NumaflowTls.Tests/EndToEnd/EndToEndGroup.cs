namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// All end-to-end tests share one published binary and the image built from it (on first use), and
/// run one after another (they start real kpt/kubectl/docker processes; the machine has two cores).
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndGroup : ICollectionFixture<PublishedBinary>, ICollectionFixture<FunctionImageBuild>
{
    public const string Name = "end-to-end";
}
