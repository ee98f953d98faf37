namespace Krm.Config;

/// <summary>A function flag from the command line: <c>--port 8080</c> is (<c>port</c>, <c>8080</c>, <c>--port</c>).</summary>
internal sealed record ConfigFlag(string Key, string Text, string Flag);
