using System.Text.Json;
using Krm.Hosting;
using Krm.ResourceLists;
using Krm.Results;
using Krm.Yaml;

namespace Krm.Tests.Hosting;

/// <summary>
/// docs/design/krm-contract.md, "Inputs that are not plain KRM objects", and
/// docs/design/yaml-fidelity.md, "JSON input": a JSON file or stream in standalone mode stays JSON. Scalars are
/// edited in place and keys inserted in flow style, JSON-quoted (on a line of their own where the
/// neighbours each have one), so untouched bytes stay untouched
/// and the output still parses as JSON. KRM mode (a JSON ResourceList) still writes block YAML.
/// </summary>
public class JsonStreamTests
{
    private const string Json = """
        {
            "apiVersion": "v1",
            "kind": "List",
            "items": [
                {
                    "apiVersion": "v1",
                    "kind": "ConfigMap",
                    "metadata": {
                        "name": "cm",
                        "labels": {}
                    },
                    "data": {
                        "port": "8443",
                        "path": "/é<",
                        "count": 3
                    }
                },
                {
                    "apiVersion": "apps/v1",
                    "kind": "Deployment",
                    "metadata": {"name": "d"},
                    "spec": {"template": {"spec": {"containers": [{"name": "main", "args": ["server"], "ports": []}]}}}
                }
            ],
            "metadata": {"resourceVersion": ""}
        }

        """;

    private static void Edit(ResourceList list, TestConfig config, ResultSink results)
    {
        var cm = list.Items[0].Node;
        cm["data"]!.Set("port", "8080");
        cm["data"]!.Set("server.insecure", "true");
        cm["data"]!["count"]!.SetString("three\u2028lines");
        cm.At("metadata", "labels")!.Set("app", "x");
        cm.Set("immutable", false);
        var container = list.Items[1].Node.At("spec", "template", "spec", "containers")![0]!;
        container["args"]!.Append("--insecure=true");
        container["ports"]!.Append(YamlValue.Map(("containerPort", 8080), ("name", "http")));
        container.Set("readinessProbe", YamlValue.Map(("httpGet", YamlValue.Map(("port", 8080), ("scheme", "HTTP")))));
    }

    [Fact]
    public void A_JSON_stream_left_alone_is_the_same_bytes_and_its_diff_is_empty()
    {
        var run = HostRun.Of(Json, TestFunction.Nothing);
        var diff = HostRun.Of(Json, TestFunction.Nothing, "--diff");

        Assert.Equal(Json, run.Stdout);
        Assert.Equal("", diff.Stdout);
    }

    [Fact]
    public void Edits_to_a_JSON_stream_keep_it_JSON_with_the_same_data()
    {
        var run = HostRun.Of(Json, Edit);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Stderr);
        using var output = JsonDocument.Parse(run.Stdout);
        var items = output.RootElement.GetProperty("items");
        var data = items[0].GetProperty("data");
        Assert.Equal("8080", data.GetProperty("port").GetString());
        Assert.Equal("true", data.GetProperty("server.insecure").GetString());
        Assert.Equal("/é<", data.GetProperty("path").GetString());
        Assert.Equal("three\u2028lines", data.GetProperty("count").GetString());
        Assert.Equal("x", items[0].GetProperty("metadata").GetProperty("labels").GetProperty("app").GetString());
        Assert.False(items[0].GetProperty("immutable").GetBoolean());
        var container = items[1].GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("containers")[0];
        Assert.Equal(["server", "--insecure=true"], container.GetProperty("args").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(8080, container.GetProperty("ports")[0].GetProperty("containerPort").GetInt32());
        Assert.Equal("HTTP", container.GetProperty("readinessProbe").GetProperty("httpGet").GetProperty("scheme").GetString());
    }

    [Fact]
    public void Edits_to_a_JSON_stream_touch_only_the_edited_lines_and_added_keys_get_their_own()
    {
        var run = HostRun.Of(Json, Edit);

        // A key added to a mapping written one key per line gets a line of its own, at its neighbours' indent.
        var before = Json.Split('\n');
        var added = new[] { "                \"server.insecure\": \"true\"", "            \"immutable\": false" };
        var after = run.Stdout.Split('\n');
        Assert.All(added, line => Assert.Contains(line, after));
        var kept = after.Where(l => !added.Contains(l)).ToArray();
        Assert.Equal(before.Length, kept.Length);
        var changed = before.Zip(kept).Count(p => p.First != p.Second);
        Assert.True(changed <= 6, run.Stdout);
    }

    [Fact]
    public void A_JSON_resource_list_in_KRM_mode_comes_out_as_block_YAML()
    {
        const string input = """{"apiVersion": "config.kubernetes.io/v1", "kind": "ResourceList", "items": [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cm"}}]}""";

        var run = HostRun.Of(input, TestFunction.Nothing);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.StartsWith("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- apiVersion: v1\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_JSON_document_among_YAML_documents_stays_JSON()
    {
        const string input = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n---\n{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"cm\"}, \"data\": {\"port\": \"8443\"}}\n";

        var run = HostRun.Of(input, (list, _, _) => list.Items[1].Node["data"]!.Set("port", "8080"));

        Assert.Equal(input.Replace("8443", "8080", StringComparison.Ordinal), run.Stdout);
    }
}
