using System.Text;
using CsCheck;
using Krm.ResourceLists;
using Krm.Yaml;
using NumaflowTls.Discovery;
using NumaflowTls.Model;
using NumaflowTls.Tests.Golden;

namespace NumaflowTls.Tests.Properties;

/// <summary>
/// For random install shapes: after the function runs, the port and scheme the server really uses
/// (the model, evaluated on the output) are what every probe and the Service's targetPort resolve
/// to, the mode is the one asked for, and a second run changes nothing.
/// </summary>
public class ConsistencyProperties
{
    private static readonly Gen<InstallShape> Shapes = Gen.Int[0, 1000].Array[13].Select(InstallShape.From);

    [Fact]
    public void After_a_run_probes_and_service_resolve_to_the_effective_listener_and_a_second_run_changes_nothing()
    {
        Shapes.Sample(shape =>
        {
            var input = shape.Yaml();
            var first = FunctionRun.Invoke(input, shape.Flags);
            Assert.True(first.ExitCode == 0, $"exit {first.ExitCode}: {first.Stderr}\n{input}");

            var install = Assert.Single(InstallFinder.Find(Read(first.Stdout).Items));
            var listener = Effective(install);
            if (shape.Tls != "auto")
                Assert.Equal(shape.Tls == "disabled", listener.Insecure);
            Assert.Empty(listener.Findings);
            Assert.Equal(shape.ConfigPort ?? EffectiveListener.DefaultPort(listener.Insecure), listener.Port);

            var ports = ContainerReader.Ports(install.Container);
            foreach (var kind in InstallFinder.ProbeNames)
            {
                if (install.Container[kind]?["httpGet"] is { } http)
                {
                    Assert.Equal(listener.Port, Resolve(http["port"]!, ports));
                    Assert.Equal(listener.Scheme, http.GetString("scheme") ?? "HTTP");
                }
                if (install.Container[kind]?["tcpSocket"] is { } tcp)
                    Assert.Equal(listener.Port, Resolve(tcp["port"]!, ports));
            }
            var entry = Assert.Single(install.Services).Node.At("spec", "ports")![0]!;
            Assert.Equal(listener.Port, Resolve(entry["targetPort"] ?? entry["port"]!, ports));

            var second = FunctionRun.Invoke(first.Stdout, shape.Flags);
            Assert.Equal(first.Stdout, second.Stdout);
        }, iter: 500, threads: 1, print: s => s.ToString() + "\n" + s.Yaml());
    }

    [Fact]
    public void Enabled_disabled_enabled_restores_the_tls_on_output()
    {
        Shapes.Sample(shape =>
        {
            // With a custom port, insecure mode must add --port=N (the server ignores the env port),
            // and TLS on keeps that agreeing flag: equivalent, not byte-identical (README). Default ports here.
            string[] port = [];
            // On → off → on restores the TLS-on fields. (off → on → off need not restore an
            // --insecure flag that TLS on had to remove when the ConfigMap can carry the mode.)
            var enabled = FunctionRun.Invoke(shape.Yaml(), ["--tls", "enabled", .. port]).Stdout;
            var disabled = FunctionRun.Invoke(enabled, ["--tls", "disabled", .. port]).Stdout;
            var again = FunctionRun.Invoke(disabled, ["--tls", "enabled", .. port]).Stdout;
            // An absent server.insecure (TLS on by default) comes back as an explicit "false".
            Assert.Equal(DefaultedFields.Erase(enabled), DefaultedFields.Erase(again));
        }, iter: 300, threads: 1, print: s => s.ToString() + "\n" + s.Yaml());
    }

    private static ResourceList Read(string text) =>
        ResourceListReader.Read([new InputSource("output", Encoding.UTF8.GetBytes(text))]);

    private static EffectiveListener Effective(ServerInstall install)
    {
        var maps = install.ConfigMaps.ToDictionary(kv => kv.Key, kv => ContainerReader.ConfigMapData(kv.Value.Node));
        return ServerModel.Evaluate(new ServerInputs(ContainerReader.Args(install.Container), ContainerReader.Env(install.Container), maps));
    }

    private static long? Resolve(YamlNode port, IReadOnlyList<(string? Name, long? Number)> ports) =>
        !port.IsString && port.TryGetInt(out var n) ? n : ports.FirstOrDefault(p => p.Name == port.Value).Number;
}
