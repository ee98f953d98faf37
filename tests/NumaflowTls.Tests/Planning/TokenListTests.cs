using NumaflowTls.Planning;
using NumaflowTls.Planning.Platform;

namespace NumaflowTls.Tests.Planning;

/// <summary>Comma lists in annotations: entries leave and join, the rest of the text stays as written.</summary>
public class TokenListTests
{
    [Theory]
    [InlineData("443,8443", "8443", "443")]
    [InlineData("8443, 443", "8443", "443")]
    [InlineData("8443", "8443", "")]
    [InlineData("a, 8443, b", "8443", "a, b")]
    public void An_entry_leaves_without_disturbing_the_others(string text, string entry, string expected)
    {
        var list = new TokenList(text);
        list.RemoveAll(e => e == entry);
        Assert.Equal(expected, list.ToString());
    }

    [Theory]
    [InlineData("", "8443")]
    [InlineData("443", "443,8443")]
    [InlineData("a, b", "a, b, 8443")]
    public void An_entry_joins_with_the_lists_separator(string text, string expected)
    {
        var list = new TokenList(text);
        list.Add(8443);
        Assert.Equal(expected, list.ToString());
    }

    [Theory]
    [InlineData("https", false, "https")]
    [InlineData("http", false, "https")]
    [InlineData("HTTPS", true, "HTTP")]
    [InlineData("Https", true, "http")]
    [InlineData("h2c", true, null)]
    [InlineData("HTTP2", true, null)]
    public void Scheme_words_follow_the_mode_and_keep_their_case(string value, bool insecure, string? expected) =>
        Assert.Equal(expected, SchemeWord.Follow(value, new Target(insecure, insecure ? 8080 : 8443)));
}
