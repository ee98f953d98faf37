using System.Text;
using Krm.Hosting;
using Krm.ResourceLists;
using Krm.Results;

namespace Krm.Tests.Hosting;

/// <summary>
/// A UTF-16 (a PowerShell redirect) or UTF-32 input with a BOM is read, edited and written back in
/// its own encoding with the same BOM; only the edited text differs.
/// </summary>
public class WideEncodingTests
{
    private const string Stream = "apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: cm # ünïcode\r\ndata:\r\n  port: \"8443\"\r\n";

    private static void EditPort(ResourceList list, TestConfig config, ResultSink results) =>
        list.Items[0].Node["data"]!.Set("port", "8080");

    public static TheoryData<string> Encodings() => new("utf-16", "utf-16BE", "utf-32", "utf-32BE");

    private static byte[] WithBom(string text, Encoding encoding) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    private static Encoding Named(string name) => name switch
    {
        "utf-16" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        "utf-32" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_wide_stream_comes_back_in_its_encoding_with_its_bom(string name)
    {
        var encoding = Named(name);

        var run = HostRun.Of(WithBom(Stream, encoding), EditPort);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(WithBom(Stream.Replace("\"8443\"", "\"8080\"", StringComparison.Ordinal), encoding), run.StdoutBytes);
    }

    [Fact]
    public void A_wide_stream_left_alone_is_the_same_bytes()
    {
        var input = WithBom(Stream, Named("utf-16"));

        var run = HostRun.Of(input, TestFunction.Nothing);

        Assert.Equal(input, run.StdoutBytes);
    }

    [Fact]
    public void A_wide_resource_list_comes_back_as_a_resource_list_in_its_encoding()
    {
        var input = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: cm}\n  data: {port: \"8443\"}\n";
        var encoding = Named("utf-16");

        var run = HostRun.Of(WithBom(input, encoding), EditPort);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(WithBom(input.Replace("\"8443\"", "\"8080\"", StringComparison.Ordinal), encoding), run.StdoutBytes);
    }

    [Fact]
    public void Several_files_join_in_the_first_files_encoding()
    {
        var dir = Directory.CreateTempSubdirectory("krm-wide-").FullName;
        try
        {
            var one = Path.Combine(dir, "one.yaml");
            var two = Path.Combine(dir, "two.yaml");
            File.WriteAllBytes(one, WithBom(Stream, Named("utf-16")));
            File.WriteAllText(two, "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n");

            var run = HostRun.Of([], TestFunction.Nothing, one, two);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Equal(WithBom(Stream + "---\napiVersion: v1\nkind: Secret\nmetadata: {name: s}\n", Named("utf-16")), run.StdoutBytes);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
