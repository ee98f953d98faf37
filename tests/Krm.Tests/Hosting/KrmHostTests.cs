using System.Text;
using Krm.Hosting;
using Krm.Results;

namespace Krm.Tests.Hosting;

public class KrmHostTests
{
    private const string List = """
        apiVersion: config.kubernetes.io/v1
        kind: ResourceList
        items:
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: cm # a comment
            annotations:
              config.kubernetes.io/path: 'cm.yaml'
              config.kubernetes.io/index: '0'
          data: {a: "1"}

        """;

    [Theory]
    [InlineData("a: [b\n")]
    [InlineData("apiVersion: config.kubernetes.io/v9\nkind: ResourceList\n")]
    public void Unreadable_input_exits_2_with_one_line_on_stderr_and_nothing_on_stdout(string input)
    {
        var run = HostRun.Of(input, TestFunction.Nothing);

        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("testfn: stdin: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_exits_2_with_nothing_on_stdout()
    {
        var run = HostRun.Of([(byte)'a', (byte)':', (byte)' ', 0xFF, (byte)'\n'], TestFunction.Nothing);

        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
    }

    [Theory]
    [InlineData("--colour")]
    [InlineData("--count")]
    public void Usage_error_exits_2_with_nothing_on_stdout(string flag)
    {
        var run = HostRun.Of(List, TestFunction.Nothing, flag);

        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Contains("--help", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_exits_2_with_nothing_on_stdout()
    {
        var run = HostRun.Of("", TestFunction.Nothing, "/nonexistent/in.yaml");

        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Equal("testfn: cannot read /nonexistent/in.yaml: no such file\n", run.Stderr);
    }

    [Fact]
    public void Unchanged_resource_list_without_results_is_echoed_byte_for_byte()
    {
        var run = HostRun.Of(List, TestFunction.Nothing);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(List, run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Function_receives_the_bound_config()
    {
        TestConfig? seen = null;
        var input = List + "functionConfig:\n  apiVersion: v1\n  kind: ConfigMap\n  data: {mode: slow, count: \"4\"}\n";

        var run = HostRun.Of(input, (_, config, _) => seen = config, "--strict");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(new TestConfig("slow", 4, true), seen);
    }

    [Fact]
    public void Config_file_replaces_the_function_config()
    {
        TestConfig? seen = null;
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "apiVersion: test.krmfn.dev/v1\nkind: TestFunction\nmetadata: {name: t}\nspec: {count: 9}\n");

            var run = HostRun.Of(List, (_, config, _) => seen = config, "--config", path);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Equal(9, seen?.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unreadable_config_file_exits_2()
    {
        var run = HostRun.Of(List, TestFunction.Nothing, "--config", "/nonexistent/fn.yaml");

        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
    }

    [Fact]
    public void Plain_stream_is_echoed_and_warnings_go_to_stderr_with_file_and_the_line_the_item_starts_on()
    {
        const string stream = "# first\napiVersion: v1\nkind: A\nmetadata: {name: a}\n---\napiVersion: v1\nkind: B\nmetadata:\n  name: b\n";

        var run = HostRun.Of(stream, (list, _, results) => results.Warning("look", list.Items[1]));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(stream, run.Stdout);
        Assert.Equal("stdin:6 [warning] v1/B/b: look\n", run.Stderr);
    }

    [Fact]
    public void Error_result_on_a_stream_exits_1_with_nothing_on_stdout()
    {
        const string stream = "apiVersion: v1\nkind: A\nmetadata: {name: a}\n";

        var run = HostRun.Of(stream, (list, _, results) => results.Error("bad", list.Items[0], new FieldRef("spec.x")));

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Equal("stdin:1 [error] v1/A/a spec.x: bad\n", run.Stderr);
    }

    [Theory]
    [InlineData("--count", "0")]
    [InlineData("--mode", "slowest")]
    [InlineData("--count=0", "--diff")]
    public void A_config_error_on_a_stream_exits_1_with_nothing_on_stdout(string flag, string value)
    {
        var ran = false;

        var run = HostRun.Of("apiVersion: v1\nkind: A\nmetadata: {name: a}\n", (_, _, _) => ran = true, flag, value);

        Assert.False(ran);
        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Contains("[error] --", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_under_diff_on_a_stream_writes_no_diff()
    {
        var run = HostRun.Of("apiVersion: v1\nkind: A\nmetadata: {name: a}\nspec: {x: 1}\n", (list, _, results) =>
        {
            list.Items[0].Node.At("spec", "x")!.SetInt(2);
            results.Error("bad", list.Items[0]);
        }, "--diff");

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
    }

    [Fact]
    public void An_error_on_a_resource_list_still_writes_the_items_and_the_results()
    {
        const string list = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- apiVersion: v1\n  kind: A\n  metadata: {name: a}\n";

        var run = HostRun.Of(list, (l, _, results) => results.Error("bad", l.Items[0]));

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.StartsWith(list, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("message: bad", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    [InlineData("-")]
    public void Output_that_cannot_be_written_exits_1_with_one_line(string arg)
    {
        using var stdin = new MemoryStream("apiVersion: v1\nkind: A\nmetadata: {name: a}\n"u8.ToArray());
        var stdout = new MemoryStream();
        stdout.Dispose();
        using var stderr = new StringWriter();

        var exit = new KrmHost<TestConfig>(TestFunction.Hosted((_, _, _) => { })).Run([arg], stdin, stdout, stderr);

        Assert.Equal(ExitCodes.ErrorResults, exit);
        Assert.EndsWith("testfn: cannot write output: stdout is closed" + Environment.NewLine, stderr.ToString(), StringComparison.Ordinal);
        Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("cannot write", StringComparison.Ordinal));
    }

    private static void Summarise(Krm.ResourceLists.ResourceList list, TestConfig config, ResultSink results)
    {
        list.Items[0].Node.At("spec", "x")!.SetInt(2);
        results.Summary("a: 1 field changed");
    }

    [Fact]
    public void A_standalone_run_ends_with_the_functions_summary_lines()
    {
        var run = HostRun.Of("apiVersion: v1\nkind: A\nmetadata: {name: a}\nspec: {x: 1}\n", Summarise);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("testfn: a: 1 field changed\n", run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-q")]
    [InlineData("--quiet")]
    [InlineData("--diff")]
    public void Quiet_and_diff_print_no_summary(string flag)
    {
        var run = HostRun.Of("apiVersion: v1\nkind: A\nmetadata: {name: a}\nspec: {x: 1}\n", Summarise, flag);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Krm_mode_prints_no_summary()
    {
        var run = HostRun.Of("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- apiVersion: v1\n  kind: A\n  metadata: {name: a}\n  spec: {x: 1}\n", Summarise);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void A_failed_standalone_run_prints_no_summary()
    {
        var run = HostRun.Of("apiVersion: v1\nkind: A\nmetadata: {name: a}\nspec: {x: 1}\n", (list, config, results) =>
        {
            Summarise(list, config, results);
            results.Error("bad");
        });

        Assert.Equal(ExitCodes.ErrorResults, run.ExitCode);
        Assert.DoesNotContain("1 field changed", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_results_reach_stderr_only_with_verbose()
    {
        const string stream = "apiVersion: v1\nkind: A\nmetadata: {name: a}\n";
        static void Body(Krm.ResourceLists.ResourceList list, TestConfig config, ResultSink results) => results.Info("did it");

        Assert.Empty(HostRun.Of(stream, Body).Stderr);
        Assert.Contains("[info] did it", HostRun.Of(stream, Body, "-v").Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_joined_with_document_separators_keeping_their_bytes()
    {
        var one = Path.GetTempFileName();
        var two = Path.GetTempFileName();
        try
        {
            File.WriteAllText(one, "apiVersion: v1\nkind: A\nmetadata: {name: a}"); // no final newline
            File.WriteAllText(two, "# two\napiVersion: v1\nkind: B\n");

            var run = HostRun.Of("", TestFunction.Nothing, one, two);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Equal("apiVersion: v1\nkind: A\nmetadata: {name: a}\n---\n# two\napiVersion: v1\nkind: B\n", run.Stdout);
        }
        finally
        {
            File.Delete(one);
            File.Delete(two);
        }
    }

    [Fact]
    public void Dash_reads_stdin_among_files()
    {
        var one = Path.GetTempFileName();
        try
        {
            File.WriteAllText(one, "apiVersion: v1\nkind: A\n");

            var run = HostRun.Of("---\napiVersion: v1\nkind: B\n", TestFunction.Nothing, one, "-");

            Assert.Equal("apiVersion: v1\nkind: A\n---\napiVersion: v1\nkind: B\n", run.Stdout);
        }
        finally
        {
            File.Delete(one);
        }
    }

    [Fact]
    public void Help_lists_the_config_fields_from_the_schema()
    {
        var run = HostRun.Of("", TestFunction.Nothing, "--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("--mode fast|slow", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--count integer 1-10", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--strict, --s", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("How many.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_name_and_version()
    {
        Assert.Equal("testfn 1.2.3\n", HostRun.Of("", TestFunction.Nothing, "--version").Stdout);
    }

    [Fact]
    public void Output_bytes_keep_crlf_and_bom()
    {
        var text = List.Replace("\n", "\r\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var run = HostRun.Of(bytes, TestFunction.Nothing);

        Assert.Equal(bytes, run.StdoutBytes);
    }
}
