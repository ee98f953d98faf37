using NumaflowTls.Planning;

namespace NumaflowTls.Tests.Planning;

public class ServerAddressTests
{
    [Theory]
    [InlineData("https://localhost:8443", "http://localhost:8080")]
    [InlineData("localhost:8443", "http://localhost:8080")]
    [InlineData("127.0.0.1:8443", "http://127.0.0.1:8080")]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080")]
    [InlineData("https://localhost:8443/base", "http://localhost:8080/base")]
    public void Localhost_forms_become_a_url_with_the_insecure_scheme(string value, string expected) =>
        Assert.Equal(expected, ServerAddress.Rewrite(value, new Target(true, 8080)));

    [Theory]
    [InlineData("localhost:8080", "https://localhost:8443")]
    [InlineData("http://localhost:8080", "https://localhost:8443")]
    [InlineData("127.0.0.1:8080", "https://127.0.0.1:8443")]
    [InlineData("https://localhost:8443", "https://localhost:8443")]
    public void Localhost_forms_become_a_url_with_the_tls_scheme(string value, string expected) =>
        Assert.Equal(expected, ServerAddress.Rewrite(value, new Target(false, 8443)));

    [Theory]
    [InlineData("localhost:8443", false)]
    [InlineData("127.0.0.1:8080", false)]
    [InlineData("https://localhost:8443", true)]
    [InlineData("http://127.0.0.1:8080", true)]
    public void A_scheme_is_recognised(string value, bool expected) =>
        Assert.Equal(expected, ServerAddress.HasScheme(value));

    [Theory]
    [InlineData("https://numaflow.example.com")]
    [InlineData("localhost")]
    [InlineData("https://localhost.example.com:8443")]
    public void External_addresses_are_not_rewritten(string value) =>
        Assert.Null(ServerAddress.Rewrite(value, new Target(true, 8080)));

    [Fact]
    public void External_https_address_disagrees_with_insecure_mode()
    {
        Assert.True(ServerAddress.Disagrees("https://numaflow.example.com", new Target(true, 8080)));
        Assert.False(ServerAddress.Disagrees("https://numaflow.example.com", new Target(false, 8443)));
        Assert.True(ServerAddress.Disagrees("http://numaflow.example.com", new Target(false, 8443)));
    }
}
