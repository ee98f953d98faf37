namespace NumaflowTls.Model;

/// <summary>The env variables <c>cmd/commands/server.go</c> reads its flag defaults from.</summary>
public static class ServerEnv
{
    public const string Insecure = "NUMAFLOW_SERVER_INSECURE";
    public const string Port = "NUMAFLOW_SERVER_PORT_NUMBER";
    public const string Address = "NUMAFLOW_SERVER_ADDRESS";
}
