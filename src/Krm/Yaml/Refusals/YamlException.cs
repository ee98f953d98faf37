namespace Krm.Yaml;

/// <summary>
/// Input the YAML document refuses to read or an edit it refuses to make. The message is one line;
/// <see cref="Line"/> and <see cref="Column"/> are 1-based (0 when no position applies).
/// </summary>
public sealed class YamlException : Exception
{
    /// <summary>A refusal without a message or position.</summary>
    public YamlException()
    {
    }

    /// <summary>A refusal without a position.</summary>
    public YamlException(string message)
        : base(message)
    {
    }

    /// <summary>A refusal without a position, caused by <paramref name="innerException"/>.</summary>
    public YamlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A refusal at a 1-based <paramref name="line"/> and <paramref name="column"/>; the message gets a <c>line L, column C:</c> prefix.</summary>
    public YamlException(string message, int line, int column, Exception? innerException = null)
        : base(FormatMessage(message, line, column), innerException)
    {
        Line = line;
        Column = column;
        Reason = OneLine(message);
    }

    /// <summary>1-based line of the offending text, 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending text, 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The message without the position prefix.</summary>
    public string? Reason { get; }

    /// <summary>The node an edit refusal is about: the host names the item and field from it.</summary>
    internal YamlNode? Node { get; init; }

    private static string FormatMessage(string message, int line, int column) =>
        line > 0 ? $"line {line}, column {column}: {OneLine(message)}" : OneLine(message);

    private static string OneLine(string message) =>
        message.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
