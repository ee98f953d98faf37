using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Krm.Yaml;

/// <summary>
/// Decoded input text plus what must be restored on output: the encoding and its BOM, and the
/// newline style. UTF-8 is the default; a UTF-16 or
/// UTF-32 BOM (what a PowerShell redirect writes; kustomize reads it too) selects that encoding, and
/// the output is written in it with the same BOM. Decoding is strict: invalid bytes are refused,
/// never replaced by U+FFFD.
/// </summary>
internal sealed class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Longest BOM first: the UTF-32 LE BOM starts with the UTF-16 LE one.</summary>
    private static readonly (byte[] Bom, Encoding Encoding, string Name)[] ByteOrderMarks =
    [
        ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32LE"),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32BE"),
        ([0xEF, 0xBB, 0xBF], StrictUtf8, "UTF-8"),
        ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16LE"),
        ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16BE"),
    ];

    private readonly byte[] bom;
    private readonly Encoding encoding;

    private SourceText(string text, byte[] bom, Encoding encoding, string encodingName, string newLine)
    {
        Text = text;
        this.bom = bom;
        this.encoding = encoding;
        EncodingName = encodingName;
        NewLine = newLine;
    }

    /// <summary>The text without the BOM, newlines as in the input.</summary>
    public string Text { get; }

    /// <summary>The input started with a byte order mark (UTF-8, UTF-16 or UTF-32).</summary>
    public bool HasBom => bom.Length > 0;

    /// <summary><c>UTF-8</c>, <c>UTF-16LE</c>, <c>UTF-16BE</c>, <c>UTF-32LE</c> or <c>UTF-32BE</c>: what the output is written in.</summary>
    public string EncodingName { get; }

    /// <summary><c>"\r\n"</c> when the first line break of the input is CRLF, else <c>"\n"</c>.</summary>
    public string NewLine { get; }

    public static SourceText Decode(ReadOnlySpan<byte> bytes)
    {
        foreach (var (mark, encoding, name) in ByteOrderMarks)
        {
            if (bytes.StartsWith(mark))
                return Decode(bytes[mark.Length..], mark, encoding, name);
        }

        return Decode(bytes, [], StrictUtf8, "UTF-8");
    }

    private static SourceText Decode(ReadOnlySpan<byte> bytes, byte[] bom, Encoding encoding, string name)
    {
        string text;
        try
        {
            // One allocation, the string itself: the input can be hundreds of MB.
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            if (encoding == StrictUtf8)
                throw InvalidByte(bytes, FirstInvalidByte(bytes));
            // Wide encodings fail on unpaired surrogates or a cut-off last unit: no line to point at.
            throw new YamlException($"invalid {name} input at byte {e.Index + bom.Length}", 1, 1);
        }

        return new SourceText(text, bom, encoding, name, DetectNewLine(text));
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false);
            return read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Text that never was bytes (tests, in-memory pipelines): UTF-8, no BOM unless asked, newline detected.</summary>
    public static SourceText FromString(string text, bool hasBom = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
            hasBom = true;
        }

        return new SourceText(text, hasBom ? [0xEF, 0xBB, 0xBF] : [], StrictUtf8, "UTF-8", DetectNewLine(text));
    }

    /// <summary>Encodes <paramref name="text"/> in the input's encoding, with the BOM when the input had one.</summary>
    public byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new byte[bom.Length + encoding.GetByteCount(text)];
        bom.CopyTo(bytes, 0);
        encoding.GetBytes(text, bytes.AsSpan(bom.Length));
        return bytes;
    }

    /// <summary>Encodes <paramref name="text"/> in the input's encoding without a BOM: text that joins a stream already begun.</summary>
    public byte[] EncodeWithoutBom(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return encoding.GetBytes(text);
    }

    /// <summary>A writer encoding strictly in the input's encoding onto <paramref name="output"/>, the BOM first when the input had one.</summary>
    public TextWriter CreateWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(bom);
        return new StreamWriter(output, encoding, bufferSize: 1 << 16, leaveOpen: true);
    }

    internal static string DetectNewLine(string text)
    {
        var lf = text.IndexOf('\n', StringComparison.Ordinal);
        return lf > 0 && text[lf - 1] == '\r' ? "\r\n" : "\n";
    }

    private static YamlException InvalidByte(ReadOnlySpan<byte> bytes, int index)
    {
        var lineStart = bytes[..index].LastIndexOf((byte)'\n') + 1;
        var line = bytes[..index].Count((byte)'\n') + 1;

        // Bytes before the bad one on its line are valid UTF-8, so the column counts characters.
        var column = StrictUtf8.GetCharCount(bytes[lineStart..index]) + 1;

        return new YamlException($"invalid UTF-8 byte 0x{bytes[index]:X2}", line, column);
    }
}
