namespace NumaflowTls.Model;

/// <summary>A <c>--insecure</c> or <c>--port</c>/<c>-p</c> occurrence in the server container's args.</summary>
public abstract record ServerArg(int Index);

/// <summary>
/// <c>--insecure</c> (Value true, Inline null) or <c>--insecure=V</c> (Inline V, Value its ParseBool or null when invalid).
/// <paramref name="StrayIndex"/>: a following bool-looking argument (<c>--insecure false</c>) that pflag
/// takes as a positional, not as the flag's value.
/// </summary>
public sealed record InsecureArg(int Index, string? Inline, bool? Value, int? StrayIndex) : ServerArg(Index);

/// <summary>The spelling of a port flag, kept when its value is rewritten.</summary>
public enum PortArgForm
{
    /// <summary><c>--port N</c></summary>
    LongSeparate,
    /// <summary><c>--port=N</c></summary>
    LongInline,
    /// <summary><c>-p N</c></summary>
    ShortSeparate,
    /// <summary><c>-pN</c></summary>
    ShortAttached,
    /// <summary><c>-p=N</c></summary>
    ShortInline,
}

/// <summary>A port flag; <paramref name="ValueIndex"/> is set for the separate forms (null when the value is missing).</summary>
public sealed record PortArg(int Index, int? ValueIndex, PortArgForm Form, string? Raw) : ServerArg(Index)
{
    public string Render(long port) => Form switch
    {
        PortArgForm.LongInline => $"--port={port}",
        PortArgForm.ShortAttached => $"-p{port}",
        PortArgForm.ShortInline => $"-p={port}",
        PortArgForm.LongSeparate => "--port",
        _ => "-p",
    };
}
