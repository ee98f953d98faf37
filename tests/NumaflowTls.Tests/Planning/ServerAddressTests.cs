using NumaflowTls.Planning;

namespace NumaflowTls.Tests.Planning;

public class ServerAddressTests
{
    [Theory]
    [InlineData("https://localhost:8443", "localhost:8080")]
    [InlineData("localhost:8443", "localhost:8080")]
    [InlineData("127.0.0.1:8443", "127.0.0.1:8080")]
    [InlineData("http://127.0.0.1:8080", "127.0.0.1:8080")]
    [InlineData("https://localhost:8443/base", "localhost:8080/base")]
    public void Localhost_forms_take_the_fixed_charts_spelling(string value, string expected) =>
        Assert.Equal(expected, ServerAddress.Rewrite(value, new Target(true, 8080)));

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
