using System.Text;
using Krm.ResourceLists;
using Krm.Text;

namespace Krm.Hosting;

/// <summary>
/// <c>--diff</c>: the same edited sources the normal run would write, rendered and compared with
/// the text each input held, one unified diff per changed input, named as it was given. Nothing
/// else is written, so a preview cannot differ from the run it previews.
/// </summary>
internal static class SourceDiff
{
    public static byte[] Render(ResourceList list, IReadOnlyList<InputSource> inputs)
    {
        var diff = new StringBuilder();
        for (var i = 0; i < list.Sources.Count; i++)
        {
            var source = list.Sources[i];
            // SourceText.Text, not YamlSource.Text: a JSON root converted to block YAML is a change too.
            diff.Append(UnifiedDiff.Format(inputs[i].Name, source.SourceText.Text, source.Render()));
        }
        return Encoding.UTF8.GetBytes(diff.ToString());
    }
}
