namespace NumaflowTls.Configuration;

/// <summary>
/// The function's configuration (the <c>spec</c> of <c>NumaflowServerTLS</c>, or a ConfigMap's
/// <c>data</c>, or CLI flags; schema in function.yaml).
/// </summary>
/// <param name="Tls">Target mode; <c>insecure: true|false</c> is bound to Disabled|Enabled.</param>
/// <param name="Port">Listen port; null = the mode's default (<see cref="PortFor"/>).</param>
/// <param name="ValidateOnly">Change nothing; report each mismatch as an error result.</param>
/// <param name="OverrideMissingConfigMap">When the referenced ConfigMap is not in the input, write a literal env override instead of failing.</param>
/// <param name="AllowNoServer">With validateOnly, an input without any server passes (a warning) instead of failing.</param>
public sealed record ServerTlsConfig(
    TlsMode Tls = TlsMode.Auto,
    int? Port = null,
    bool ValidateOnly = false,
    bool OverrideMissingConfigMap = false,
    bool AllowNoServer = false)
{
    public const int DefaultTlsPort = 8443;
    public const int DefaultInsecurePort = 8080;

    /// <summary>The port to serve on once the mode is resolved (auto resolved by the function).</summary>
    public int PortFor(bool insecure) => Port ?? (insecure ? DefaultInsecurePort : DefaultTlsPort);
}
