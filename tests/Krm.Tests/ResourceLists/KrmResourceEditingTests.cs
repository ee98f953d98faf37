using System.Text;
using Krm.ResourceLists;
using Krm.Results;
using Krm.Yaml;

namespace Krm.Tests.ResourceLists;

/// <summary>The metadata setters a catalog function needs, on items with and without the mappings.</summary>
public class KrmResourceEditingTests
{
    private const string Input = """
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: bare
        - apiVersion: v1
          kind: Service
          metadata:
            name: full # the service
            namespace: dev
            labels:
              app: a
            annotations:
              config.kubernetes.io/index: '1'
              team: red
        """;

    private static ResourceList Read() =>
        ResourceListReader.Read([new InputSource("stdin", Encoding.UTF8.GetBytes(
            "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n" + Input.Replace("\n", "\n", StringComparison.Ordinal) + "\n"))]);

    private static string Items(ResourceList list) => list.Source.Render().Split("items:\n")[1];

    [Fact]
    public void Setters_add_missing_mappings_and_edit_existing_values_in_place()
    {
        var list = Read();
        foreach (var item in list.Items)
        {
            item.SetAnnotation("team", "blue");
            item.SetAnnotation("owner", "ops");
            item.SetLabel("tier", "web");
            item.SetNamespace("prod");
        }

        Assert.Equal("""
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: bare
                annotations:
                  team: blue
                  owner: ops
                labels:
                  tier: web
                namespace: prod
            - apiVersion: v1
              kind: Service
              metadata:
                name: full # the service
                namespace: prod
                labels:
                  app: a
                  tier: web
                annotations:
                  config.kubernetes.io/index: '1'
                  team: blue
                  owner: ops

            """, Items(list));
    }

    [Fact]
    public void Identity_keeps_reading_the_input_after_a_rename()
    {
        var list = Read();
        list.Items[1].SetName("renamed");

        Assert.Equal("full", list.Items[1].Name);
        Assert.Contains("name: renamed # the service", list.Source.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_labels_and_annotations_takes_their_lines()
    {
        var list = Read();
        list.Items[1].RemoveLabel("app");
        list.Items[1].RemoveAnnotation("team");
        list.Items[0].RemoveLabel("missing");

        Assert.Contains("labels: {}\n    annotations:\n      config.kubernetes.io/index: '1'\n", list.Source.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_orchestrator_annotation_is_refused()
    {
        var list = Read();

        var refusal = Assert.Throws<YamlException>(() => list.Items[0].SetAnnotation(OrchestratorAnnotations.Path, "x.yaml"));

        Assert.Contains("belongs to the orchestrator", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryEdit_undoes_the_refused_items_edits_reports_it_and_keeps_the_others()
    {
        var list = Read();
        var results = new ResultSink();

        var edited = list.Items.Select(item => item.TryEdit(results, i =>
        {
            i.SetLabel("tier", "web");
            i.SetAt(["metadata", "name"], "x");
            i.SetAt(["metadata", "name"], i.Name == "bare" ? "x" : "y");
        })).ToList();

        Assert.Equal([true, false], edited);
        var error = Assert.Single(results.Results);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(list.Items[1].Ref, error.ResourceRef);
        Assert.Equal("metadata.name", error.Field?.Path);
        Assert.Contains("set to \"x\", then set to \"y\"", error.Message, StringComparison.Ordinal);
        var output = list.Source.Render();
        Assert.Contains("    name: x\n    labels:\n      tier: web\n", output, StringComparison.Ordinal);
        Assert.Contains("    name: full # the service\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("app: a\n      tier: web", output, StringComparison.Ordinal);
    }
}
