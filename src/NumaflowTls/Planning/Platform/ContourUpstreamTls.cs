namespace NumaflowTls.Planning.Platform;

/// <summary>
/// Contour: <c>projectcontour.io/upstream-protocol.tls</c> on the Service lists the ports (numbers or names) Envoy
/// speaks TLS to. The server's port joins the list in TLS mode and leaves it in insecure mode; other entries stay.
/// An empty list is kept (the annotation is never removed), so switching back restores the entry (as a name when the list holds names, else as a number).
/// Docs: https://projectcontour.io/docs/main/config/upstream-tls/
/// </summary>
internal static class ContourUpstreamTls
{
    public const string UpstreamTls = "projectcontour.io/upstream-protocol.tls";

    public static void Plan(PlanContext ctx, PlanBuilder plan)
    {
        var t = ctx.Target;
        foreach (var group in ctx.ServicePortMoves.GroupBy(m => m.Service))
        {
            var service = group.Key;
            if (Annotations.Value(service, UpstreamTls) is not { } text)
                continue;
            var list = new TokenList(text);
            foreach (var move in group)
            {
                bool Names(string e) => move.NamedBefore(e) || move.NamedAfter(e);
                if (t.Insecure)
                {
                    list.RemoveAll(Names);
                }
                else if (list.Contains(Names))
                {
                    list.ReplaceAll(e => move.NamedBefore(e) && !move.NamedAfter(e),
                        IsNumber(list.Entries.First(Names)) ? $"{move.NewPort}" : move.NewName ?? $"{move.NewPort}");
                }
                else if (JoinAs(list, move) is { } entry)
                {
                    list.Add(entry);
                }
            }
            Annotations.Follow(plan, service, UpstreamTls, list.ToString(),
                t.Insecure ? "the server speaks HTTP: its port leaves Contour's TLS upstream list"
                    : "the server speaks HTTPS: its port is in Contour's TLS upstream list");
        }
    }

    /// <summary>The entry that joins: a name when the list already speaks in names, else the number.</summary>
    private static string? JoinAs(TokenList list, ServicePortMove move) =>
        move.NewName is { } name && list.Entries.Any(e => !IsNumber(e)) ? name : move.NewPort?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsNumber(string entry) => entry.Length > 0 && entry.All(char.IsAsciiDigit);
}
