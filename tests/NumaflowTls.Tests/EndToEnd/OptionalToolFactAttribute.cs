namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// A fact for a tool the project does not install anywhere (standalone <c>kustomize</c>: Debian
/// ships no package and kubectl embeds it without <c>--enable-exec</c>): skipped where missing,
/// CI included, and run wherever a developer has it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OptionalToolFactAttribute : FactAttribute
{
    public OptionalToolFactAttribute(string tool)
    {
        Tool = tool;
        if (ToolLocator.Find(tool) is null)
        {
            Skip = $"{tool} is not installed (optional: nothing in this repository installs it)";
        }
    }

    public string Tool { get; }
}
