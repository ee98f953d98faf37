using System.Text;

namespace NumaflowTls.Tests.Properties;

/// <summary>
/// Two numaflow-server Deployments in one namespace (a primary and a canary), each with its own
/// flags, env wiring and probe, reading one shared ConfigMap or one each, behind one shared Service
/// or one each. Only values the server accepts are drawn.
/// </summary>
public sealed record SharedInstallShape(int Mode, int SharedConfigMap, int SharedService, int CmInsecure, int CmPort, int CmAddress,
    int PrimaryArgs, int PrimaryEnv, int PrimaryProbe, int CanaryArgs, int CanaryEnv, int CanaryProbe)
{
    private static readonly string[] Modes = ["enabled", "disabled", "auto"];
    private static readonly string[] ArgsForms = ["[server]", "[server, --insecure]", "[server, --insecure=false]", "[server, --port=8443]", "[server, --insecure, -p, \"8080\"]"];
    private static readonly string?[] CmInsecureValues = [null, "true", "false"];
    private static readonly string?[] CmPortValues = [null, "8443", "8080"];
    private static readonly string?[] CmAddressValues = [null, "localhost:8443", "https://localhost:8443", "http://localhost:8080"];

    public static SharedInstallShape From(int[] v) => new(v[0] % 3, v[1] % 2, v[2] % 2, v[3] % 3, v[4] % 3, v[5] % 4,
        v[6] % ArgsForms.Length, v[7] % 4, v[8] % 4, v[9] % ArgsForms.Length, v[10] % 4, v[11] % 4);

    public string[] Flags => ["--tls", Modes[Mode]];

    public string Yaml()
    {
        var sb = new StringBuilder();
        ConfigMap(sb, "numaflow-cmd-params-config");
        if (SharedConfigMap == 0)
            ConfigMap(sb, "numaflow-cmd-params-config-canary");
        Deployment(sb, "numaflow-server", "primary", PrimaryArgs, PrimaryEnv, PrimaryProbe, "numaflow-cmd-params-config");
        Deployment(sb, "numaflow-server-canary", "canary", CanaryArgs, CanaryEnv, CanaryProbe,
            SharedConfigMap == 1 ? "numaflow-cmd-params-config" : "numaflow-cmd-params-config-canary");
        if (SharedService == 1)
        {
            Service(sb, "numaflow-server", "app.kubernetes.io/component: numaflow-ux");
        }
        else
        {
            Service(sb, "numaflow-server", "track: primary");
            Service(sb, "numaflow-server-canary", "track: canary");
        }
        return sb.ToString();
    }

    private void ConfigMap(StringBuilder sb, string name)
    {
        sb.Append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").Append(name).Append("\ndata:\n  server.disable.auth: \"true\"\n");
        if (CmInsecureValues[CmInsecure] is { } i)
            sb.Append("  server.insecure: \"").Append(i).Append("\"\n");
        if (CmPortValues[CmPort] is { } p)
            sb.Append("  server.port: \"").Append(p).Append("\"\n");
        if (CmAddressValues[CmAddress] is { } a)
            sb.Append("  server.address: \"").Append(a).Append("\"\n");
        sb.Append("---\n");
    }

    /// <summary>Env: 0 none (v0.x), 1 ConfigMap wired, 2 literal insecure "true", 3 ConfigMap wired plus a later literal "false".</summary>
    private static void Deployment(StringBuilder sb, string name, string track, int args, int env, int probe, string configMap)
    {
        sb.Append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ").Append(name)
          .Append("\nspec:\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/component: numaflow-ux\n        track: ").Append(track)
          .Append("\n    spec:\n      containers:\n        - name: main\n          image: quay.io/numaproj/numaflow:v1.8.3\n          args: ").Append(ArgsForms[args]).Append('\n');
        if (env != 0)
        {
            sb.Append("          env:\n");
            if (env is 1 or 3)
            {
                foreach (var (variable, key) in new[] { ("NUMAFLOW_SERVER_INSECURE", "server.insecure"), ("NUMAFLOW_SERVER_PORT_NUMBER", "server.port"), ("NUMAFLOW_SERVER_ADDRESS", "server.address") })
                {
                    sb.Append("            - name: ").Append(variable).Append("\n              valueFrom:\n                configMapKeyRef:\n                  name: ").Append(configMap)
                      .Append("\n                  key: ").Append(key).Append("\n                  optional: true\n");
                }
            }
            if (env is 2 or 3)
                sb.Append("            - name: NUMAFLOW_SERVER_INSECURE\n              value: \"").Append(env == 2 ? "true" : "false").Append("\"\n");
        }
        switch (probe)
        {
            case 0: sb.Append("          livenessProbe:\n            httpGet: {path: /livez, port: 8443, scheme: HTTPS}\n"); break;
            case 1: sb.Append("          livenessProbe:\n            httpGet: {path: /livez, port: 8080, scheme: HTTP}\n"); break;
            case 2: sb.Append("          livenessProbe:\n            httpGet: {path: /livez, port: 8443}\n"); break;
        }
        sb.Append("---\n");
    }

    private static void Service(StringBuilder sb, string name, string selector) =>
        sb.Append("apiVersion: v1\nkind: Service\nmetadata:\n  name: ").Append(name).Append("\nspec:\n  selector:\n    ").Append(selector)
          .Append("\n  ports:\n    - port: 8443\n      targetPort: 8443\n---\n");
}
