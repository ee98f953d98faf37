using System.Text;
using Krm.Config;
using Krm.Hosting;
using Krm.Results;
using Krm.Testing;
using Krm.Tests.Hosting;
using Krm.Yaml;

namespace Krm.Tests.Config;

/// <summary>The function's config mapper sees the functionConfig node itself, wherever it came from.</summary>
public class ConfigNodeTests
{
    private sealed record Seen(string? Namespace, string? NodeName, IReadOnlyList<string> Kinds);

    private sealed class Record(List<Seen> seen) : IKrmFunction<Seen>
    {
        public void Process(Krm.ResourceLists.ResourceList list, Seen config, ResultSink results) => seen.Add(config);
    }

    private static List<Seen> Run(string input, params string[] args)
    {
        var seen = new List<Seen>();
        var function = new HostedFunction<Seen>("set-ns", "1", WholeObjectConfigTests.Definition, new Record(seen),
            (values, _) => new Seen(values.GetString("namespace"), values.FunctionConfig?.At("metadata", "name")?.Value, values.GetList("kinds")));
        var run = FunctionRun.Of(function, Encoding.UTF8.GetBytes(input), args);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return seen;
    }

    [Fact]
    public void The_config_node_comes_from_the_resource_list()
    {
        var seen = Run("""
            apiVersion: config.kubernetes.io/v1
            kind: ResourceList
            functionConfig:
              apiVersion: fn.example.com/v1
              kind: SetNamespace
              metadata: {name: from-list}
              namespace: prod
            items: []
            """);

        var config = Assert.Single(seen);
        Assert.Equal(("prod", "from-list"), (config.Namespace, config.NodeName));
        Assert.Equal(["Deployment", "Service"], config.Kinds);
    }

    [Fact]
    public void The_config_node_comes_from_a_config_file_and_flags_reach_lists()
    {
        var config = Path.GetTempFileName();
        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllText(config, "apiVersion: fn.example.com/v1\nkind: SetNamespace\nmetadata: {name: from-file}\nnamespace: dev\n");
            File.WriteAllText(input, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n");

            var seen = Assert.Single(Run("", "--config", config, "--kinds", "ConfigMap,Secret", input));

            Assert.Equal("dev", seen.Namespace);
            Assert.Equal("from-file", seen.NodeName);
            Assert.Equal(["ConfigMap", "Secret"], seen.Kinds);
        }
        finally
        {
            File.Delete(config);
            File.Delete(input);
        }
    }
}
