using System.Text;

namespace Krm.Results;

/// <summary>
/// The one-line stderr form of a result: <c>[error] apps/v1/Deployment/ns/name spec.x: message</c>,
/// or <c>… spec.x: 8443 -> 8080; message</c> for a proposed change, prefixed with
/// <c>file:line </c> in standalone mode (the 1-based line the resource starts on). Orchestrators never show results (kustomize
/// drops them), so this line is what a user actually reads; keep it on one line.
/// </summary>
internal static class ResultLine
{
    public static string Format(Result result, bool withFile)
    {
        ArgumentNullException.ThrowIfNull(result);
        var line = new StringBuilder();
        if (withFile && result.File is { } file)
            line.Append(file.Location).Append(' ');
        line.Append('[').Append(SeverityName(result.Severity)).Append(']');
        if (result.ResourceRef is { } resource)
            line.Append(' ').Append(resource);
        if (result.Field is { } field)
            line.Append(' ').Append(field.Path);
        line.Append(result.ResourceRef is null && result.Field is null ? " " : ": ");
        // A proposed change reads "current -> proposed" first: what a CI log reader scans for.
        if (result.Field is { ProposedValue: { } proposed } change)
            line.Append(change.CurrentValue?.Text ?? "(unset)").Append(" -> ").Append(proposed.Text).Append("; ");
        line.Append(OneLine(result.Message));
        return line.ToString();
    }

    /// <summary>The lower-case name the functions spec uses on the wire.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string OneLine(string message) =>
        message.Contains('\n', StringComparison.Ordinal) || message.Contains('\r', StringComparison.Ordinal)
            ? message.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ')
            : message;
}
