using System.Text;
using Krm.Changes;
using Krm.ResourceLists;
using Krm.Results;
using Krm.Yaml;

namespace Krm.Tests.Changes;

/// <summary>A change set is made or reported from one place; a shared-field conflict changes nothing.</summary>
public class ChangeSetTests
{
    private static ResourceList Read() => ResourceListReader.Read([new InputSource("stdin", Encoding.UTF8.GetBytes(
        "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: p\n  spec:\n    args:\n    - --a\n    port: 80\n"))]);

    [Fact]
    public void Applied_changes_insert_first_and_are_reported_as_info()
    {
        var list = Read();
        var item = list.Items[0];
        var args = item.Node.At("spec", "args")!;
        var set = new ChangeSet();
        set.Add(new FieldChange(item, "spec.args[0]", FieldValue.FromString("--a"), FieldValue.FromString("--b"), "rename", new FieldEdit.SetScalar(args[0]!, "--b")));
        set.Add(new FieldChange(item, "spec.args[1]", null, FieldValue.FromString("--c"), "add", new FieldEdit.InsertItem(args, 1, "--c")));
        var results = new ResultSink();

        Assert.True(set.ApplyOrReport(results, apply: true));

        Assert.Contains("    args:\n    - --b\n    - --c\n    port: 80\n", list.Source.Render(), StringComparison.Ordinal);
        Assert.All(results.Results, r => Assert.Equal(Severity.Info, r.Severity));
        Assert.Equal(["spec.args[0]", "spec.args[1]"], results.Results.Select(r => r.Field!.Path));
    }

    [Fact]
    public void Report_only_changes_nothing()
    {
        var list = Read();
        var item = list.Items[0];
        var set = new ChangeSet();
        set.Add(new FieldChange(item, "spec.port", FieldValue.FromInt(80), FieldValue.FromInt(443), "tls", new FieldEdit.SetScalar(item.Node.At("spec", "port")!, 443)));
        var results = new ResultSink();

        Assert.False(set.ApplyOrReport(results, apply: false));

        Assert.False(list.Source.HasEdits);
        Assert.Equal(Severity.Warning, Assert.Single(results.Results).Severity);
    }

    [Fact]
    public void Two_values_for_one_field_are_a_conflict_and_nothing_is_changed()
    {
        var list = Read();
        var item = list.Items[0];
        var port = item.Node.At("spec", "port")!;
        var set = new ChangeSet();
        set.Add(new FieldChange(item, "spec.port", FieldValue.FromInt(80), FieldValue.FromInt(443), "tls", new FieldEdit.SetScalar(port, 443)));
        set.Add(new FieldChange(item, "spec.port", FieldValue.FromInt(80), FieldValue.FromInt(8443), "other", new FieldEdit.SetScalar(port, 8443)));
        var results = new ResultSink();

        Assert.False(set.ApplyOrReport(results, apply: true));

        Assert.False(list.Source.HasEdits);
        Assert.Equal(2, results.Results.Count(r => r.Severity == Severity.Error && r.Field!.Path == "spec.port"));
    }
}
