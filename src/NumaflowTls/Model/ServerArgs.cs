namespace NumaflowTls.Model;

/// <summary>
/// Reads the server's flags out of <c>args</c> the way cobra/pflag does: <c>args[0]</c> is the
/// <c>server</c> sub-command, flags may appear anywhere before <c>--</c>, a bool flag never takes the
/// next argument as its value, the last occurrence of a flag wins.
/// </summary>
public sealed record ServerArgs(IReadOnlyList<ServerArg> Flags)
{
    public IEnumerable<InsecureArg> InsecureFlags => Flags.OfType<InsecureArg>();
    public IEnumerable<PortArg> PortFlags => Flags.OfType<PortArg>();
    public InsecureArg? LastInsecure => InsecureFlags.LastOrDefault();
    public PortArg? LastPort => PortFlags.LastOrDefault();

    public static ServerArgs Parse(IReadOnlyList<string> args)
    {
        var flags = new List<ServerArg>();
        for (var i = 1; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--")
                break;
            if (a == "--insecure")
            {
                int? stray = i + 1 < args.Count && GoParse.ParseBool(args[i + 1]) is not null ? i + 1 : null;
                flags.Add(new InsecureArg(i, null, true, stray));
            }
            else if (a.StartsWith("--insecure=", StringComparison.Ordinal))
            {
                var inline = a["--insecure=".Length..];
                flags.Add(new InsecureArg(i, inline, GoParse.ParseBool(inline), null));
            }
            else if (a is "--port" or "-p")
            {
                var form = a == "--port" ? PortArgForm.LongSeparate : PortArgForm.ShortSeparate;
                if (i + 1 < args.Count)
                {
                    flags.Add(new PortArg(i, i + 1, form, args[i + 1]));
                    i++;
                }
                else
                {
                    flags.Add(new PortArg(i, null, form, null));
                }
            }
            else if (a.StartsWith("--port=", StringComparison.Ordinal))
            {
                flags.Add(new PortArg(i, null, PortArgForm.LongInline, a["--port=".Length..]));
            }
            else if (a.StartsWith("-p=", StringComparison.Ordinal))
            {
                flags.Add(new PortArg(i, null, PortArgForm.ShortInline, a["-p=".Length..]));
            }
            else if (a.StartsWith("-p", StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal))
            {
                flags.Add(new PortArg(i, null, PortArgForm.ShortAttached, a[2..]));
            }
        }
        return new ServerArgs(flags);
    }
}
