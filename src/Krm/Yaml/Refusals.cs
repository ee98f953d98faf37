namespace Krm.Yaml;

/// <summary>
/// Constructs the writer refuses to edit because kyaml never writes them and a splice could
/// silently change their meaning (yaml-fidelity.md, "Refuse").
/// </summary>
internal static class Refusals
{
    /// <summary>Explicit <c>? key</c> entries and non-scalar keys.</summary>
    public static void CheckEditableKey(YamlNode rawKey)
    {
        var text = rawKey.Source.Text;
        var key = rawKey.Resolved;
        if (key.Kind != YamlNodeKind.Scalar)
        {
            throw rawKey.Refusal("cannot edit an entry with a complex (collection) key");
        }

        if (IsExplicitKey(text, rawKey))
        {
            throw rawKey.Refusal($"cannot edit the explicit '? {key.Value}' entry: write it as a plain key");
        }
    }

    /// <summary>Empty flow entries (<c>[a, , b]</c>, <c>{a: 1, , }</c>) and single-pair mappings in flow sequences.</summary>
    public static void CheckEditableScalarPosition(YamlNode node)
    {
        if (node.Parent is { IsFlow: true, Kind: YamlNodeKind.Sequence } && node.Value!.Length == 0 && node.Anchor is null && node.Tag is null)
        {
            throw node.Refusal("cannot edit an empty flow sequence entry");
        }
    }

    /// <summary>A <c>?</c> indicator before the key on its line.</summary>
    public static bool IsExplicitKey(string text, YamlNode rawKey)
    {
        var p = rawKey.Start - 1;
        while (p >= 0 && text[p] is ' ' or '\t' or '\r' or '\n')
        {
            p--;
        }

        return p >= 0 && text[p] == '?' && (p == 0 || text[p - 1] is ' ' or '\t' or '\n' or '{' or ',' or '[');
    }
}
