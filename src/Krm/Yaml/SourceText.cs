using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Krm.Yaml;

/// <summary>
/// Decoded input text plus what must be restored on output: the UTF-8 BOM and the newline style.
/// Decoding is strict: invalid UTF-8 is refused,
/// never replaced by U+FFFD.
/// </summary>
internal sealed class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private SourceText(string text, bool hasBom, string newLine)
    {
        Text = text;
        HasBom = hasBom;
        NewLine = newLine;
    }

    /// <summary>The text without the BOM, newlines as in the input.</summary>
    public string Text { get; }

    /// <summary>The input started with a UTF-8 byte order mark.</summary>
    public bool HasBom { get; }

    /// <summary><c>"\r\n"</c> when the first line break of the input is CRLF, else <c>"\n"</c>.</summary>
    public string NewLine { get; }

    public static SourceText Decode(ReadOnlySpan<byte> bytes)
    {
        RejectWideEncodings(bytes);
        var hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (hasBom)
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            // One allocation, the string itself: the input can be hundreds of MB.
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw InvalidByte(bytes, FirstInvalidByte(bytes));
        }

        return new SourceText(text, hasBom, DetectNewLine(text));
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

    /// <summary>Text that never was bytes (tests, in-memory pipelines): no BOM, newline detected.</summary>
    public static SourceText FromString(string text, bool hasBom = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
            hasBom = true;
        }

        return new SourceText(text, hasBom, DetectNewLine(text));
    }

    /// <summary>Encodes <paramref name="text"/> as UTF-8, with the BOM when the input had one.</summary>
    public byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var preamble = HasBom ? 3 : 0;
        var bytes = new byte[preamble + StrictUtf8.GetByteCount(text)];
        if (HasBom)
        {
            bytes[0] = 0xEF;
            bytes[1] = 0xBB;
            bytes[2] = 0xBF;
        }

        StrictUtf8.GetBytes(text, bytes.AsSpan(preamble));
        return bytes;
    }

    /// <summary>A writer encoding strictly as UTF-8 onto <paramref name="output"/>, the BOM first when the input had one.</summary>
    public TextWriter CreateWriter(Stream output)
    {
        if (HasBom)
        {
            output.Write([0xEF, 0xBB, 0xBF]);
        }

        return new StreamWriter(output, StrictUtf8, bufferSize: 1 << 16, leaveOpen: true);
    }

    internal static string DetectNewLine(string text)
    {
        var lf = text.IndexOf('\n', StringComparison.Ordinal);
        return lf > 0 && text[lf - 1] == '\r' ? "\r\n" : "\n";
    }

    private static void RejectWideEncodings(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 first: its little-endian BOM starts with the UTF-16 one.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw new YamlException("input is UTF-32 (byte order mark found); only UTF-8 is accepted", 1, 1);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new YamlException("input is UTF-16 (byte order mark found); only UTF-8 is accepted", 1, 1);
        }
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
