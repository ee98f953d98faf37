using Krm.Config;
using Krm.Yaml;
using NumaflowTls.Configuration;

namespace NumaflowTls.Tests.Configuration;

/// <summary>function.yaml is the published KRMFunctionDefinition and the schema the binary enforces.</summary>
public class FunctionYamlTests
{
    private static string RepositoryFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KrmFn.sln")))
                return Path.Combine(dir.FullName, name);
        }
        throw new FileNotFoundException("KrmFn.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Embedded_definition_is_the_repository_function_yaml()
    {
        Assert.Equal(File.ReadAllText(RepositoryFile("function.yaml")), ServerTlsCommand.FunctionYaml());
    }

    [Fact]
    public void Definition_is_a_kep_2906_krm_function_definition()
    {
        var root = YamlSource.Parse(ServerTlsCommand.FunctionYaml()).Documents[0];
        var version = root.At("spec", "versions")![0]!;

        Assert.Equal("config.kubernetes.io/v1alpha1", root.GetString("apiVersion"));
        Assert.Equal("KRMFunctionDefinition", root.GetString("kind"));
        Assert.Equal("krmfn.dev", root.At("spec", "group")?.Value);
        Assert.Equal("NumaflowServerTLS", root.At("spec", "names", "kind")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(root.At("spec", "description")?.Value));
        Assert.Equal(["mutator", "validator"], root.At("spec", "tags")!.Items.Select(t => t.Value));
        Assert.Equal("v1alpha1", version.GetString("name"));
        Assert.True(version["idempotent"]!.TryGetBool(out var idempotent) && idempotent);
        Assert.Equal("ghcr.io/krmfn/numaflow-tls:v0.1.0", version.At("runtime", "container", "image")?.Value);
        Assert.NotEmpty(version["examples"]!.Items);
        Assert.NotNull(version.GetString("usage"));
    }

    [Fact]
    public void Spec_schema_describes_every_config_field()
    {
        var spec = ServerTlsCommand.Definition().SpecSchema;

        Assert.False(spec.AdditionalProperties);
        Assert.Equal(["tls", "insecure", "port", "validateOnly", "overrideMissingConfigMap", "allowNoServer"], spec.Properties.Select(p => p.Name));
        Assert.Equal(SchemaType.Boolean, spec.Property("allowNoServer")!.Type);
        Assert.Equal("false", spec.Property("allowNoServer")!.Default);
        Assert.All(spec.Properties, p => Assert.False(string.IsNullOrWhiteSpace(p.Schema.Description)));
        Assert.Equal(["enabled", "disabled", "auto"], spec.Property("tls")!.Enum);
        Assert.Equal("auto", spec.Property("tls")!.Default);
        Assert.Equal(SchemaType.Integer, spec.Property("port")!.Type);
        Assert.Equal((1L, 65535L), (spec.Property("port")!.Minimum!.Value, spec.Property("port")!.Maximum!.Value));
        Assert.Equal(SchemaType.Boolean, spec.Property("insecure")!.Type);
    }
}
