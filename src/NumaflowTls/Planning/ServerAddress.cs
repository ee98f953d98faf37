using System.Globalization;
using System.Text.RegularExpressions;

namespace NumaflowTls.Planning;

/// <summary>
/// <c>server.address</c> is rewritten only in its localhost forms (<c>https://localhost:8443</c>,
/// <c>localhost:8443</c>, 127.0.0.1, any port), and written the way the fixed chart (5cc34bf) writes
/// it: <c>localhost:P</c>, scheme-less. Keeping a stale scheme would make the broken chart's
/// <c>https://localhost:8443</c> disagree with insecure mode; dropping it in one mode only would make
/// enabled → disabled → enabled unstable. An external address is the user's and only gets a warning
/// when its scheme disagrees (spec §4).
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
        return m.Groups["host"].Value + ":" + target.Port.ToString(CultureInfo.InvariantCulture) + m.Groups["rest"].Value;
    }

    /// <summary>An external address whose scheme says the other mode.</summary>
    public static bool Disagrees(string value, Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var other = target.Insecure ? "https://" : "http://";
        return value.StartsWith(other, StringComparison.OrdinalIgnoreCase);
    }
}
