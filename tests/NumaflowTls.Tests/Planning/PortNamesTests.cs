using NumaflowTls.Planning;

namespace NumaflowTls.Tests.Planning;

public class PortNamesTests
{
    private static readonly Target Insecure = new(true, 8080);
    private static readonly Target Tls = new(false, 8443);

    [Theory]
    [InlineData("https", "http")]
    [InlineData("http", "http")]
    [InlineData("https-ui", "http-ui")]
    [InlineData("http-ui", "http-ui")]
    [InlineData("web", "web")]
    [InlineData("httpsx", "httpsx")]
    [InlineData(null, null)]
    public void Disabled_mode_flips_scheme_carrying_names_to_http(string? name, string? expected) =>
        Assert.Equal(expected, PortNames.For(name, Insecure));

    [Theory]
    [InlineData("http", "https")]
    [InlineData("http-ui", "https-ui")]
    [InlineData("https", "https")]
    [InlineData("metrics", "metrics")]
    public void Enabled_mode_flips_scheme_carrying_names_to_https(string name, string expected) =>
        Assert.Equal(expected, PortNames.For(name, Tls));
}
