namespace NumaflowTls.Configuration;

/// <summary>The TLS mode every server field must agree with.</summary>
public enum TlsMode
{
    /// <summary>Keep the mode the manifests already select (args, then literal env, then the ConfigMap flag).</summary>
    Auto,

    /// <summary>TLS on: HTTPS on 8443.</summary>
    Enabled,

    /// <summary>Insecure: HTTP on 8080.</summary>
    Disabled,
}
