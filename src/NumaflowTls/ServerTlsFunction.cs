using Krm.Hosting;
using Krm.ResourceLists;
using Krm.Results;
using NumaflowTls.Configuration;

namespace NumaflowTls;

/// <summary>Makes every TLS field of each numaflow-server install agree with one mode.</summary>
public sealed class ServerTlsFunction : IKrmFunction<ServerTlsConfig>
{
    public void Process(ResourceList list, ServerTlsConfig config, ResultSink results)
    {
        ArgumentNullException.ThrowIfNull(results);
        // No-op until the transformation lands (issue 3): report that nothing was found, change nothing.
        results.Warning("no numaflow-server Deployment found");
    }
}
