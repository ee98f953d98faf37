namespace SetAnnotations;

/// <summary>The function.yaml the SDK's build targets embed: the schema the host enforces is the published file.</summary>
internal static class EmbeddedDefinition
{
    public static string Read()
    {
        using var stream = typeof(EmbeddedDefinition).Assembly.GetManifestResourceStream("function.yaml")
            ?? throw new InvalidOperationException("function.yaml is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
