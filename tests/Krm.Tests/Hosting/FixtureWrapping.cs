using System.Text;
using System.Text.RegularExpressions;

namespace Krm.Tests.Hosting;

/// <summary>Turns a plain multi-document file into the ResourceList an orchestrator would send (items indented under <c>items:</c>).</summary>
internal static partial class FixtureWrapping
{
    public const string Header = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n";

    public static string AsResourceList(string stream)
    {
        var list = new StringBuilder(Header);
        foreach (var document in DocumentSeparator().Split(stream))
        {
            var lines = document.Split('\n');
            if (lines.All(l => l.Length == 0 || l.TrimStart().StartsWith('#')))
                continue;
            var first = true;
            foreach (var line in lines)
            {
                if (line.Length == 0)
                {
                    list.Append('\n');
                    continue;
                }
                list.Append(first ? "- " : "  ").Append(line).Append('\n');
                first = false;
            }
        }
        return list.ToString();
    }

    [GeneratedRegex("^---[ \t]*\n", RegexOptions.Multiline)]
    private static partial Regex DocumentSeparator();
}
