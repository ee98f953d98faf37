namespace NumaflowTls.Planning;

/// <summary>
/// Port names that carry the scheme (<c>http</c>, <c>https</c>, <c>http-*</c>, <c>https-*</c>) flip
/// with the mode (README, Judgement calls); any other name is left alone.
/// </summary>
public static class PortNames
{
    public static bool CarriesScheme(string? name) =>
        name is "http" or "https"
        || (name is not null && (name.StartsWith("http-", StringComparison.Ordinal) || name.StartsWith("https-", StringComparison.Ordinal)));

    /// <summary>The name for <paramref name="target"/>'s scheme, or the name unchanged when it carries none.</summary>
    public static string? For(string? name, Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!CarriesScheme(name))
            return name;
        var rest = name!.StartsWith("https", StringComparison.Ordinal) ? name[5..] : name[4..];
        return target.LowerScheme + rest;
    }
}
