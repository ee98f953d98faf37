using Krm.Testing;

namespace Krm.Tests.Golden;

/// <summary>
/// The SDK's golden folders, with SDK inputs: each <c>testdata/&lt;case&gt;</c> runs the sample function in
/// standalone mode (<c>--config config.yaml input.yaml</c>) and in KRM mode (the same documents as a
/// ResourceList): both must give <c>expected.yaml</c>'s items.
/// </summary>
public class SdkGoldenTests
{
    private static readonly string TestData = Path.Combine(Krm.TestSupport.UpstreamFixtures.RepositoryRoot, "tests", "Krm.Tests", "Golden", "testdata");

    public static TheoryData<string> Cases => [.. GoldenCase.All(TestData).Select(c => c.Name)];

    private static GoldenCase Case(string name) => GoldenCase.All(TestData).Single(c => c.Name == name);

    [Fact]
    public void There_are_cases()
    {
        Assert.NotEmpty(GoldenCase.All(TestData));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Standalone_output_is_the_expected_stream(string name)
    {
        var golden = Case(name);

        var run = FunctionRun.Of(SetNamespace.Hosted, "", "--config", golden.ConfigPath!, golden.InputPath);

        Assert.True(run.ExitCode == 0, run.Stderr);
        golden.Check(run.StdoutBytes);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Krm_mode_edits_the_items_the_same_way(string name)
    {
        var golden = Case(name);
        var input = ResourceListText.Wrap(ResourceListText.Documents(golden.Input), File.ReadAllText(golden.ConfigPath!));

        var run = FunctionRun.Of(SetNamespace.Hosted, input);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(
            ResourceListText.Wrap(ResourceListText.Documents(File.ReadAllText(golden.ExpectedPath)), File.ReadAllText(golden.ConfigPath!)),
            run.Stdout);
    }

    [Fact]
    public void A_mismatch_fails_with_the_line_diff()
    {
        var golden = Case("typed-config-sets-namespace-and-labels");
        if (GoldenCase.Updating)
            return;

        var mismatch = Assert.Throws<GoldenMismatchException>(() => golden.Check("apiVersion: v1\n"));

        Assert.Contains("+ apiVersion: v1", mismatch.Message, StringComparison.Ordinal);
    }
}
