using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Krm.Tests.Yaml.Sweep;

/// <summary>
/// The independent side of the sweep: YamlDotNet's representation model, a YAML 1.2 core +
/// 1.1 boolean resolver written here, and a structural comparison.
/// </summary>
internal static partial class IndependentModel
{
    public static YamlStream Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream;
    }

    /// <summary>The value as a reader sees it: (type, text).</summary>
    public static (string Type, string Value) Canon(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific)
        {
            return (scalar.Tag.Value, value);
        }

        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return ("str", value);
        }

        if (NullPattern().IsMatch(value))
        {
            return ("null", string.Empty);
        }

        if (BoolPattern().IsMatch(value))
        {
            return ("bool", value.ToLowerInvariant());
        }

        if (IntPattern().IsMatch(value))
        {
            return ("int", value);
        }

        return FloatPattern().IsMatch(value) ? ("float", value) : ("str", value);
    }

    /// <summary>Structural equality; returns the path of the first difference, or null.</summary>
    public static string? Difference(YamlNode expected, YamlNode actual, string path = "$")
    {
        var pending = new Stack<(YamlNode, YamlNode, string)>();
        pending.Push((expected, actual, path));
        while (pending.Count > 0)
        {
            var (e, a, p) = pending.Pop();
            switch (e, a)
            {
                case (YamlScalarNode es, YamlScalarNode @as):
                    if (Canon(es) != Canon(@as))
                    {
                        return $"{p}: expected {Canon(es)}, got {Canon(@as)}";
                    }

                    break;
                case (YamlSequenceNode es, YamlSequenceNode @as):
                    if (es.Children.Count != @as.Children.Count)
                    {
                        return $"{p}: expected {es.Children.Count} items, got {@as.Children.Count}";
                    }

                    for (var i = 0; i < es.Children.Count; i++)
                    {
                        pending.Push((es.Children[i], @as.Children[i], $"{p}[{i}]"));
                    }

                    break;
                case (YamlMappingNode em, YamlMappingNode am):
                    var ek = em.Children.ToList();
                    var ak = am.Children.ToList();
                    if (ek.Count != ak.Count)
                    {
                        return $"{p}: expected {ek.Count} entries, got {ak.Count}";
                    }

                    for (var i = 0; i < ek.Count; i++)
                    {
                        pending.Push((ek[i].Key, ak[i].Key, $"{p}.key[{i}]"));
                        pending.Push((ek[i].Value, ak[i].Value, $"{p}.{(ek[i].Key as YamlScalarNode)?.Value}"));
                    }

                    break;
                default:
                    return $"{p}: expected {e.NodeType}, got {a.NodeType}";
            }
        }

        return null;
    }

    [GeneratedRegex("^(|~|null|Null|NULL)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^([-+]?[0-9][0-9_]*|0o[0-7]+|0x[0-9a-fA-F_]+|[-+]?0b[01_]+)$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();
}
