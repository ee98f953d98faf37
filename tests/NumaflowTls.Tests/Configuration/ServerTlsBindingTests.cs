using Krm.Config;
using Krm.Results;
using Krm.Yaml;
using NumaflowTls.Configuration;

namespace NumaflowTls.Tests.Configuration;

public class ServerTlsBindingTests
{
    private static (ServerTlsConfig? Config, ResultSink Results) Bind(string? functionConfig, params ConfigFlag[] flags)
    {
        var node = functionConfig is null ? null : YamlSource.Parse(functionConfig).Documents[0];
        var results = new ResultSink();
        var values = new ConfigBinder(ServerTlsCommand.Definition()).Bind(node, flags, results);
        var config = results.HasErrors ? null : ServerTlsBinding.Bind(values, results);
        return (config, results);
    }

    private static string Typed(string spec) =>
        $"apiVersion: krmfn.dev/v1alpha1\nkind: NumaflowServerTLS\nmetadata: {{name: server-tls}}\nspec:\n{spec}";

    private static string ConfigMap(string data) =>
        $"apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: function-input}}\ndata: {data}\n";

    [Fact]
    public void No_config_means_auto_with_the_mode_default_port()
    {
        var (config, results) = Bind(null);

        Assert.Empty(results.Results);
        Assert.Equal(new ServerTlsConfig(TlsMode.Auto, null, false, false), config);
        Assert.Equal(8443, config!.PortFor(insecure: false));
        Assert.Equal(8080, config.PortFor(insecure: true));
    }

    [Fact]
    public void Typed_config_from_the_issue_binds()
    {
        var (config, results) = Bind(Typed("  tls: disabled\n  port: 8080\n  validateOnly: false\n"));

        Assert.Empty(results.Results);
        Assert.Equal(new ServerTlsConfig(TlsMode.Disabled, 8080, false, false), config);
    }

    [Fact]
    public void ConfigMap_config_from_the_issue_binds()
    {
        var (config, _) = Bind(ConfigMap("{tls: disabled, port: \"8080\", validateOnly: \"true\", overrideMissingConfigMap: \"true\"}"));

        Assert.Equal(new ServerTlsConfig(TlsMode.Disabled, 8080, true, true), config);
    }

    [Theory]
    [InlineData("\"true\"", TlsMode.Disabled)]
    [InlineData("\"false\"", TlsMode.Enabled)]
    public void Kpt_insecure_argument_is_a_synonym_of_tls(string value, TlsMode mode)
    {
        // What `kpt fn eval --exec numaflow-tls -- insecure=true` sends.
        var (config, _) = Bind(ConfigMap($"{{insecure: {value}}}"));

        Assert.Equal(mode, config?.Tls);
    }

    [Theory]
    [InlineData("  tls: disabled\n  insecure: true\n", TlsMode.Disabled)]
    [InlineData("  tls: enabled\n  insecure: false\n", TlsMode.Enabled)]
    public void Tls_and_insecure_that_agree_are_accepted(string spec, TlsMode mode)
    {
        Assert.Equal(mode, Bind(Typed(spec)).Config?.Tls);
    }

    [Theory]
    [InlineData("  tls: enabled\n  insecure: true\n")]
    [InlineData("  tls: disabled\n  insecure: false\n")]
    [InlineData("  tls: auto\n  insecure: true\n")]
    public void Tls_and_insecure_that_disagree_are_an_error_naming_insecure(string spec)
    {
        var (config, results) = Bind(Typed(spec));

        Assert.Null(config);
        var error = Assert.Single(results.Results);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("spec.insecure", error.Field?.Path);
        Assert.Contains("contradicts spec.tls", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flag_overrides_the_function_config_even_across_the_synonym()
    {
        Assert.Equal(TlsMode.Disabled, Bind(Typed("  tls: enabled\n"), new ConfigFlag("insecure", "true", "--insecure")).Config?.Tls);
        Assert.Equal(TlsMode.Enabled, Bind(ConfigMap("{insecure: \"true\"}"), new ConfigFlag("tls", "enabled", "--tls")).Config?.Tls);
    }

    [Fact]
    public void Disagreeing_flags_are_an_error_naming_the_flag()
    {
        var (config, results) = Bind(null, new ConfigFlag("tls", "enabled", "--tls"), new ConfigFlag("insecure", "true", "--insecure"));

        Assert.Null(config);
        var error = Assert.Single(results.Results);
        Assert.Equal("--insecure", error.Field?.Path);
        Assert.Null(error.Field?.ProposedValue);
        Assert.StartsWith("--insecure=true means tls disabled, which contradicts --tls=enabled: give only one of them", error.Message, StringComparison.Ordinal);
        Assert.Equal("[error] --insecure: " + error.Message, ResultLine.Format(error, withFile: false));
    }

    [Fact]
    public void Allow_no_server_binds_from_its_flag_and_defaults_to_false()
    {
        Assert.False(Bind(null).Config?.AllowNoServer);
        Assert.True(Bind(null, new ConfigFlag("allowNoServer", "true", "--allow-no-server")).Config?.AllowNoServer);
        Assert.True(Bind(ConfigMap("{validateOnly: \"true\", allowNoServer: \"true\"}")).Config?.AllowNoServer);
    }

    [Theory]
    [InlineData("  port: 0\n", "spec.port")]
    [InlineData("  port: 65536\n", "spec.port")]
    [InlineData("  port: \"8080\"\n", "spec.port")]
    [InlineData("  tls: off\n", "spec.tls")]
    [InlineData("  validateOnly: sometimes\n", "spec.validateOnly")]
    [InlineData("  mode: disabled\n", "spec.mode")]
    public void Typed_config_errors_name_the_spec_field(string spec, string path)
    {
        var (config, results) = Bind(Typed(spec));

        Assert.Null(config);
        Assert.Equal(path, Assert.Single(results.Results).Field?.Path);
    }

    [Theory]
    [InlineData("{port: \"80a\"}", "data.port")]
    [InlineData("{tls: insecure}", "data.tls")]
    [InlineData("{validateOnly: \"1\"}", "data.validateOnly")]
    public void ConfigMap_errors_name_the_data_field(string data, string path)
    {
        var (config, results) = Bind(ConfigMap(data));

        Assert.Null(config);
        Assert.Equal(path, Assert.Single(results.Results).Field?.Path);
    }
}
