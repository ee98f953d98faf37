namespace NumaflowTls.Model;

/// <summary>
/// What the server really does (numaflow <c>cmd/commands/server.go</c>): TLS or not, which port, and where each came from.
/// <see cref="Certain"/> is false when a value depends on a ConfigMap that is not in the input or
/// on a value the server would refuse; <see cref="Findings"/> says why.
/// </summary>
public sealed record EffectiveListener(
    bool Insecure,
    Origin InsecureOrigin,
    long Port,
    Origin PortOrigin,
    IReadOnlyList<ModelFinding> Findings)
{
    public string Scheme => Insecure ? "HTTP" : "HTTPS";

    public bool Certain => Findings.All(f => f.Level != FindingLevel.Error);

    public const long TlsPort = 8443;
    public const long InsecurePort = 8080;
    public static long DefaultPort(bool insecure) => insecure ? InsecurePort : TlsPort;
}
