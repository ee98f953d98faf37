using System.Runtime.CompilerServices;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// A fact that needs programs (kpt, kubectl) or <see cref="Requirements.DockerEngine"/>. Where one
/// is missing the test is skipped on a developer machine, its name in the test output saying what
/// it needs; under <c>CI=true</c> it runs and fails: CI must never turn green by not testing
/// against the real orchestrators and the real engine.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresToolFactAttribute : FactAttribute
{
    public RequiresToolFactAttribute(
        string need,
        string? another = null,
        string? third = null,
        [CallerFilePath] string file = "",
        [CallerMemberName] string test = "")
    {
        Tools = new[] { need, another, third }.OfType<string>().ToArray();
        Skip = Requirements.SkipReason(Requirements.Unmet(Tools));
        if (Skip is not null)
        {
            // dotnet test prints skipped tests by name only: the name carries what the test needs.
            DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{test} [skipped: {Skip}]";
        }
    }

    public IReadOnlyList<string> Tools { get; }
}
