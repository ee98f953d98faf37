using Krm.Results;
using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>
/// Writes the output as edits on the input sources, so the items' bytes are untouched by
/// construction. A ResourceList comes out as one block-style
/// <c>config.kubernetes.io/v1 ResourceList</c> (apiVersion and <c>kind: List</c> rewritten,
/// existing <c>results</c> kept and ours appended); a stream comes out as the same stream, several
/// files joined with <c>---</c>.
/// </summary>
internal static class ResourceListWriter
{
    public const string ApiVersion = "config.kubernetes.io/v1";
    public const string Kind = "ResourceList";

    public static byte[] Write(ResourceList list, IReadOnlyList<Result> results)
    {
        using var output = new MemoryStream();
        WriteTo(list, results, output);
        return output.ToArray();
    }

    /// <summary>Writes the output onto <paramref name="output"/> without first building it whole.</summary>
    public static void WriteTo(ResourceList list, IReadOnlyList<Result> results, Stream output)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        list.CompleteChanges();
        if (list.Format == ResourceListFormat.ResourceList)
        {
            AddResults(list, results);
            WriteSource(list.Source, output);
        }
        else if (list.Sources.Count == 1)
        {
            WriteSource(list.Sources[0], output);
        }
        else
        {
            output.Write(JoinStreams(list.Sources));
        }
    }

    private static void WriteSource(YamlSource source, Stream output)
    {
        // Before the first byte (the BOM): a refusal must leave the output empty, never partial.
        source.ValidateEdits();
        using var writer = source.SourceText.CreateWriter(output);
        source.WriteTo(writer);
    }

    private static void AddResults(ResourceList list, IReadOnlyList<Result> results)
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
    }

    /// <summary>
    /// Several files as one stream (standalone mode with several file arguments), in the first
    /// file's encoding: a BOM is only meaningful at the start of the stream.
    /// </summary>
    private static byte[] JoinStreams(IReadOnlyList<YamlSource> sources)
    {
        using var output = new MemoryStream();
        var first = sources[0].SourceText;
        var endsWithNewLine = true;
        for (var i = 0; i < sources.Count; i++)
        {
            var text = sources[i].Render();
            if (i == 0)
            {
                output.Write(first.Encode(text));
                endsWithNewLine = text.Length == 0 || text.EndsWith('\n');
                continue;
            }
            var newLine = sources[i].NewLine;
            if (output.Length > 0 && !endsWithNewLine)
                output.Write(first.EncodeWithoutBom(newLine));
            if (!text.StartsWith("---", StringComparison.Ordinal))
                output.Write(first.EncodeWithoutBom("---" + newLine));
            output.Write(first.EncodeWithoutBom(text));
            if (text.Length > 0)
                endsWithNewLine = text.EndsWith('\n');
        }
        return output.ToArray();
    }
}
