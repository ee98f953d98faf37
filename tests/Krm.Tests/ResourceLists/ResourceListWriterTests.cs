using System.Text;
using Krm.Hosting;
using Krm.Results;
using Krm.Tests.Hosting;
using Krm.Yaml;

namespace Krm.Tests.ResourceLists;

/// <summary>The output ResourceList: v1, block style, items' bytes untouched, results kept and appended.</summary>
public class ResourceListWriterTests
{
    private const string Items = """
        items:
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: cm # a comment
            annotations:
              config.kubernetes.io/path: 'cm.yaml'
              config.kubernetes.io/index: '0'
          data: {port: "8443", flag: 'yes'}

        """;

    private static void Warn(Krm.ResourceLists.ResourceList list, TestConfig config, ResultSink results) =>
        results.Warning("look here", list.Items[0], new FieldRef("data.port", "8443", "8080"));

    [Theory]
    [InlineData("config.kubernetes.io/v1beta1", "ResourceList", "")]
    [InlineData("config.kubernetes.io/v1alpha1", "ResourceList", "")]
    [InlineData("v1", "List", "functionConfig:\n  apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: function-input\n  data: {}\n")] // the legacy ResourceList form; a kubectl List stays a List
    public void Older_versions_and_List_come_out_as_a_v1_ResourceList_with_items_untouched(string apiVersion, string kind, string functionConfig)
    {
        var run = HostRun.Of($"apiVersion: {apiVersion}\nkind: {kind}\n{functionConfig}{Items}", TestFunction.Nothing);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal($"apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n{functionConfig}{Items}", run.Stdout);
    }

    [Fact]
    public void Results_are_appended_with_every_field_in_the_functions_spec_shape()
    {
        var input = $"apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n{Items}";

        var run = HostRun.Of(input, (list, _, results) => results.Add(new Result("port: disagrees", Severity.Error,
            list.Items[0].Ref, new FieldRef("data.port", "8443", 8080), list.Items[0].File,
            new Dictionary<string, string> { ["z"] = "last", ["a"] = "first" })));

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.Equal(input + """
            results:
            - message: 'port: disagrees'
              severity: error
              resourceRef:
                apiVersion: v1
                kind: ConfigMap
                name: cm
              field:
                path: data.port
                currentValue: "8443"
                proposedValue: 8080
              file:
                path: cm.yaml
                index: 0
              tags:
                a: first
                z: last

            """.Replace("'port: disagrees'", QuotedMessage(run.Stdout), StringComparison.Ordinal), run.Stdout);
        Assert.Equal("[error] v1/ConfigMap/cm data.port: 8443 -> 8080; port: disagrees\n", run.Stderr);
    }

    // The quoting of a string with ": " is the YAML layer's choice; the test pins everything else.
    private static string QuotedMessage(string output)
    {
        var line = output.Split('\n').Single(l => l.StartsWith("- message: ", StringComparison.Ordinal));
        return line["- message: ".Length..];
    }

    [Fact]
    public void Existing_results_are_kept_and_ours_appended_after_them()
    {
        var input = $"apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n{Items}results:\n- message: from an earlier function\n  severity: info\n";

        var run = HostRun.Of(input, Warn);

        var output = run.Stdout;
        Assert.StartsWith(input, output, StringComparison.Ordinal);
        var results = YamlSource.Parse(output).Documents[0]["results"]!.Items;
        Assert.Equal(["from an earlier function", "look here"], results.Select(r => r.GetString("message")));
    }

    [Fact]
    public void Output_reparses_with_the_same_items_and_our_results()
    {
        var input = $"apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n{Items}";

        var run = HostRun.Of(input, Warn);

        var root = YamlSource.Parse(run.Stdout).Documents[0];
        Assert.Equal("cm", root.At("items")![0]!.At("metadata", "name")!.Value);
        var result = Assert.Single(root["results"]!.Items);
        Assert.Equal("warning", result.GetString("severity"));
        Assert.Equal("data.port", result.At("field", "path")!.Value);
        Assert.Equal("8080", result.At("field", "proposedValue")!.Value);
        Assert.True(result.At("field", "proposedValue")!.IsString);
        Assert.Equal("cm.yaml", result.At("file", "path")!.Value);
    }

    [Fact]
    public void Json_resource_list_comes_out_as_block_yaml()
    {
        var run = HostRun.Of("""{"apiVersion":"config.kubernetes.io/v1","kind":"ResourceList","items":[{"apiVersion":"v1","kind":"Service","metadata":{"name":"svc"},"spec":{"ports":[{"port":8443}]}}]}""", Warn);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.DoesNotContain("{", run.Stdout, StringComparison.Ordinal);
        var root = YamlSource.Parse(run.Stdout).Documents[0];
        Assert.False(root.IsFlow);
        Assert.Equal(8443, root.At("items")![0]!.At("spec", "ports")![0]!["port"]!.TryGetInt(out var port) ? port : 0);
        Assert.Single(root["results"]!.Items);
    }

    [Fact]
    public void Crlf_and_bom_are_kept_including_in_the_appended_results()
    {
        var text = $"apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n{Items}".Replace("\n", "\r\n", StringComparison.Ordinal);
        var bom = Encoding.UTF8.GetPreamble();

        var run = HostRun.Of([.. bom, .. Encoding.UTF8.GetBytes(text)], Warn);

        Assert.True(run.StdoutBytes.AsSpan().StartsWith(bom));
        var output = Encoding.UTF8.GetString(run.StdoutBytes.AsSpan(bom.Length));
        Assert.StartsWith(text, output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", output.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
