namespace Krm.Hosting;

/// <summary>The process exit codes (orchestrators only look at the exit code, never at the results).</summary>
public static class ExitCodes
{
    /// <summary>No error result: the output is the (possibly edited) list.</summary>
    public const int Ok = 0;

    /// <summary>At least one error result: the output is still the full list, plus the results.</summary>
    public const int ErrorResults = 1;

    /// <summary>Bad command line or unreadable input: nothing is written to stdout.</summary>
    public const int UsageOrInput = 2;
}
