using Krm.ResourceLists;

namespace NumaflowTls.Discovery;

/// <summary>
/// What kustomize did to a name before the function ran (docs/design/krm-contract.md, "What each
/// orchestrator sends"): the <c>internal.config.kubernetes.io/previousNames|prefixes|suffixes</c> annotations.
/// </summary>
public static class KustomizeNames
{
    public const string PreviousNames = "internal.config.kubernetes.io/previousNames";
    public const string Prefixes = "internal.config.kubernetes.io/prefixes";
    public const string Suffixes = "internal.config.kubernetes.io/suffixes";

    public static IReadOnlyList<string> List(KrmResource item, string annotation) =>
        item.GetAnnotation(annotation) is { Length: > 0 } text
            ? text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];

    /// <summary>The item's current name and every name kustomize says it had before.</summary>
    public static IReadOnlyList<string> AllNames(KrmResource item) => [item.Name, .. List(item, PreviousNames)];

    /// <summary>
    /// The prefix and suffix added to <paramref name="baseName"/>: from the annotations when present,
    /// otherwise derived from where <paramref name="baseName"/> sits in the current name.
    /// </summary>
    public static (string Prefix, string Suffix)? Affixes(KrmResource item, string baseName)
    {
        var prefixes = List(item, Prefixes);
        var suffixes = List(item, Suffixes);
        if (prefixes.Count > 0 || suffixes.Count > 0)
            return (string.Concat(prefixes), string.Concat(suffixes.Reverse()));
        var at = item.Name.IndexOf(baseName, StringComparison.Ordinal);
        return at < 0 ? null : (item.Name[..at], item.Name[(at + baseName.Length)..]);
    }

    /// <summary>
    /// True when <paramref name="item"/> is <paramref name="baseName"/> up to kustomize's renaming:
    /// a previous name, or the base name with anything prepended/appended (namePrefix/nameSuffix,
    /// with or without the annotations that record them).
    /// </summary>
    public static bool IsNamed(KrmResource item, string baseName) =>
        List(item, PreviousNames).Contains(baseName) || item.Name.Contains(baseName, StringComparison.Ordinal);
}
