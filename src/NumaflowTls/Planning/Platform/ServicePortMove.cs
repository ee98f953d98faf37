using Krm.ResourceLists;

namespace NumaflowTls.Planning.Platform;

/// <summary>
/// One of the server's Service port entries as the Service step planned it: annotations, routes and
/// policies that name the old number or name follow it in the same run.
/// </summary>
/// <param name="Index">The entry's position in <c>spec.ports</c>.</param>
public sealed record ServicePortMove(KrmResource Service, int Index, long? OldPort, long? NewPort, string? OldName, string? NewName)
{
    /// <summary>True when <paramref name="token"/> (a port number or name as written in a list) names this entry before the plan.</summary>
    public bool NamedBefore(string token) =>
        (OldName is not null && token == OldName) || (OldPort is { } p && token == p.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>True when <paramref name="token"/> names this entry after the plan.</summary>
    public bool NamedAfter(string token) =>
        (NewName is not null && token == NewName) || (NewPort is { } p && token == p.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
