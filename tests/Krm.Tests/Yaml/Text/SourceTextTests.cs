using System.Text;
using Krm.Yaml;

namespace Krm.Tests.Yaml;

public class SourceTextTests
{
    [Fact]
    public void Invalid_utf8_is_refused_with_the_line_and_column_of_the_bad_byte()
    {
        byte[] bytes = [.. "a: 1\nbé: "u8, 0xC3, 0x28, .. "\n"u8];

        var ex = Assert.Throws<YamlException>(() => SourceText.Decode(bytes));

        Assert.Equal(2, ex.Line);
        Assert.Equal(5, ex.Column);
        Assert.Contains("0xC3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_utf8_at_end_of_input_is_refused()
    {
        byte[] bytes = [.. "a: "u8, 0xE2, 0x82];

        var ex = Assert.Throws<YamlException>(() => SourceText.Decode(bytes));

        Assert.Equal(1, ex.Line);
        Assert.Equal(4, ex.Column);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0, (byte)'\n', 0 }, "UTF-16LE")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a', 0, (byte)'\n' }, "UTF-16BE")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0, 0, (byte)'a', 0, 0, 0, (byte)'\n', 0, 0, 0 }, "UTF-32LE")]
    [InlineData(new byte[] { 0, 0, 0xFE, 0xFF, 0, 0, 0, (byte)'a', 0, 0, 0, (byte)'\n' }, "UTF-32BE")]
    public void Wide_encodings_with_a_bom_are_decoded_and_written_back_the_same(byte[] bytes, string encoding)
    {
        var source = SourceText.Decode(bytes);

        Assert.Equal("a\n", source.Text);
        Assert.Equal(encoding, source.EncodingName);
        Assert.True(source.HasBom);
        Assert.Equal(bytes, source.Encode(source.Text));
        using var output = new MemoryStream();
        using (var writer = source.CreateWriter(output))
            writer.Write(source.Text);
        Assert.Equal(bytes, output.ToArray());
    }

    [Fact]
    public void Characters_outside_the_bmp_survive_utf16()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("k: \U0001F600é\r\n")).ToArray();

        var source = SourceText.Decode(bytes);

        Assert.Equal("k: \U0001F600é\r\n", source.Text);
        Assert.Equal("\r\n", source.NewLine);
        Assert.Equal(bytes, source.Encode(source.Text));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0, 0x00, 0xD8, (byte)'b', 0 }, "invalid UTF-16LE input")] // an unpaired high surrogate
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a', 0 }, "invalid UTF-16BE input")] // a cut-off last unit
    [InlineData(new byte[] { 0xFF, 0xFE, 0, 0, 0, 0, 0x11, 0 }, "invalid UTF-32LE input")] // beyond U+10FFFF
    public void Invalid_wide_input_is_refused_by_name(byte[] bytes, string message)
    {
        var ex = Assert.Throws<YamlException>(() => SourceText.Decode(bytes));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_bom_is_stripped_and_written_back()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "a: é\n"u8];

        var text = SourceText.Decode(bytes);
        var source = YamlSource.Parse(text);

        Assert.True(text.HasBom);
        Assert.Equal("a: é\n", text.Text);
        Assert.Equal("é", source.Documents[0].GetString("a"));
        Assert.Equal(bytes, source.RenderUtf8());
    }

    [Fact]
    public void Crlf_newlines_are_detected_and_kept()
    {
        var bytes = Encoding.UTF8.GetBytes("a: 1\r\nb:\r\n  - x\r\n");

        var text = SourceText.Decode(bytes);
        var source = YamlSource.Parse(text);

        Assert.Equal("\r\n", text.NewLine);
        Assert.Equal("x", source.Documents[0].At("b")![0]!.Value);
        Assert.Equal(bytes, source.RenderUtf8());
    }

    [Fact]
    public void Lf_is_the_newline_when_the_input_has_no_crlf() =>
        Assert.Equal("\n", SourceText.Decode("a: 1\nb: 2"u8).NewLine);

    [Fact]
    public void Input_without_bom_is_written_without_bom() =>
        Assert.Equal("a: 1\n"u8.ToArray(), SourceText.Decode("a: 1\n"u8).Encode("a: 1\n"));
}
