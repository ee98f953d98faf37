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
    public const string AllowNoServer = "allowNoServer";

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
                var meaning = insecureMode == TlsMode.Disabled ? "disabled" : "enabled";
                results.Add(new Result(
                    $"{Spell(insecure)} means tls {meaning}, which contradicts {Spell(tls)}: give only one of them, or both with the same meaning " +
                    "(insecure true = tls disabled, insecure false = tls enabled)",
                    Severity.Error,
                    Field: new FieldRef(insecure.FieldPath)));
                return null;
            }
        }

        return new ServerTlsConfig(
            mode,
            values.GetInt(Port) is { } port ? (int)port : null,
            values.GetBool(ValidateOnly) ?? false,
            values.GetBool(OverrideMissingConfigMap) ?? false,
            values.GetBool(AllowNoServer) ?? false);
    }

    /// <summary>How the user wrote the value: <c>--insecure=true</c> for a flag, <c>spec.insecure: true</c> in a config.</summary>
    private static string Spell(ConfigValue value) =>
        value.FieldPath.StartsWith("--", StringComparison.Ordinal) ? $"{value.FieldPath}={value.Text}" : $"{value.FieldPath}: {value.Text}";

    private static TlsMode ParseMode(string? text) => text switch
    {
        "enabled" => TlsMode.Enabled,
        "disabled" => TlsMode.Disabled,
        _ => TlsMode.Auto,
    };
}
