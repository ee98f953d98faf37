using System.Text.RegularExpressions;

namespace NumaflowTls.Tests.Golden;

/// <summary>
/// An absent field whose default gives the mode is consistent, and a run leaves it absent;
/// a later run in the other mode writes it, and coming back writes its default explicitly. This
/// erases the explicit defaults (<c>server.insecure: "false"</c> with the blank line the function
/// puts before a key it adds, probe <c>scheme: HTTP</c>; in flow and JSON style too) so such outputs compare field for field.
/// </summary>
internal static partial class DefaultedFields
{
    [GeneratedRegex(@"(\n[ \t]*)?\n[ \t]*server\.insecure: ""false""[ \t]*(?=\n)")]
    private static partial Regex InsecureFalse();

    [GeneratedRegex(@"(?<=\{)""?server\.insecure""?: ""false""(, )?|,\s*""?server\.insecure""?: ""false""(?=[\s,}])")]
    private static partial Regex FlowInsecureFalse();

    [GeneratedRegex(@"\n[ \t]*scheme: HTTP[ \t]*(?=\n)")]
    private static partial Regex BlockSchemeHttp();

    [GeneratedRegex(@",\s*""?scheme""?: ""?HTTP""?(?=[\s,}])")]
    private static partial Regex FlowSchemeHttp();

    public static string Erase(string text) =>
        FlowSchemeHttp().Replace(BlockSchemeHttp().Replace(FlowInsecureFalse().Replace(InsecureFalse().Replace(text, ""), ""), ""), "");
}
