namespace NumaflowTls.Tests.EndToEnd;

/// <summary>
/// A fact that needs external programs (kpt, kubectl, setpriv, unshare). Where one is missing the
/// test is skipped on a developer machine, but under <c>CI=true</c> it runs and fails: CI must
/// never turn green by not testing against the real orchestrators.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresToolFactAttribute : FactAttribute
{
    public RequiresToolFactAttribute(params string[] tools)
    {
        Tools = tools;
        var missing = tools.Where(tool => ToolLocator.Find(tool) is null).ToArray();
        if (missing.Length > 0 && !ToolLocator.IsCi)
        {
            Skip = $"not installed: {string.Join(", ", missing)} (under CI=true this test fails instead)";
        }
    }

    public IReadOnlyList<string> Tools { get; }
}
