using Krm.Results;
using Krm.Yaml;

namespace Krm.ResourceLists;

/// <summary>A result as the functions spec writes it (kyaml <c>framework.Result</c> field names and order).</summary>
internal static class ResultYaml
{
    public static YamlValue ToYaml(Result result)
    {
        var entries = new List<(string, YamlValue)>
        {
            ("message", result.Message),
            ("severity", ResultLine.SeverityName(result.Severity)),
        };
        if (result.ResourceRef is { } resource)
        {
            var reference = new List<(string, YamlValue)>
            {
                ("apiVersion", resource.ApiVersion),
                ("kind", resource.Kind),
                ("name", resource.Name),
            };
            if (!string.IsNullOrEmpty(resource.Namespace))
                reference.Add(("namespace", resource.Namespace));
            entries.Add(("resourceRef", YamlValue.Map([.. reference])));
        }
        if (result.Field is { } field)
        {
            var fieldEntries = new List<(string, YamlValue)> { ("path", field.Path) };
            if (field.CurrentValue is { } current)
                fieldEntries.Add(("currentValue", ToYaml(current)));
            if (field.ProposedValue is { } proposed)
                fieldEntries.Add(("proposedValue", ToYaml(proposed)));
            entries.Add(("field", YamlValue.Map([.. fieldEntries])));
        }
        if (result.File is { } file)
        {
            var fileEntries = new List<(string, YamlValue)> { ("path", file.Path) };
            if (file.Index is { } index)
                fileEntries.Add(("index", index));
            entries.Add(("file", YamlValue.Map([.. fileEntries])));
        }
        if (result.Tags is { Count: > 0 } tags)
        {
            // Sorted, so the output bytes do not depend on dictionary order.
            entries.Add(("tags", YamlValue.Map([.. tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, (YamlValue)t.Value))])));
        }
        return YamlValue.Map([.. entries]);
    }

    private static YamlValue ToYaml(FieldValue value) => value.Kind switch
    {
        FieldValueKind.Number => YamlValue.Int(long.Parse(value.Text, System.Globalization.CultureInfo.InvariantCulture)),
        FieldValueKind.Boolean => YamlValue.Bool(value.Text == "true"),
        _ => YamlValue.String(value.Text),
    };
}
