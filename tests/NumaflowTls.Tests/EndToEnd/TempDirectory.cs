namespace NumaflowTls.Tests.EndToEnd;

/// <summary>A scratch folder (kpt writes into the package it renders), removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Path = Directory.CreateTempSubdirectory("numaflow-tls-e2e-").FullName;

    public string Path { get; }

    /// <summary>A copy of <paramref name="source"/> (recursively) under this folder.</summary>
    public string CopyOf(string source, string name)
    {
        var target = System.IO.Path.Combine(Path, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    /// <summary>Every file under <paramref name="directory"/> by relative path, with its bytes as text.</summary>
    public static IReadOnlyDictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(file => System.IO.Path.GetRelativePath(directory, file), File.ReadAllText, StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
