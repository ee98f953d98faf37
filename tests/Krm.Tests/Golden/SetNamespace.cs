using Krm.Hosting;
using Krm.ResourceLists;
using Krm.Results;
using Krm.Tests.Config;

namespace Krm.Tests.Golden;

/// <summary>A catalog-style function on the SDK alone: the namespace and labels on the kinds it is given.</summary>
internal sealed record SetNamespaceConfig(string? Namespace, IReadOnlyList<string> Kinds, IReadOnlyDictionary<string, string> Labels);

internal sealed class SetNamespace : IKrmFunction<SetNamespaceConfig>
{
    public void Process(ResourceList list, SetNamespaceConfig config, ResultSink results)
    {
        foreach (var item in list.Items.Where(i => config.Kinds.Contains(i.Kind)))
        {
            item.TryEdit(results, resource =>
            {
                if (config.Namespace is { } ns)
                    resource.SetNamespace(ns);
                foreach (var (key, value) in config.Labels)
                    resource.SetLabel(key, value);
            });
        }
    }

    public static HostedFunction<SetNamespaceConfig> Hosted { get; } =
        new("set-namespace", "0.1.0", WholeObjectConfigTests.Definition, new SetNamespace(),
            (values, _) => new SetNamespaceConfig(values.GetString("namespace"), values.GetList("kinds"), values.GetMap("labels")));
}
