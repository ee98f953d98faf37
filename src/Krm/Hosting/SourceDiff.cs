using System.Text;
using Krm.ResourceLists;
using Krm.Text;

namespace Krm.Hosting;

/// <summary>
/// <c>--diff</c>: the same edited sources the normal run would write, rendered and compared with
/// the text each input held, one unified diff per changed input. Nothing else is written, so a
/// preview cannot differ from the run it previews.
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
            diff.Append(UnifiedDiff.Format(PatchPath(inputs[i].Name), source.SourceText.Text, source.Render()));
        }
        return Encoding.UTF8.GetBytes(diff.ToString());
    }

    /// <summary>
    /// The name in the <c>a/</c> and <c>b/</c> headers, as git writes it: relative to the current
    /// directory, so <c>patch -p1</c> and <c>git apply</c> run here find the file. Both refuse
    /// <c>..</c> and absolute names, so a file outside the current directory is named from the
    /// root (<c>a/tmp/x.yaml</c>), to be applied with <c>patch -p1 -d /</c>. stdin stays <c>stdin</c>.
    /// </summary>
    internal static string PatchPath(string name)
    {
        if (name == "stdin")
            return name;
        var full = Path.GetFullPath(name);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var outside = relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? full.TrimStart('/') : relative).Replace('\\', '/');
    }
}
