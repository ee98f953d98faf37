using NumaflowTls.Model;

namespace NumaflowTls.Tests.Model;

public class ServerModelTests
{
    private const string Cm = "numaflow-cmd-params-config";

    private static EffectiveListener Run(string[] args, EnvEntry[]? env = null, Dictionary<string, string>? cm = null)
    {
        var maps = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        if (cm is not null)
            maps[Cm] = cm;
        return ServerModel.Evaluate(new ServerInputs(args, env ?? [], maps));
    }

    private static readonly EnvEntry[] Wired =
    [
        new OtherEnv("NAMESPACE"),
        new ConfigMapKeyEnv(ServerEnv.Insecure, Cm, "server.insecure", true),
        new ConfigMapKeyEnv(ServerEnv.Port, Cm, "server.port", true),
    ];

    [Fact]
    public void No_flags_no_env_is_tls_on_8443()
    {
        var l = Run(["server"]);
        Assert.False(l.Insecure);
        Assert.Equal(8443, l.Port);
        Assert.Equal("HTTPS", l.Scheme);
        Assert.IsType<DefaultOrigin>(l.InsecureOrigin);
        Assert.IsType<DefaultOrigin>(l.PortOrigin);
        Assert.Empty(l.Findings);
    }

    [Fact]
    public void Bare_insecure_flag_is_http_8080()
    {
        var l = Run(["server", "--insecure"]);
        Assert.True(l.Insecure);
        Assert.Equal(8080, l.Port);
        Assert.Equal("HTTP", l.Scheme);
        Assert.Equal(new ArgOrigin(1, null), l.InsecureOrigin);
        Assert.IsType<InsecurePortOrigin>(l.PortOrigin);
    }

    [Theory]
    [InlineData("--insecure=true", true)]
    [InlineData("--insecure=1", true)]
    [InlineData("--insecure=T", true)]
    [InlineData("--insecure=True", true)]
    [InlineData("--insecure=false", false)]
    [InlineData("--insecure=0", false)]
    [InlineData("--insecure=F", false)]
    [InlineData("--insecure=FALSE", false)]
    public void Insecure_flag_with_inline_value_uses_go_parsebool(string flag, bool expected)
    {
        var l = Run(["server", flag]);
        Assert.Equal(expected, l.Insecure);
        Assert.Empty(l.Findings);
    }

    [Fact]
    public void Insecure_space_false_means_true_plus_stray_argument()
    {
        var l = Run(["server", "--insecure", "false"]);
        Assert.True(l.Insecure);
        Assert.Equal(8080, l.Port);
        var finding = Assert.Single(l.Findings);
        Assert.Equal(FindingLevel.Warning, finding.Level);
        Assert.Equal(new ArgOrigin(1, 2), finding.Where);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("tRUE")]
    public void Invalid_insecure_flag_value_is_an_error_finding(string value)
    {
        var l = Run(["server", "--insecure=" + value]);
        Assert.False(l.Certain);
        Assert.Equal(FindingLevel.Error, Assert.Single(l.Findings).Level);
    }

    [Theory]
    [InlineData(new[] { "server", "--port", "9000" }, 9000, 1, 2)]
    [InlineData(new[] { "server", "--port=9000" }, 9000, 1, null)]
    [InlineData(new[] { "server", "-p", "9000" }, 9000, 1, 2)]
    [InlineData(new[] { "server", "-p9000" }, 9000, 1, null)]
    [InlineData(new[] { "server", "-p=9000" }, 9000, 1, null)]
    [InlineData(new[] { "server", "--port=9000", "-p", "9100" }, 9100, 2, 3)]
    public void Port_flag_forms_all_set_the_port(string[] args, long port, int index, int? valueIndex)
    {
        var l = Run(args);
        Assert.Equal(port, l.Port);
        Assert.Equal(new ArgOrigin(index, valueIndex), l.PortOrigin);
        Assert.False(l.Insecure);
    }

    [Fact]
    public void Port_flag_is_honoured_even_when_insecure()
    {
        var l = Run(["server", "--insecure", "--port=9090"]);
        Assert.True(l.Insecure);
        Assert.Equal(9090, l.Port);
    }

    [Fact]
    public void Flags_after_double_dash_are_not_flags()
    {
        var l = Run(["server", "--", "--insecure"]);
        Assert.False(l.Insecure);
    }

