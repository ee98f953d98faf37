using Microsoft.Win32.SafeHandles;

namespace Krm.Hosting;

/// <summary>
/// The process's stdout. .NET's console stream drops EPIPE silently (`fn | head -c 10` would exit
/// 0 having lost the output), so a pipe or socket is written through a FileStream, which reports
/// it. A file or terminal keeps the console stream: it writes at the descriptor's shared offset,
/// where a FileStream would write at its own (`{ fn; echo; } > out` would overwrite).
/// </summary>
internal static class StandardOutput
{
    public static Stream Open()
    {
        try
        {
            var pipe = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (!pipe.CanSeek)
                return pipe;
            pipe.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A closed descriptor: the console stream's first write reports it.
        }
        return Console.OpenStandardOutput();
    }
}
