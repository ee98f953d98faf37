using Krm.Hosting;
using Krm.ResourceLists;
using Krm.Results;
using Krm.Testing;
using Krm.Yaml;

namespace Krm.Tests.Hosting;

/// <summary>
/// A readable ResourceList the function cannot process still comes out whole, items unchanged,
/// with an error result and exit 1: an empty stdout would delete every resource (docs/design/krm-contract.md,
/// "Process").
/// </summary>
public class FailureBehaviourTests
{
    private const string List = """
        apiVersion: config.kubernetes.io/v1
        kind: ResourceList
        items:
        - apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: server
            annotations:
              config.kubernetes.io/index: '0'
              internal.config.kubernetes.io/path: 'server.yaml'
              config.k8s.io/id: '1'
              kustomize.config.k8s.io/id: |
                group: apps
                kind: Deployment
                name: server
              team: a
          spec:
            replicas: 1
        """;

    private static YamlNode Annotations(ResourceList list) => list.Items[0].Node.At("metadata", "annotations")!;

    private static List<YamlNode> ResultsOf(FunctionRun run) => [.. YamlSource.Parse(run.Stdout).Documents[0]["results"]!.Items];

    [Fact]
    public void Function_that_throws_leaves_items_unchanged_and_exits_1()
    {
        var run = HostRun.Of(List, (list, _, _) =>
        {
            list.Items[0].Node.At("spec", "replicas")!.SetInt(3);
            throw new InvalidOperationException("boom");
        });

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.StartsWith(List, run.Stdout, StringComparison.Ordinal);
        var error = Assert.Single(ResultsOf(run));
        Assert.Equal("error", error.GetString("severity"));
        Assert.Contains("boom", error.GetString("message"), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Stack_flag_prints_the_stack_trace_on_stderr()
    {
        var run = HostRun.Of(List, (_, _, _) => throw new InvalidOperationException("boom"), "--stack");

        Assert.Contains("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith(List, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_config_leaves_items_unchanged_and_exits_1_without_running_the_function()
    {
        var ran = false;
        var input = List + "\nfunctionConfig: {apiVersion: v1, kind: ConfigMap, data: {count: \"0\"}}\n";

        var run = HostRun.Of(input, (list, _, _) => ran = true);

        Assert.False(ran);
        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.StartsWith(input, run.Stdout, StringComparison.Ordinal);
        Assert.Equal("data.count", Assert.Single(ResultsOf(run)).At("field", "path")!.Value);
        Assert.Contains("[error] data.count: must be between 1 and 10, got 0", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("config.kubernetes.io/index")]
    [InlineData("internal.config.kubernetes.io/path")]
    [InlineData("config.k8s.io/id")]
    [InlineData("kustomize.config.k8s.io/id")]
    public void Edit_to_an_orchestrator_annotation_is_refused_and_items_stay_unchanged(string key)
    {
        var run = HostRun.Of(List, (list, _, _) =>
        {
            list.Items[0].Node.At("spec", "replicas")!.SetInt(3);
            Annotations(list)[key]!.SetString("changed");
        });

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.StartsWith(List, run.Stdout, StringComparison.Ordinal);
        var error = Assert.Single(ResultsOf(run));
        Assert.Contains(key, error.GetString("message"), StringComparison.Ordinal);
        Assert.Equal("server", error.At("resourceRef", "name")!.Value);
    }

    [Fact]
    public void Removing_an_orchestrator_annotation_is_refused()
    {
        var run = HostRun.Of(List, (list, _, _) => Annotations(list).Remove("config.k8s.io/id"));

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.StartsWith(List, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("removed", Assert.Single(ResultsOf(run)).GetString("message"), StringComparison.Ordinal);
    }

    [Fact]
    public void Edits_beside_orchestrator_annotations_pass_the_guard_and_keep_them_byte_for_byte()
    {
        var run = HostRun.Of(List, (list, _, _) =>
        {
            Annotations(list)["team"]!.SetString("b");
            Annotations(list).Set("added", "yes");
            list.Items[0].Node.At("spec", "replicas")!.SetInt(3);
        });

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("replicas: 3", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("team: b", run.Stdout, StringComparison.Ordinal);
        var protectedLines = List.Split('\n').Where(l => l.Contains("config.k", StringComparison.Ordinal) || l.StartsWith("          ", StringComparison.Ordinal));
        Assert.All(protectedLines, line => Assert.Contains(line + "\n", run.Stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void Guard_also_protects_plain_streams()
    {
        const string stream = "apiVersion: v1\nkind: A\nmetadata:\n  name: a\n  annotations:\n    config.kubernetes.io/path: a.yaml\n";

        var run = HostRun.Of(stream, (list, _, _) => Annotations(list)["config.kubernetes.io/path"]!.SetString("b.yaml"));

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.Empty(run.Stdout); // a plain stream on error: nothing a pipe could apply
    }

    [Fact]
    public void Edits_that_cannot_be_rendered_leave_items_unchanged_and_exit_1()
    {
        // An edit inside a value another edit replaced overlaps it: the YAML layer refuses to render them.
        var run = HostRun.Of(List, (list, _, _) =>
        {
            list.Items[0].Node.Set("spec", YamlValue.Map(("replicas", 2)));
            list.Items[0].Node.At("spec", "replicas")!.SetInt(4);
        });

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.StartsWith(List, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("could not be applied", Assert.Single(ResultsOf(run)).GetString("message"), StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_far_from_the_annotations_passes_the_guard()
    {
        var run = HostRun.Of(List, (list, _, _) => list.Items[0].Node.At("spec", "replicas")!.SetInt(3));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(List.Replace("replicas: 1", "replicas: 3", StringComparison.Ordinal), run.Stdout);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(6)]
    public void Guard_finds_the_edited_item_among_many_and_refuses_an_edit_to_its_annotation(int edited)
    {
        // The guard reads the annotations of the items the splices touch only: the edit must be
        // found whichever item it is in, with an untouched annotation edit elsewhere beside it.
        var stream = string.Join("---\n", Enumerable.Range(0, 7).Select(i =>
            $"apiVersion: v1\nkind: A\nmetadata:\n  name: a{i}\n  annotations:\n    config.kubernetes.io/path: a{i}.yaml\n    team: x\n"));

        var run = HostRun.Of(stream, (list, _, _) =>
        {
            list.Items[(edited + 1) % 7].Node.At("metadata", "annotations", "team")!.SetString("y");
            list.Items[edited].Node.At("metadata", "annotations", "config.kubernetes.io/path")!.SetString("moved.yaml");
        });

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.Empty(run.Stdout); // a plain stream on error: nothing a pipe could apply
        Assert.Contains($"a{edited}", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_an_orchestrator_annotation_is_refused_even_where_there_was_none()
    {
        const string stream = "apiVersion: v1\nkind: A\nmetadata:\n  name: a\n  annotations:\n    team: x\n";

        var run = HostRun.Of(stream, (list, _, _) => Annotations(list).Set("config.k8s.io/id", "9"));

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.Empty(run.Stdout); // a plain stream on error: nothing a pipe could apply
        Assert.Contains("config.k8s.io/id would be added", run.Stderr, StringComparison.Ordinal);
    }
}
