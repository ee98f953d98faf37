using System.Text;
using Krm.ResourceLists;
using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary>
/// The writer streams the edited text piece by piece, so a large input never exists as a second
/// whole copy; it must produce exactly the bytes <see cref="YamlSource.Render"/> describes.
/// </summary>
public class StreamingWriteTests
{
    [Theory]
    [InlineData("a: 1\nb:\n  c: x\n", false)]
    [InlineData("a: 1\r\nb:\r\n  c: x\r\n", true)]
    [InlineData("a: 1\nb:\n  c: x", false)]
    public void WriteTo_gives_the_rendered_bytes_with_bom_and_newlines_kept(string yaml, bool bom)
    {
        var bytes = (bom ? "\uFEFF"u8.ToArray() : []).Concat(Encoding.UTF8.GetBytes(yaml)).ToArray();
        var source = YamlSource.Parse(SourceText.Decode(bytes));
        source.Documents[0]["a"]!.SetInt(2);
        source.Documents[0]["b"]!.Set("d", "ü");

        using var output = new MemoryStream();
        using (var writer = source.SourceText.CreateWriter(output))
        {
            source.WriteTo(writer);
        }

        Assert.Equal(source.RenderUtf8(), output.ToArray());
        Assert.Equal(bom, output.ToArray().AsSpan().StartsWith("\uFEFF"u8));
    }

    [Fact]
    public void Unedited_fixture_streams_byte_identical()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures.NumaflowDirectory, "numaflow-v1.8.3-install.yaml"));
        var list = ResourceListReader.Read([new InputSource("install", bytes)]);

        using var output = new MemoryStream();
        ResourceListWriter.WriteTo(list, [], output);

        Assert.Equal(bytes, output.ToArray());
    }

    [Fact]
    public void ValidateEdits_refuses_a_region_edited_twice_before_anything_is_written()
    {
        var source = YamlSource.Parse("a:\n  b: 1\n");
        source.Documents[0].Set("a", YamlValue.Map(("b", 2)));
        source.Documents[0].At("a", "b")!.SetInt(3);

        var refusal = Assert.Throws<YamlException>(source.ValidateEdits);

        Assert.Contains("edited twice", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateEdits_refuses_text_that_cannot_be_encoded()
    {
        var source = YamlSource.Parse("a: x\n");
        source.Documents[0]["a"]!.SetString("bad \uD800 surrogate");

        Assert.Throws<InvalidOperationException>(source.ValidateEdits);
    }
}
