using System.Text;

namespace Krm.Testing;

/// <summary>Builds a KRM ResourceList from plain manifest files, the way an orchestrator would send it.</summary>
public static class ResourceListText
{
    /// <summary>The documents of a <c>---</c> stream, without comment-only documents (headers).</summary>
    public static IReadOnlyList<string> Documents(string stream)
    {
        var documents = new List<string>();
        var current = new StringBuilder();
        foreach (var line in stream.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line == "---" || line.StartsWith("--- ", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            current.Append(line).Append('\n');
        }

        Flush();
        return documents;

        void Flush()
        {
            var text = current.ToString();
            current.Clear();
            if (text.Split('\n').Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')))
            {
                documents.Add(text.TrimEnd('\n') + "\n");
            }
        }
    }

    /// <summary>A <c>config.kubernetes.io/v1</c> ResourceList with the documents as items, in order.</summary>
    public static string Wrap(IEnumerable<string> documents, string? functionConfig = null)
    {
        var text = new StringBuilder("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n");
        foreach (var document in documents)
        {
            AppendIndented(text, document, "- ");
        }

        if (functionConfig is not null)
        {
            text.Append("functionConfig:\n");
            AppendIndented(text, functionConfig, "  ");
        }

        return text.ToString();
    }

    private static void AppendIndented(StringBuilder text, string document, string firstPrefix)
    {
        var first = true;
        foreach (var line in document.TrimEnd('\n').Split('\n'))
        {
            // Comment lines may sit at any column; only the first content line carries the "- ".
            var isContent = line.Trim().Length > 0 && !line.TrimStart().StartsWith('#');
            text.Append(first && isContent ? firstPrefix : "  ").Append(line).Append('\n');
            first &= !isContent;
        }
    }
}
