namespace NumaflowTls.Planning;

/// <summary>The listener every field must agree with once the mode is resolved (P and S of the README's Judgement calls).</summary>
public sealed record Target(bool Insecure, long Port)
{
    /// <summary>Probe scheme: <c>HTTP</c> or <c>HTTPS</c>.</summary>
    public string Scheme => Insecure ? "HTTP" : "HTTPS";

    /// <summary>URL scheme and port-name prefix: <c>http</c> or <c>https</c>.</summary>
    public string LowerScheme => Insecure ? "http" : "https";

    /// <summary>The value written for the insecure flag: ConfigMap values and env are strings.</summary>
    public string InsecureText => Insecure ? "true" : "false";
}
