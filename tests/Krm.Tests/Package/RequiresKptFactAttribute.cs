namespace Krm.Tests.Package;

/// <summary>
/// A fact that runs real kpt: skipped on a developer machine without it (the name says so, since
/// dotnet test prints skipped tests by name only); under <c>CI=true</c> it runs and fails instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresKptFactAttribute : FactAttribute
{
    public RequiresKptFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        if (ProcessRun.Find("kpt") is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "needs kpt (not on PATH) (under CI=true this test fails instead)";
            DisplayName = $"SetAnnotationsExampleTests.{test} [skipped: {Skip}]";
        }
    }
}
