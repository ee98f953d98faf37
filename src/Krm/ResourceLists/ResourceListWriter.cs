using System.Text;
using Krm.Results;
using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// Writes the output as edits on the input sources, so the items' bytes are untouched by
/// construction (yaml-fidelity.md). A ResourceList comes out as one block-style
/// <c>config.kubernetes.io/v1 ResourceList</c> (apiVersion and <c>kind: List</c> rewritten,
/// existing <c>results</c> kept and ours appended); a stream comes out as the same stream, several
/// files joined with <c>---</c>.
/// </summary>
public static class ResourceListWriter
{
    public const string ApiVersion = "config.kubernetes.io/v1";
    public const string Kind = "ResourceList";

    public static byte[] Write(ResourceList list, IReadOnlyList<Result> results)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(results);
        return list.Format == ResourceListFormat.ResourceList
            ? WriteResourceList(list, results)
            : WriteStream(list.Sources);
    }

    private static byte[] WriteResourceList(ResourceList list, IReadOnlyList<Result> results)
    {
        var root = list.Root!;
        if (root["apiVersion"] is { } apiVersion && apiVersion.Value != ApiVersion)
            apiVersion.SetString(ApiVersion);
        if (root["kind"] is { } kind && kind.Value != Kind)
            kind.SetString(Kind);

        if (results.Count > 0)
        {
            if (root["results"] is { Kind: YamlNodeKind.Sequence } existing)
            {
                foreach (var result in results)
                    existing.Append(ResultYaml.ToYaml(result));
            }
            else
            {
                root.Set("results", YamlValue.Seq([.. results.Select(ResultYaml.ToYaml)]));
            }
        }
        return list.Source.RenderUtf8();
    }

    private static byte[] WriteStream(IReadOnlyList<YamlSource> sources)
    {
        if (sources.Count == 1)
            return sources[0].RenderUtf8();

        using var output = new MemoryStream();
        for (var i = 0; i < sources.Count; i++)
        {
            var text = sources[i].Render();
            if (i == 0)
            {
                output.Write(sources[i].SourceText.Encode(text));
                continue;
            }
            // A BOM is only meaningful at the start of the stream; later files join without theirs.
            var newLine = sources[i].NewLine;
            if (output.Length > 0 && !EndsWithNewLine(output))
                output.Write(Encoding.UTF8.GetBytes(newLine));
            if (!text.StartsWith("---", StringComparison.Ordinal))
                output.Write(Encoding.UTF8.GetBytes("---" + newLine));
            output.Write(Encoding.UTF8.GetBytes(text));
        }
        return output.ToArray();
    }

    private static bool EndsWithNewLine(MemoryStream output) =>
        output.GetBuffer()[output.Length - 1] == (byte)'\n';
}
