using System.Text;
using Krm.Hosting;
using Krm.Testing;
using Krm.Yaml;

namespace Krm.Tests.Hosting;

/// <summary>
/// Functions that add or remove items: new items go after the input's, removed ones leave the
/// output, and the annotation guard still holds for the kept items and refuses forged ones.
/// </summary>
public class GeneratorTests
{
    private const string List = """
        apiVersion: config.kubernetes.io/v1
        kind: ResourceList
        items:
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: keep
            annotations:
              config.kubernetes.io/index: '0'
              internal.config.kubernetes.io/path: 'keep.yaml'
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: drop
            annotations:
              config.kubernetes.io/index: '0'
              internal.config.kubernetes.io/path: 'drop.yaml'

        """;

    private static YamlValue NewConfigMap(string name, params (string Key, YamlValue Value)[] annotations) =>
        YamlValue.Map(
            ("apiVersion", "v1"),
            ("kind", "ConfigMap"),
            ("metadata", annotations.Length == 0
                ? YamlValue.Map(("name", name))
                : YamlValue.Map(("name", name), ("annotations", YamlValue.Map(annotations)))));

    [Fact]
    public void A_generator_and_a_deleter_change_the_items_and_keep_the_others_bytes()
    {
        var run = HostRun.Of(List, (list, _, _) =>
        {
            list.Remove(list.Items[1]);
            list.Remove(list.Items[1]);
            list.Add(NewConfigMap("made"));
            list.Add(NewConfigMap("also-made"));
        });

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("""
            apiVersion: config.kubernetes.io/v1
            kind: ResourceList
            items:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: keep
                annotations:
                  config.kubernetes.io/index: '0'
                  internal.config.kubernetes.io/path: 'keep.yaml'
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: made
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: also-made

            """, run.Stdout);
    }

    [Fact]
    public void A_generator_fills_an_empty_list_in_block_style()
    {
        var run = HostRun.Of("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\n", (list, _, _) =>
            list.Add(NewConfigMap("made")));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: made\n", run.Stdout);
    }

    [Fact]
    public void A_new_item_carrying_an_orchestrator_annotation_is_refused_and_nothing_changes()
    {
        var run = HostRun.Of(List, (list, _, _) =>
        {
            list.Remove(list.Items[1]);
            list.Add(NewConfigMap("forged", ("internal.config.kubernetes.io/path", "keep.yaml")));
        });

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.StartsWith(List, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("orchestrator annotation internal.config.kubernetes.io/path would be set on a new item", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_an_item_and_editing_it_is_a_conflict_and_nothing_changes()
    {
        var run = HostRun.Of(List, (list, _, _) =>
        {
            list.Items[1].SetLabel("a", "b");
            list.Remove(list.Items[1]);
        });

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.StartsWith(List, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("conflicting edits", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_stream_a_removed_document_takes_its_marker_and_a_new_one_goes_last()
    {
        var input = "# head\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n";
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, input);
            var run = FunctionRun.Of(TestFunction.Hosted((list, _, _) =>
            {
                list.Remove(list.Items[1]);
                list.Add(NewConfigMap("d"));
            }), [], file);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Equal("# head\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: d\n", run.Stdout);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_new_item_needs_apiVersion_and_kind()
    {
        var list = Krm.ResourceLists.ResourceListReader.Read([new Krm.ResourceLists.InputSource("stdin", Encoding.UTF8.GetBytes(List))]);

        Assert.Throws<ArgumentException>(() => list.Add(YamlValue.Map(("kind", "ConfigMap"))));
    }
}
