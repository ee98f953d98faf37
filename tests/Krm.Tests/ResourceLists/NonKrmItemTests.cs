using System.Text;
using Krm.Hosting;
using Krm.ResourceLists;
using Krm.Results;
using Krm.Tests.Hosting;
using Krm.Yaml;

namespace Krm.Tests.ResourceLists;

/// <summary>
/// docs/design/krm-contract.md, "Inputs that are not plain KRM objects": kpt sends a plain kustomization.yaml as
/// an item. An object without apiVersion or kind passes through byte for byte and the function never
/// sees it; a scalar or sequence item is still malformed.
/// </summary>
public class NonKrmItemTests
{
    private const string Kustomization = """
          # a plain kustomization, as kpt render sends it
          resources: [deploy.yaml]   # kept
          namePrefix: 'dev-'
          metadata:
            annotations:
              config.kubernetes.io/path: kustomization.yaml
        """;

    private static readonly string ResourceListInput = $$"""
        apiVersion: config.kubernetes.io/v1
        kind: ResourceList
        items:
        - {{Kustomization.TrimStart()}}
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: cm
          data:
            a: "1"
        - kind: OnlyKind
          metadata: {name: k}
        - apiVersion: only/v1
          metadata: {name: v}

        """;

    /// <summary>Edits every item it is given, so an item it was not given is proven untouched.</summary>
    private static void EditEveryItem(ResourceList list, TestConfig config, ResultSink results)
    {
        foreach (var item in list.Items)
            item.Node.Set("edited", "done");
    }

    [Fact]
    public void Items_without_apiVersion_or_kind_are_not_given_to_the_function()
    {
        var list = ResourceListReader.Read([new InputSource("stdin", Encoding.UTF8.GetBytes(ResourceListInput))]);

        Assert.Equal(["v1/ConfigMap/cm"], list.Items.Select(i => i.Ref.ToString()));
        Assert.Equal(3, list.PassedThrough);
        Assert.Equal(0, list.Items[0].Position);
    }

    [Fact]
    public void A_non_krm_item_in_a_resource_list_passes_through_byte_for_byte()
    {
        var run = HostRun.Of(ResourceListInput, EditEveryItem);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var expected = ResourceListInput.Replace("    a: \"1\"\n", "    a: \"1\"\n  edited: done\n", StringComparison.Ordinal);
        Assert.Equal(expected, run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void A_non_krm_document_in_a_stream_passes_through_byte_for_byte()
    {
        const string stream = "resources: [a.yaml]\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\n";

        var run = HostRun.Of(stream, EditEveryItem);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(stream + "edited: done\n", run.Stdout);
    }

    [Theory]
    [InlineData("- just a string\n", "ResourceList item 0 is not an object")]
    [InlineData("- [a, b]\n", "ResourceList item 0 is not an object")]
    public void A_scalar_or_sequence_item_is_still_malformed(string item, string message)
    {
        var error = Assert.Throws<YamlException>(() => ResourceListReader.Read(
            [new InputSource("stdin", Encoding.UTF8.GetBytes($"apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n{item}"))]));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
