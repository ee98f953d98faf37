using Krm.Config;
using Krm.Results;

namespace NumaflowTls.Configuration;

/// <summary>
/// Maps the schema-validated values onto <see cref="ServerTlsConfig"/>. The schema checks each
/// value; this checks what only makes sense together: <c>insecure</c> is a synonym of
/// <c>tls</c>, and both given with different meanings is an error (a flag still overrides the
/// functionConfig, as every flag does).
/// </summary>
public static class ServerTlsBinding
{
    public const string Tls = "tls";
    public const string Insecure = "insecure";
    public const string Port = "port";
    public const string ValidateOnly = "validateOnly";
    public const string OverrideMissingConfigMap = "overrideMissingConfigMap";

    public static ServerTlsConfig? Bind(ConfigValues values, ResultSink results)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(results);
        var tls = values[Tls];
        var mode = ParseMode(tls?.Text);
        if (values[Insecure] is { } insecure)
        {
            var insecureMode = insecure.AsBool() ? TlsMode.Disabled : TlsMode.Enabled;
            var tlsGiven = tls is not null && values.IsGiven(Tls);
            if (!tlsGiven || insecure.Origin > tls!.Origin)
            {
                mode = insecureMode;
            }
            else if (tls.Origin == insecure.Origin && insecureMode != mode)
            {
                results.Add(new Result(
                    $"{insecure.Text} contradicts {tls.FieldPath} {tls.Text} (insecure true means tls disabled, false means enabled)",
                    Severity.Error,
                    Field: new FieldRef(insecure.FieldPath, insecure.AsBool(), tls.Text)));
                return null;
            }
        }

        return new ServerTlsConfig(
            mode,
            values.GetInt(Port) is { } port ? (int)port : null,
            values.GetBool(ValidateOnly) ?? false,
            values.GetBool(OverrideMissingConfigMap) ?? false);
    }

    private static TlsMode ParseMode(string? text) => text switch
    {
        "enabled" => TlsMode.Enabled,
        "disabled" => TlsMode.Disabled,
        _ => TlsMode.Auto,
    };
}
