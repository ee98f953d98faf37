using System.Text;
using Krm.ResourceLists;
using Krm.Results;
using Krm.Testing;

namespace Krm.Tests.Hosting;

/// <summary>A run of the host around the test function whose body each test supplies.</summary>
internal static class HostRun
{
    public static FunctionRun Of(byte[] input, Action<ResourceList, TestConfig, ResultSink> body, params string[] args) =>
        FunctionRun.Of(TestFunction.Hosted(body), input, args);

    public static FunctionRun Of(string input, Action<ResourceList, TestConfig, ResultSink> body, params string[] args) =>
        Of(Encoding.UTF8.GetBytes(input), body, args);
}
