using System.Text;

namespace NumaflowTls.Tests.Properties;

/// <summary>
/// A random numaflow-server install: args, env wiring, ConfigMap values, container ports, probes
/// and a Service, each drawn from the shapes real manifests use. Only values the server
/// accepts are drawn, so every shape has a well-defined effective mode.
/// </summary>
public sealed record InstallShape(int Mode, int InsecureArg, int PortArg, int Env, int CmInsecure, int CmPort,
    int LiteralInsecure, int Ports, int Liveness, int Readiness, int ServiceTarget, int ServicePort, int Port)
{
    public static readonly string[] Modes = ["enabled", "disabled", "auto"];
    private static readonly string[][] InsecureArgs = [[], ["--insecure"], ["--insecure=false"], ["--insecure=true"], ["--insecure", "false"], ["--insecure=0"]];
    private static readonly string[][] PortArgs = [[], ["--port=9090"], ["-p", "8443"], ["--port", "8080"], ["-p8443"]];
    private static readonly string?[] CmInsecureValues = [null, "true", "false", "True", "", "0", "t"];
    private static readonly string?[] CmPortValues = [null, "8443", "8080", "9090", ""];
    private static readonly string[] LiteralInsecureValues = ["true", "false", "True", "", "1", "F"];

    public static InstallShape From(int[] v) => new(v[0] % 3, v[1] % InsecureArgs.Length, v[2] % PortArgs.Length, v[3] % 4,
        v[4] % CmInsecureValues.Length, v[5] % CmPortValues.Length, v[6] % LiteralInsecureValues.Length,
        v[7] % 4, v[8] % 5, v[9] % 3, v[10] % 4, v[11] % 3, v[12] % 4);

    public string Tls => Modes[Mode];

    /// <summary>The <c>port</c> option: none (the mode's default), or a custom port.</summary>
    public long? ConfigPort => Port switch { 1 => 9090, 2 => 9443, _ => null };

    public string[] Flags => ConfigPort is { } p ? ["--tls", Tls, "--port", p.ToString(System.Globalization.CultureInfo.InvariantCulture)] : ["--tls", Tls];

    private bool NamedPort => Ports is 2 or 3;
    private string PortName => Ports == 2 ? "https" : "http";

    public string Yaml()
    {
        var sb = new StringBuilder();
        // Env: 0 none (v0.x), 1 ConfigMap wired, 2 literal insecure, 3 ConfigMap wired plus a later literal.
        if (Env is 1 or 3)
        {
            sb.Append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: numaflow-cmd-params-config\ndata:\n  server.disable.auth: \"true\"\n");
            if (CmInsecureValues[CmInsecure] is { } i)
                sb.Append("  server.insecure: \"").Append(i).Append("\"\n");
            if (CmPortValues[CmPort] is { } p)
                sb.Append("  server.port: \"").Append(p).Append("\"\n");
            sb.Append("---\n");
        }
        sb.Append("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: numaflow-server
            spec:
              template:
                metadata:
                  labels:
                    app.kubernetes.io/component: numaflow-ux
                spec:
                  containers:
                    - name: main
                      image: quay.io/numaproj/numaflow:v1.8.3
                      args:
                        - server

            """);
        foreach (var a in InsecureArgs[InsecureArg].Concat(PortArgs[PortArg]))
            sb.Append("            - \"").Append(a).Append("\"\n");
        if (Env != 0)
        {
            sb.Append("          env:\n");
            if (Env is 1 or 3)
            {
                foreach (var (name, key) in new[] { ("NUMAFLOW_SERVER_INSECURE", "server.insecure"), ("NUMAFLOW_SERVER_PORT_NUMBER", "server.port") })
                {
                    sb.Append("            - name: ").Append(name).Append('\n')
                      .Append("              valueFrom:\n                configMapKeyRef:\n                  name: numaflow-cmd-params-config\n")
                      .Append("                  key: ").Append(key).Append("\n                  optional: true\n");
                }
            }
            if (Env is 2 or 3)
                sb.Append("            - name: NUMAFLOW_SERVER_INSECURE\n              value: \"").Append(LiteralInsecureValues[LiteralInsecure]).Append("\"\n");
        }
        switch (Ports)
        {
            case 1: sb.Append("          ports:\n            - containerPort: 8443\n"); break;
            case 2: sb.Append("          ports:\n            - name: https\n              containerPort: 8443\n"); break;
            case 3: sb.Append("          ports:\n            - name: http\n              containerPort: 8080\n"); break;
        }
        // Liveness: 0 none, 1 httpGet 8443 HTTPS, 2 httpGet 8080 no scheme, 3 httpGet named/8443, 4 tcpSocket 8443.
        switch (Liveness)
        {
            case 1: sb.Append("          livenessProbe:\n            httpGet:\n              path: /livez\n              port: 8443\n              scheme: HTTPS\n"); break;
            case 2: sb.Append("          livenessProbe:\n            httpGet:\n              path: /livez\n              port: 8080\n"); break;
            case 3: sb.Append("          livenessProbe:\n            httpGet:\n              path: /livez\n              port: ").Append(NamedPort ? PortName : "8443").Append("\n              scheme: HTTPS\n"); break;
            case 4: sb.Append("          livenessProbe:\n            tcpSocket:\n              port: 8443\n"); break;
        }
        switch (Readiness)
        {
            case 1: sb.Append("          readinessProbe:\n            httpGet: {path: /livez, port: 8080, scheme: HTTP}\n"); break;
            case 2: sb.Append("          readinessProbe:\n            tcpSocket: {port: ").Append(NamedPort ? PortName : "8443").Append("}\n"); break;
        }
        sb.Append("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: numaflow-server\nspec:\n  selector:\n    app.kubernetes.io/component: numaflow-ux\n  ports:\n");
        sb.Append("    - port: ").Append(ServicePort switch { 0 => "8443", 1 => "8080", _ => "443" }).Append('\n');
        switch (ServiceTarget)
        {
            case 0: sb.Append("      targetPort: 8443\n"); break;
            case 1: sb.Append("      targetPort: 8080\n"); break;
            case 2: sb.Append("      targetPort: ").Append(NamedPort ? PortName : "8443").Append('\n'); break;
        }
        return sb.ToString();
    }
}
