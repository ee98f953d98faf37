namespace Krm.Hosting;

/// <summary>
/// stdout as the host writes it: a write or flush that fails (a full disk, a closed descriptor, a
/// reader that went away) is remembered as <see cref="Failure"/> and later writes are dropped, so
/// the host ends with one line and a non-zero exit instead of an exception or a silent exit 0.
/// </summary>
internal sealed class OutputStream(Stream inner) : Stream
{
    /// <summary>What went wrong, in the system's words ("Broken pipe", "No space left on device"); null while all is well.</summary>
    public string? Failure { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (Failure is not null)
            return;
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (IsOutputFailure(e))
        {
            Failure = Describe(e);
        }
    }

    public override void Flush()
    {
        if (Failure is not null)
            return;
        try
        {
            inner.Flush();
        }
        catch (Exception e) when (IsOutputFailure(e))
        {
            Failure = Describe(e);
        }
    }

    /// <summary>Marks the output failed before anything was written (stdout could not be opened).</summary>
    public void Fail(string failure) => Failure ??= failure;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private static bool IsOutputFailure(Exception e) => e is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException;

    /// <summary>
    /// The runtime maps EBADF to UnauthorizedAccessException whose message, in the trimmed binary, is
    /// a resource key; the errno's own text is in the inner exception.
    /// </summary>
    private static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException { InnerException: IOException inner } => inner.Message,
        UnauthorizedAccessException => "permission denied",
        ObjectDisposedException or NotSupportedException => "stdout is closed",
        _ => e.Message,
    };
}
