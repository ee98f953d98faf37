using System.Text;
using Krm.Hosting;
using Krm.ResourceLists;

namespace Krm.Tests.Hosting;

/// <summary>
/// Every real upstream manifest goes through the whole host unchanged when the function changes
/// nothing: bytes nobody edited are never re-emitted (docs/design/yaml-fidelity.md).
/// </summary>
public class FixtureIdentityTests
{
    public static TheoryData<string> FixtureNames() => Fixtures.Names();

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_as_plain_stream_comes_out_byte_identical(string name)
    {
        var input = File.ReadAllBytes(Path.Combine(Fixtures.Directory, name));

        var run = HostRun.Of(input, TestFunction.Nothing);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(input.AsSpan().SequenceEqual(run.StdoutBytes), $"{name}: output differs from input");
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_as_file_argument_comes_out_byte_identical(string name)
    {
        var path = Path.Combine(Fixtures.Directory, name);

        var run = HostRun.Of([], TestFunction.Nothing, path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(File.ReadAllBytes(path).AsSpan().SequenceEqual(run.StdoutBytes), $"{name}: output differs from input");
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_as_resource_list_comes_out_byte_identical(string name)
    {
        var list = FixtureWrapping.AsResourceList(File.ReadAllText(Path.Combine(Fixtures.Directory, name)));
        var items = 0;

        var run = HostRun.Of(list, (l, _, _) => items = l.Items.Count);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(items > 0);
        Assert.Equal(list, run.Stdout);
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_items_region_is_byte_identical_when_results_are_appended(string name)
    {
        var list = FixtureWrapping.AsResourceList(File.ReadAllText(Path.Combine(Fixtures.Directory, name)))
            .Replace("config.kubernetes.io/v1\n", "config.kubernetes.io/v1beta1\n", StringComparison.Ordinal);

        var run = HostRun.Of(list, (l, _, results) => results.Warning("seen", l.Items[^1]));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        // Only the apiVersion line changes; results go after the last item (blank lines at the
        // very end of the list may follow them).
        var items = list[list.IndexOf("items:\n", StringComparison.Ordinal)..].TrimEnd('\n') + "\n";
        Assert.StartsWith(FixtureWrapping.Header + items["items:\n".Length..] + "results:\n- message: seen\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Install_fixture_items_are_all_read_in_order()
    {
        var stream = File.ReadAllBytes(Path.Combine(Fixtures.Directory, "numaflow-v1.8.3-install.yaml"));
        var asStream = ResourceListReader.Read([new InputSource("install.yaml", stream)]);
        var asList = ResourceListReader.Read([new InputSource("stdin", Encoding.UTF8.GetBytes(FixtureWrapping.AsResourceList(Encoding.UTF8.GetString(stream))))]);

        Assert.True(asStream.Items.Count > 20);
        Assert.Equal(asStream.Items.Select(i => i.Ref), asList.Items.Select(i => i.Ref));
    }
}
