using Krm.Config;
using Krm.Hosting;
using NumaflowTls.Discovery;

namespace NumaflowTls.Configuration;

/// <summary>The numaflow-tls command: function.yaml (embedded at build time), the function, the config mapping, help examples.</summary>
public static class ServerTlsCommand
{
    public const string Name = "numaflow-tls";

    private const string Examples = """
          # kustomize: transformers: [tls.yaml] with a container function (see examples/kustomize)
          kubectl kustomize --enable-alpha-plugins overlay/
          # kpt: ConfigMap functionConfig from key=value arguments
          kpt fn eval pkg/ --exec numaflow-tls -- tls=disabled
          # shell: repair rendered Helm output, keeping the mode it selects
          helm template numaflow numaflow/numaflow | numaflow-tls | kubectl apply -f -
          # CI gate: change nothing, exit 1 on any field that disagrees with TLS on
          numaflow-tls --tls enabled --validate manifests/*.yaml > /dev/null

        Platforms: what else follows the mode (ingress controller annotations, Traefik, Contour, Istio,
        OpenShift Routes, Gateway API, NetworkPolicies) and what is left, with why:
          https://github.com/krmfn/numaflow-tls/blob/main/README.md#platforms
        """;

    public static HostedFunction<ServerTlsConfig> Create() =>
        new(Name, Version(), Definition(), new ServerTlsFunction(), ServerTlsBinding.Bind)
        {
            FlagAliases = new Dictionary<string, string> { ["validate"] = ServerTlsBinding.ValidateOnly },
            Examples = Examples,
            KindsRead = InstallFinder.KindsRead,
        };

    /// <summary>The KRMFunctionDefinition shipped as function.yaml at the repository root.</summary>
    public static FunctionDefinition Definition() => FunctionDefinition.Parse(FunctionYaml());

    public static string FunctionYaml()
    {
        using var stream = typeof(ServerTlsCommand).Assembly.GetManifestResourceStream("function.yaml")
            ?? throw new InvalidOperationException("function.yaml is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The package version, a build-time constant: no attribute lookup on start-up (issue 5).</summary>
    private static string Version() => BuildVersion.Value;
}
