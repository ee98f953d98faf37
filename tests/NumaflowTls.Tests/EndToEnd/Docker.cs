namespace NumaflowTls.Tests.EndToEnd;

/// <summary>The docker CLI (talking to the daemon on <c>DOCKER_HOST</c>), with a bounded wait.</summary>
public static class Docker
{
    public static ProcessResult Run(IEnumerable<string> arguments, string? stdin = null, TimeSpan? timeout = null) =>
        new ProcessRunner { Timeout = timeout ?? TimeSpan.FromMinutes(2) }.Run(ToolLocator.Require("docker"), arguments, stdin);

    public static ProcessResult Run(params string[] arguments) => Run(arguments, stdin: null);

    /// <summary>Runs docker and fails the test with its output unless it exits 0.</summary>
    public static string Succeed(params string[] arguments)
    {
        var result = Run(arguments, stdin: null);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Stdout;
    }
}
