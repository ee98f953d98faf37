using System.Text;
using Krm.Config;

namespace Krm.Hosting;

/// <summary><c>--help</c>, generated from the function definition so the config reference cannot drift from the schema.</summary>
internal static class HelpText
{
    private const int Width = 100;

    public static string Build<TConfig>(HostedFunction<TConfig> function, IReadOnlyList<FunctionFlag> flags)
        where TConfig : class
    {
        var definition = function.Definition;
        var help = new StringBuilder();
        help.AppendLine($"{function.Name} {function.Version}");
        Wrap(help, definition.Description, "");
        help.AppendLine();
        help.AppendLine("Usage:");
        help.AppendLine($"  {function.Name} < resourcelist.yaml            KRM function: ResourceList in, ResourceList out");
        help.AppendLine($"  {function.Name} [flags] [FILE|-]...            standalone: YAML stream(s) in, stream out");
        help.AppendLine();
        var fields = definition.FieldsRoot is { } root ? $" {root}" : "";
        help.AppendLine($"Config: functionConfig {definition.Kind} ({definition.ApiVersion}){fields}, or ConfigMap data");
        help.AppendLine("(strings), or these flags, which override the functionConfig:");
        foreach (var property in definition.FieldsSchema.Properties)
        {
            var schema = property.Schema;
            // The camelCase spelling is accepted but not advertised when a kebab-case one exists.
            var names = flags.Where(f => f.Key == property.Name).Select(f => "--" + f.Name).ToList();
            if (property.Name.Any(char.IsUpper))
                names.Remove("--" + property.Name);
            var value = schema.Type == SchemaType.Boolean ? "" : $" {schema.Describe()}";
            help.AppendLine($"  {string.Join(", ", names)}{value}");
            var defaults = schema.Default is { } d ? $" (default {d})" : "";
            Wrap(help, $"{property.Name}: {schema.Describe()}{defaults}. {schema.Description}", "      ");
        }
        help.AppendLine();
        help.AppendLine("Flags:");
        help.AppendLine("  --diff          print a unified diff of what would change instead of the output");
        help.AppendLine("                  (exit 0 whether or not anything would change; --validate is the gate)");
        help.AppendLine("  --config FILE   read the functionConfig from FILE");
        help.AppendLine("  -q, --quiet     no summary line of what was changed (standalone mode); warnings and");
        help.AppendLine("                  errors still print");
        help.AppendLine("  -v, --verbose   debug logging and per-phase timings on stderr");
        help.AppendLine("  --stack         print stack traces of internal errors");
        help.AppendLine("  --version       print the version");
        help.AppendLine("  -h, --help      print this help");
        if (function.Examples.Length > 0)
        {
            help.AppendLine();
            help.AppendLine("Examples:");
            help.Append(function.Examples);
            if (!function.Examples.EndsWith('\n'))
                help.AppendLine();
        }
        help.AppendLine();
        help.AppendLine("Exit codes: 0 ok (warnings allowed); 1 error results (a ResourceList still carries its items");
        help.AppendLine("and the results; a standalone stream writes nothing), or the output could not be written;");
        help.AppendLine("2 usage error or unreadable input (nothing written to stdout). Standalone stderr lines start");
        help.AppendLine("with FILE:LINE, the line the resource starts on. Boolean flags take no separate value:");
        help.AppendLine("--insecure=false. --diff names files relative to the current directory (from / outside it:");
        help.AppendLine("apply with patch -p1 -d /); stdin is named stdin.");
        return help.ToString();
    }

    private static void Wrap(StringBuilder help, string text, string indent)
    {
        var line = new StringBuilder(indent);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > indent.Length && line.Length + 1 + word.Length > Width)
            {
                help.AppendLine(line.ToString());
                line.Clear().Append(indent);
            }
            if (line.Length > indent.Length)
                line.Append(' ');
            line.Append(word);
        }
        if (line.Length > indent.Length)
            help.AppendLine(line.ToString());
    }
}