    [Fact]
    public void Configmap_insecure_true_ignores_configmap_port()
    {
        var l = Run(["server"], Wired, new() { ["server.insecure"] = "true", ["server.port"] = "9090" });
        Assert.True(l.Insecure);
        Assert.Equal(8080, l.Port);
        Assert.Equal(new ConfigMapOrigin(1, Cm, "server.insecure"), l.InsecureOrigin);
        Assert.IsType<InsecurePortOrigin>(l.PortOrigin);
    }

    [Fact]
    public void Configmap_port_applies_when_tls_on()
    {
        var l = Run(["server"], Wired, new() { ["server.insecure"] = "false", ["server.port"] = "9443" });
        Assert.False(l.Insecure);
        Assert.Equal(9443, l.Port);
        Assert.Equal(new ConfigMapOrigin(2, Cm, "server.port"), l.PortOrigin);
    }

    [Theory]
    [InlineData("True", true)]
    [InlineData("t", true)]
    [InlineData("", false)]
    public void Non_canonical_configmap_booleans_follow_parsebool_and_empty_is_unset(string value, bool expected)
    {
        var l = Run(["server"], Wired, new() { ["server.insecure"] = value });
        Assert.Equal(expected, l.Insecure);
        Assert.Empty(l.Findings);
        if (value.Length == 0)
            Assert.IsType<DefaultOrigin>(l.InsecureOrigin);
    }

    [Fact]
    public void Invalid_configmap_boolean_is_an_error_finding_not_a_crash()
    {
        var l = Run(["server"], Wired, new() { ["server.insecure"] = "yes" });
        Assert.False(l.Certain);
        Assert.Contains("panics", Assert.Single(l.Findings).Message);
    }

    [Fact]
    public void Invalid_env_port_is_an_error_even_when_insecure()
    {
        var l = Run(["server"], Wired, new() { ["server.insecure"] = "true", ["server.port"] = "80a" });
        Assert.Equal(8080, l.Port);
        Assert.False(l.Certain);
    }

    [Fact]
    public void Empty_literal_env_is_unset()
    {
        var l = Run(["server"], [new LiteralEnv(ServerEnv.Insecure, ""), new LiteralEnv(ServerEnv.Port, "")]);
        Assert.False(l.Insecure);
        Assert.Equal(8443, l.Port);
        Assert.Empty(l.Findings);
    }

    [Fact]
    public void Later_duplicate_env_entry_wins()
    {
        var env = new EnvEntry[]
        {
            new ConfigMapKeyEnv(ServerEnv.Insecure, Cm, "server.insecure", true),
            new LiteralEnv(ServerEnv.Insecure, "true"),
        };
        var l = Run(["server"], env, new() { ["server.insecure"] = "false" });
        Assert.True(l.Insecure);
        Assert.Equal(new LiteralEnvOrigin(1), l.InsecureOrigin);
    }

    [Fact]
    public void Args_beat_env()
    {
        var l = Run(["server", "--insecure=false"], [new LiteralEnv(ServerEnv.Insecure, "true"), new LiteralEnv(ServerEnv.Port, "9443")]);
        Assert.False(l.Insecure);
        Assert.Equal(9443, l.Port);
        Assert.Equal(new ArgOrigin(1, null), l.InsecureOrigin);
    }

    [Fact]
    public void Missing_configmap_is_an_error_finding_naming_it()
    {
        var l = Run(["server"], Wired);
        Assert.False(l.Certain);
        Assert.All(l.Findings, f => Assert.Contains(Cm, f.Message));
    }

    [Fact]
    public void Optional_key_absent_from_configmap_is_unset()
    {
        var l = Run(["server"], Wired, new() { ["server.disable.auth"] = "true" });
        Assert.False(l.Insecure);
        Assert.Equal(8443, l.Port);
        Assert.Empty(l.Findings);
    }

    [Fact]
    public void Port_flag_without_value_is_an_error_finding()
    {
        var l = Run(["server", "--port"]);
        Assert.False(l.Certain);
    }

    [Fact]
    public void Out_of_range_port_is_an_error_finding()
    {
        var l = Run(["server", "--port=70000"]);
        Assert.False(l.Certain);
    }
}
