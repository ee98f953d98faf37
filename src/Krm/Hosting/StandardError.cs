using System.Text;

namespace Krm.Hosting;

/// <summary>
/// stderr that never throws: when it is closed or full there is nowhere left to say anything, and
/// an exception from a diagnostic line must not turn a clean failure into an abort.
/// </summary>
internal sealed class StandardError(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

    public override void Flush() => Try(inner.Flush);

    private static void Try(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // Nothing can be reported: stderr itself is what failed.
        }
    }
}
