using Krm.Yaml;

namespace Krm.Tests.Hosting;

/// <summary>
/// A refused edit that escapes the function is an error result naming the item and field; the run
/// fails, so every item goes out unchanged (docs/design/krm-contract.md, "Process": a failure prints the
/// items unchanged).
/// </summary>
public class RefusedEditTests
{
    private const string List = """
        apiVersion: config.kubernetes.io/v1
        kind: ResourceList
        items:
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: first
          data:
            a: x
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: second
            namespace: dev
          data:
            shared: &value x
            copy: *value
        """;

    [Fact]
    public void A_refusal_from_Process_names_the_item_and_field_and_leaves_every_item_unchanged()
    {
        var run = HostRun.Of(List, (list, _, _) =>
        {
            list.Items[0].SetLabel("edited", "yes");
            list.Items[1].Node.At("data", "shared")!.SetString("a");
            list.Items[1].Node.At("data", "copy")!.SetString("b");
        });

        Assert.Equal(Krm.Hosting.ExitCodes.ErrorResults, run.ExitCode);
        Assert.StartsWith(List, run.Stdout, StringComparison.Ordinal);
        var result = Assert.Single(YamlSource.Parse(run.Stdout).Documents[0]["results"]!.Items);
        Assert.Equal("second", result.At("resourceRef", "name")!.Value);
        Assert.Equal("data.shared", result.At("field", "path")!.Value);
        Assert.Contains("edit refused, items left unchanged: conflicting edits", result.GetString("message"), StringComparison.Ordinal);
        Assert.Contains("[error] v1/ConfigMap/dev/second data.shared: edit refused", run.Stderr, StringComparison.Ordinal);
    }
}
