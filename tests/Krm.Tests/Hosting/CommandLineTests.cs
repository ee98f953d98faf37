using Krm.Config;
using Krm.Hosting;

namespace Krm.Tests.Hosting;

public class CommandLineTests
{
    private static readonly IReadOnlyList<FunctionFlag> Flags =
        FunctionFlag.FromSchema(TestFunction.Definition.SpecSchema, new Dictionary<string, string> { ["s"] = "strict" });

    private static CommandLine Parse(params string[] args) => CommandLine.Parse(args, Flags);

    [Fact]
    public void No_arguments_is_krm_mode()
    {
        var command = Parse();

        Assert.Null(command.Error);
        Assert.False(command.HasFiles);
        Assert.Empty(command.Flags);
    }

    [Fact]
    public void Value_flags_take_the_next_argument_or_an_inline_value()
    {
        var command = Parse("--mode", "slow", "--count=3", "a.yaml");

        Assert.Equal([new ConfigFlag("mode", "slow", "--mode"), new ConfigFlag("count", "3", "--count")], command.Flags);
        Assert.Equal(["a.yaml"], command.Inputs);
    }

    [Theory]
    [InlineData("true", "--strict=true")]
    [InlineData("False", "--strict=false")]
    public void A_boolean_flag_followed_by_a_boolean_word_that_is_no_file_suggests_the_inline_form(string word, string suggestion)
    {
        var command = Parse("--strict", word, "a.yaml");

        Assert.Equal($"--strict takes no separate value: write {suggestion} ('{word}' is not a file)", command.Error);
    }

    [Fact]
    public void Boolean_flags_never_take_the_next_argument()
    {
        var command = Parse("--strict", "a.yaml", "--s=false");

        Assert.Equal([new ConfigFlag("strict", "true", "--strict"), new ConfigFlag("strict", "false", "--s")], command.Flags);
        Assert.Equal(["a.yaml"], command.Inputs);
    }

    [Fact]
    public void Camel_case_keys_have_a_kebab_case_flag()
    {
        var flags = FunctionFlag.FromSchema(
            Krm.Config.FunctionDefinition.Parse(TestFunction.DefinitionYaml.Replace("strict", "beStrict", StringComparison.Ordinal)).SpecSchema,
            new Dictionary<string, string>());

        Assert.Equal("beStrict", Assert.Single(CommandLine.Parse(["--be-strict"], flags).Flags).Key);
        Assert.Equal("beStrict", Assert.Single(CommandLine.Parse(["--beStrict"], flags).Flags).Key);
    }

    [Fact]
    public void Host_flags_and_inputs_are_recognised()
    {
        var command = Parse("-v", "--stack", "--config", "fn.yaml", "-", "b.yaml", "--", "--odd-name.yaml");

        Assert.True(command.Verbose);
        Assert.True(command.Stack);
        Assert.Equal("fn.yaml", command.ConfigFile);
        Assert.Equal(["-", "b.yaml", "--odd-name.yaml"], command.Inputs);
    }

    [Theory]
    [InlineData("--colour")]
    [InlineData("-x")]
    [InlineData("--count")]
    [InlineData("--config")]
    public void Unknown_or_incomplete_flags_are_usage_errors(string arg)
    {
        Assert.NotNull(Parse(arg).Error);
    }

    [Fact]
    public void Help_and_version_are_recognised()
    {
        Assert.True(Parse("--help").Help);
        Assert.True(Parse("-h").Help);
        Assert.True(Parse("--version").Version);
    }
}
