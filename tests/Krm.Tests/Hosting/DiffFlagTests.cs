using Krm.Hosting;

namespace Krm.Tests.Hosting;

/// <summary><c>--diff</c> is the host's flag, not a config field: it never reaches the function's config.</summary>
public class DiffFlagTests
{
    [Fact]
    public void Diff_flag_is_parsed_without_taking_the_next_argument()
    {
        var command = CommandLine.Parse(["--diff", "a.yaml"], FunctionFlag.FromSchema(TestFunction.Definition.SpecSchema, new Dictionary<string, string>()));

        Assert.Null(command.Error);
        Assert.True(command.Diff);
        Assert.Empty(command.Flags);
        Assert.Equal(["a.yaml"], command.Inputs);
    }

    [Fact]
    public void Without_the_flag_the_output_is_written_not_diffed()
    {
        Assert.False(CommandLine.Parse(["a.yaml"], []).Diff);
    }
}
