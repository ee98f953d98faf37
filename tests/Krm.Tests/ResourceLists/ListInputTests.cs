using System.Text;
using Krm.Hosting;
using Krm.ResourceLists;
using Krm.Results;
using Krm.Tests.Hosting;
using Krm.Yaml;

namespace Krm.Tests.ResourceLists;

/// <summary>
/// docs/design/krm-contract.md, "Inputs that are not plain KRM objects": the items of a <c>kind: List</c> (what
/// <c>kubectl get -o yaml</c> prints, or any <c>*List</c> with items) are resources like any other,
/// and the List is edited in place: same kind and apiVersion, no ResourceList wrapper, no results.
/// </summary>
public class ListInputTests
{
    private const string KubectlList = """
        apiVersion: v1
        items:
        - apiVersion: v1
          data:
            port: "8443"
          kind: ConfigMap
          metadata:
            name: one
            namespace: ns
        - apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: two
        kind: List
        metadata:
          resourceVersion: ""

        """;

    private static ResourceList Read(params (string Name, string Text)[] inputs) =>
        ResourceListReader.Read([.. inputs.Select(i => new InputSource(i.Name, Encoding.UTF8.GetBytes(i.Text)))]);

    /// <summary>Sets <c>data.port</c> on every ConfigMap it is given and warns on each Deployment.</summary>
    private static void EditConfigMaps(ResourceList list, TestConfig config, ResultSink results)
    {
        foreach (var item in list.Items)
        {
            if (item.Kind == "ConfigMap")
                item.Node["data"]!.Set("port", "8080");
            else
                results.Warning("seen", item);
        }
    }

    [Fact]
    public void The_items_of_a_kubectl_List_are_the_resources()
    {
        var list = Read(("stdin", KubectlList));

        Assert.Equal(ResourceListFormat.Stream, list.Format);
        Assert.Equal(["v1/ConfigMap/ns/one", "apps/v1/Deployment/two"], list.Items.Select(i => i.Ref.ToString()));
        Assert.All(list.Items, i => Assert.Equal("List", i.List?.Kind));
        Assert.Equal("stdin:0", list.Items[1].File?.ToString());
    }

    [Fact]
    public void A_List_stays_a_List_edited_in_place_without_results()
    {
        var run = HostRun.Of(KubectlList, EditConfigMaps);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(KubectlList.Replace("port: \"8443\"", "port: \"8080\"", StringComparison.Ordinal), run.Stdout);
        Assert.Equal("stdin:10 [warning] apps/v1/Deployment/two: seen\n", run.Stderr); // the line the item starts on
    }

    [Fact]
    public void A_typed_list_kind_with_items_holds_resources_too()
    {
        var list = Read(("stdin", "apiVersion: apps/v1\nkind: DeploymentList\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: d}\n"));

        Assert.Equal(["apps/v1/Deployment/d"], list.Items.Select(i => i.Ref.ToString()));
    }

    [Fact]
    public void A_list_kind_without_items_is_an_ordinary_resource()
    {
        var list = Read(("stdin", "apiVersion: x.dev/v1\nkind: AllowList\nspec: {names: [a]}\n"));

        Assert.Equal(["x.dev/v1/AllowList/"], list.Items.Select(i => i.Ref.ToString()));
    }

    [Fact]
    public void An_empty_List_has_no_items()
    {
        Assert.Empty(Read(("stdin", "apiVersion: v1\nkind: List\nitems: []\nmetadata: {}\n")).Items);
    }

    [Fact]
    public void A_List_followed_by_documents_is_read_whole()
    {
        var list = Read(("stdin", KubectlList + "---\napiVersion: v1\nkind: Service\nmetadata: {name: three}\n"));

        Assert.Equal(["one", "two", "three"], list.Items.Select(i => i.Name));
        Assert.Equal("stdin:1", list.Items[2].File?.ToString());
    }

    [Fact]
    public void Two_List_files_are_read_in_argument_order()
    {
        var list = Read(("a.yaml", KubectlList), ("b.yaml", KubectlList.Replace("name: one", "name: uno", StringComparison.Ordinal)));

        Assert.Equal(["one", "two", "uno", "two"], list.Items.Select(i => i.Name));
        Assert.Equal("b.yaml:0", list.Items[2].File?.ToString());
    }

    [Fact]
    public void Two_List_files_and_a_stream_come_out_as_one_stream_each_List_in_place()
    {
        var dir = Directory.CreateTempSubdirectory("krm-list-").FullName;
        try
        {
            var one = Path.Combine(dir, "one.yaml");
            var two = Path.Combine(dir, "two.yaml");
            File.WriteAllText(one, KubectlList);
            File.WriteAllText(two, KubectlList.Replace("name: one", "name: uno", StringComparison.Ordinal));
            const string stdin = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: three}\ndata: {port: \"8443\"}\n";

            var run = HostRun.Of(Encoding.UTF8.GetBytes(stdin), EditConfigMaps, one, two, "-");

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            var edited = KubectlList.Replace("port: \"8443\"", "port: \"8080\"", StringComparison.Ordinal);
            Assert.Equal(
                edited + "---\n" + edited.Replace("name: one", "name: uno", StringComparison.Ordinal)
                + "---\n" + stdin.Replace("\"8443\"", "\"8080\"", StringComparison.Ordinal),
                run.Stdout);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_diff_of_a_List_shows_only_the_edited_line()
    {
        var run = HostRun.Of(KubectlList, EditConfigMaps, "--diff");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var changed = run.Stdout.Split('\n').Where(l => l.Length > 1 && l[0] is '-' or '+' && !l.StartsWith("---", StringComparison.Ordinal) && !l.StartsWith("+++", StringComparison.Ordinal));
        Assert.Equal(["-    port: \"8443\"", "+    port: \"8080\""], changed);
    }

    [Fact]
    public void A_List_item_inside_a_resource_list_is_expanded_and_points_at_the_Lists_file()
    {
        var input = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n"
            + "- apiVersion: v1\n  kind: List\n  metadata:\n    annotations:\n      config.kubernetes.io/path: dump.yaml\n      config.kubernetes.io/index: '0'\n"
            + "  items:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: one}\n    data: {port: \"8443\"}\n";

        var run = HostRun.Of(input, EditConfigMaps);
        var list = Read(("stdin", input));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("dump.yaml:0", list.Items[0].File?.ToString());
        Assert.Equal(input.Replace("\"8443\"", "\"8080\"", StringComparison.Ordinal), run.Stdout);
    }

    [Fact]
    public void An_edit_to_a_Lists_orchestrator_annotation_is_refused()
    {
        var input = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n"
            + "- apiVersion: v1\n  kind: List\n  metadata:\n    annotations:\n      config.kubernetes.io/path: dump.yaml\n"
            + "  items:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: one}\n";

        var run = HostRun.Of(input, (list, _, _) => list.Items[0].List!.Node.At("metadata", "annotations")!.Set("config.kubernetes.io/path", "moved.yaml"));

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.Contains("config.kubernetes.io/path would be changed", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_List_item_that_is_not_an_object_is_refused()
    {
        var error = Assert.Throws<YamlException>(() => Read(("in.yaml", "apiVersion: v1\nkind: List\nitems:\n- just text\n")));

        Assert.Contains("in.yaml: line 4, column 3: List item 0 is not an object", error.Message, StringComparison.Ordinal);
    }
}
