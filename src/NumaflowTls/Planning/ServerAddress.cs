using System.Globalization;
using System.Text.RegularExpressions;

namespace NumaflowTls.Planning;

/// <summary>
/// <c>server.address</c> is rewritten only in its localhost forms (<c>https://localhost:8443</c>,
/// <c>localhost:8443</c>, 127.0.0.1, any port), always as a URL with the mode's scheme
/// (<c>https://localhost:8443</c>, <c>http://localhost:8080</c>): Numaflow derives the Dex issuer and
/// redirect URIs with Go's <c>url.JoinPath</c>, which drops the path of a scheme-less
/// <c>localhost:8443</c> and fails on <c>127.0.0.1:8080</c>. An external address is the user's and only
/// gets a warning when its scheme disagrees.
/// </summary>
public static partial class ServerAddress
{
    [GeneratedRegex(@"^(?:(?<scheme>https?)://)?(?<host>localhost|127\.0\.0\.1):(?<port>[0-9]+)(?<rest>/.*)?$")]
    private static partial Regex LocalForm();

    /// <summary>The localhost form for <paramref name="target"/>, or null when <paramref name="value"/> is not a localhost form.</summary>
    public static string? Rewrite(string value, Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var m = LocalForm().Match(value);
        if (!m.Success)
            return null;
        return target.LowerScheme + "://" + m.Groups["host"].Value + ":" + target.Port.ToString(CultureInfo.InvariantCulture) + m.Groups["rest"].Value;
    }

    /// <summary>True when <paramref name="value"/> starts with <c>http://</c> or <c>https://</c>.</summary>
    public static bool HasScheme(string value) =>
        value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal);

    /// <summary>An external address whose scheme says the other mode.</summary>
    public static bool Disagrees(string value, Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var other = target.Insecure ? "https://" : "http://";
        return value.StartsWith(other, StringComparison.OrdinalIgnoreCase);
    }
}
