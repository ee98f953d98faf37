using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary>Golden before/after files for each edit kind on real (or lightly trimmed) Numaflow manifests.</summary>
public class GoldenEditTests
{
    [Fact]
    public void ConfigMap_v1_8_3_gains_server_insecure_after_its_comment_only_keys()
    {
        var result = Golden.Check("configmap-v1.8.3-adds-insecure", root => root["data"]!.Set("server.insecure", "true"));

        Assert.Equal("true", result.Documents[0].At("data", "server.insecure")!.Value);
        Assert.True(result.Documents[0].At("data", "server.insecure")!.IsString);
    }

    [Fact]
    public void ConfigMap_v1_0_0_gains_server_insecure_and_port()
    {
        var result = Golden.Check("configmap-v1.0.0-adds-insecure", root =>
        {
            root["data"]!.Set("server.insecure", "true");
            root["data"]!.Set("server.port", "8080");
        });

        Assert.Equal("8080", result.Documents[0].At("data", "server.port")!.Value);
    }

    [Fact]
    public void Comment_only_data_gets_an_indented_block_after_its_comments()
    {
        var result = Golden.Check("configmap-comment-only-data-adds-keys", root =>
        {
            Assert.True(root["data"]!.IsNull);
            root["data"]!.Set("server.insecure", "true");
            root["data"]!.Set("server.port", "8080");
        });

        Assert.Equal(["server.insecure", "server.port"], result.Documents[0]["data"]!.Entries.Select(e => e.Key.Value));
    }

    [Fact]
    public void Probe_gains_scheme_https()
    {
        var result = Golden.Check("probe-gains-https-scheme", root =>
        {
            var httpGet = root.At("spec", "template", "spec", "containers")![0]!.At("livenessProbe", "httpGet")!;
            httpGet.Set("scheme", "HTTPS");
            httpGet.Set("port", 8443);
        });

        Assert.Equal("HTTPS", result.Documents[0].At("spec", "template", "spec", "containers")![0]!.At("livenessProbe", "httpGet", "scheme")!.Value);
    }

    [Fact]
    public void Env_list_gains_an_entry_in_its_own_indentation()
    {
        var result = Golden.Check("env-appends-entry", root =>
        {
            var env = root.At("spec", "template", "spec", "containers")![0]!["env"]!;
            env.Append(YamlValue.Map(("name", "NUMAFLOW_SERVER_INSECURE"), ("value", "true")));
        });

        var env = result.Documents[0].At("spec", "template", "spec", "containers")![0]!["env"]!;
        Assert.Equal("NUMAFLOW_SERVER_INSECURE", env.Items[^1].GetString("name"));
        Assert.True(env.Items[^1]["value"]!.IsString);
    }

    [Fact]
    public void Rbac_config_map_gains_a_key_after_its_block_scalars()
    {
        Golden.Check("advanced-install-adds-after-block-scalar", root =>
        {
            Assert.Equal("numaflow-server-rbac-config", root.At("metadata", "name")!.Value);
            root["data"]!.Set("server.insecure", "true");
        }, document: 7);
    }

    [Fact]
    public void Crlf_and_bom_survive_every_edit_kind()
    {
        var result = Golden.Check("crlf-bom-edits", root =>
        {
            var container = root.At("spec", "template", "spec", "containers")![0]!;
            container["args"]![1]!.SetString("--insecure=true");
            container["args"]!.Append("--extra");
            container["env"]!.Append(YamlValue.Map(("name", "B"), ("value", "true")));
            container.At("readinessProbe", "httpGet")!.Set("scheme", "HTTPS");
            container.At("readinessProbe", "httpGet", "port")!.SetInt(8080);
        });

        Assert.True(result.SourceText.HasBom);
        Assert.Equal("\r\n", result.SourceText.NewLine);
    }
}
