namespace Krm.Testing;

/// <summary>A golden case's output differs from its <c>expected.yaml</c>; the message holds the line diff.</summary>
public sealed class GoldenMismatchException : Exception
{
    public GoldenMismatchException()
    {
    }

    public GoldenMismatchException(string message)
        : base(message)
    {
    }

    public GoldenMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
