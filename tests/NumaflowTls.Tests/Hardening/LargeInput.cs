using System.Text;
using NumaflowTls.Tests.Golden;

namespace NumaflowTls.Tests.Hardening;

/// <summary>
/// A large but realistic stream: the v1.8.3 install once, then ConfigMaps with 1 KB values up to
/// the size asked for. Also used by hand for the 200 MB measurement (README, Safety).
/// </summary>
internal static class LargeInput
{
    /// <summary>Writes about <paramref name="bytes"/> bytes to <paramref name="path"/>; returns the number of documents.</summary>
    public static int Write(string path, long bytes)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var install = RepoPaths.Fixture("numaflow-v1.8.3-install.yaml");
        writer.Write(install);
        var count = install.Split('\n').Count(line => line.StartsWith("kind: ", StringComparison.Ordinal));
        var value = new string('v', 1024);
        for (var i = 0; writer.BaseStream.Length < bytes; i++, count++)
            writer.Write($"---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: filler-{i}\ndata:\n  a: {value}\n  b: \"{value}\"\n");
        return count;
    }
}
