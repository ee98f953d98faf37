using System.Net.Sockets;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// Whether a Docker engine serves this machine: the docker CLI on PATH and a daemon accepting
/// connections on <c>DOCKER_HOST</c> (default <c>unix:///var/run/docker.sock</c>).
/// <c>.ci/docker-daemon start DIR</c> starts a private one.
/// </summary>
public static class DockerDaemon
{
    private const string DefaultSocket = "/var/run/docker.sock";

    /// <summary>Why no engine is usable here (a phrase for a skip reason), or null when one is.</summary>
    public static string? Unavailable() => Unavailable(Environment.GetEnvironmentVariable("DOCKER_HOST"));

    /// <summary>As <see cref="Unavailable()"/>, for the given <c>DOCKER_HOST</c> value.</summary>
    public static string? Unavailable(string? host)
    {
        if (ToolLocator.Find("docker") is null)
        {
            return "a Docker engine (the docker CLI is not on PATH)";
        }

        if (!string.IsNullOrEmpty(host) && !host.StartsWith("unix://", StringComparison.Ordinal))
        {
            // tcp:// or ssh://: only the CLI knows how to reach it; a dead one fails the test itself.
            return null;
        }

        var socket = string.IsNullOrEmpty(host) ? DefaultSocket : host["unix://".Length..];
        return Answers(socket) ? null : $"a Docker engine (no daemon on unix://{socket}; .ci/docker-daemon start DIR runs one)";
    }

    private static bool Answers(string socket)
    {
        if (!File.Exists(socket))
        {
            return false;
        }

        using var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            client.Connect(new UnixDomainSocketEndPoint(socket));
            return true;
        }
        catch (SocketException)
        {
            // A socket file nobody listens on (a daemon that died): the only way to tell is to try.
            return false;
        }
    }
}
