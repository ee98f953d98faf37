using NumaflowTls.Model;

namespace NumaflowTls.Tests.Model;

public class GoParseTests
{
    [Theory]
    [InlineData("1", true)]
    [InlineData("t", true)]
    [InlineData("T", true)]
    [InlineData("TRUE", true)]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("0", false)]
    [InlineData("f", false)]
    [InlineData("F", false)]
    [InlineData("FALSE", false)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("yes", null)]
    [InlineData("tRue", null)]
    [InlineData(" true", null)]
    [InlineData("", null)]
    public void ParseBool_accepts_exactly_gos_spellings(string text, bool? expected) =>
        Assert.Equal(expected, GoParse.ParseBool(text));

    [Theory]
    [InlineData("8080", 8080L)]
    [InlineData("+8080", 8080L)]
    [InlineData("-1", -1L)]
    [InlineData("08080", 8080L)]
    [InlineData("8_080", null)]
    [InlineData(" 8080", null)]
    [InlineData("8080 ", null)]
    [InlineData("0x1F90", null)]
    [InlineData("", null)]
    [InlineData("+", null)]
    [InlineData("99999999999999999999", null)]
    public void Atoi_accepts_only_signed_decimal(string text, long? expected) =>
        Assert.Equal(expected, GoParse.Atoi(text));
}
