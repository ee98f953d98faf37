using System.Runtime.CompilerServices;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// A fact for a tool the project does not install anywhere (standalone <c>kustomize</c>: Debian
/// ships no package and kubectl embeds it without <c>--enable-exec</c>): skipped where missing,
/// CI included, and run wherever a developer has it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OptionalToolFactAttribute : FactAttribute
{
    public OptionalToolFactAttribute(string tool, [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        Tool = tool;
        Skip = Requirements.SkipReason(Requirements.Unmet([tool]), optional: true);
        if (Skip is not null)
        {
            DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{test} [skipped: {Skip}]";
        }
    }

    public string Tool { get; }
}
