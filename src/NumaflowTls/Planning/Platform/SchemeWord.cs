namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Annotation values that are a bare scheme word (<c>http</c>/<c>https</c>, any case) follow the mode and keep their
/// case; any other value (<c>h2c</c>, <c>grpc</c>, <c>HTTP2</c>) is someone's deliberate choice and stays.
/// </summary>
public static class SchemeWord
{
    /// <summary>The value for <paramref name="target"/>'s scheme, or null when <paramref name="value"/> is not a scheme word.</summary>
    public static string? Follow(string? value, Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (value is null || !(value.Equals("http", StringComparison.OrdinalIgnoreCase) || value.Equals("https", StringComparison.OrdinalIgnoreCase)))
            return null;
        return value.Any(char.IsAsciiLetterLower) ? target.LowerScheme : target.Scheme;
    }
}
