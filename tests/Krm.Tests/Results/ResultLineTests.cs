using Krm.Results;

namespace Krm.Tests.Results;

public class ResultLineTests
{
    private static readonly ResourceRef Deployment = new("apps/v1", "Deployment", "name", "ns");

    [Fact]
    public void Error_line_names_resource_field_and_message()
    {
        var line = ResultLine.Format(new Result("message", Severity.Error, Deployment, new FieldRef("spec.x")), withFile: false);

        Assert.Equal("[error] apps/v1/Deployment/ns/name spec.x: message", line);
    }

    [Fact]
    public void Cluster_scoped_resource_has_no_namespace_segment()
    {
        var line = ResultLine.Format(new Result("m", Severity.Warning, new ResourceRef("v1", "Namespace", "numaflow")), withFile: false);

        Assert.Equal("[warning] v1/Namespace/numaflow: m", line);
    }

    [Fact]
    public void Standalone_line_is_prefixed_with_file_and_the_line_the_resource_starts_on()
    {
        var result = new Result("m", Severity.Error, Deployment, File: new FileRef("in.yaml", 3) { Line = 42 });

        Assert.Equal("in.yaml:42 [error] apps/v1/Deployment/ns/name: m", ResultLine.Format(result, withFile: true));
    }

    [Fact]
    public void Without_a_line_the_prefix_is_file_and_index()
    {
        var result = new Result("m", Severity.Error, Deployment, File: new FileRef("in.yaml", 3));

        Assert.Equal("in.yaml:3 [error] apps/v1/Deployment/ns/name: m", ResultLine.Format(result, withFile: true));
        Assert.Equal("[error] apps/v1/Deployment/ns/name: m", ResultLine.Format(result, withFile: false));
    }

    [Fact]
    public void Result_without_resource_is_severity_and_message()
    {
        Assert.Equal("[warning] no numaflow-server Deployment found",
            ResultLine.Format(new Result("no numaflow-server Deployment found", Severity.Warning), withFile: true));
    }

    [Fact]
    public void Multi_line_message_stays_on_one_line()
    {
        var line = ResultLine.Format(new Result("a\nb\r\nc", Severity.Info), withFile: false);

        Assert.Equal("[info] a b c", line);
    }

    [Fact]
    public void Proposed_change_shows_current_and_proposed_value_before_the_message()
    {
        var result = new Result("probe must follow the mode", Severity.Error, Deployment,
            new FieldRef("spec.template.spec.containers[name=main].livenessProbe.httpGet.port", 8443, 8080), new FileRef("in.yaml", 0));

        Assert.Equal("in.yaml:0 [error] apps/v1/Deployment/ns/name spec.template.spec.containers[name=main].livenessProbe.httpGet.port: 8443 -> 8080; probe must follow the mode",
            ResultLine.Format(result, withFile: true));
    }

    [Fact]
    public void Proposed_value_for_an_absent_field_shows_unset()
    {
        var result = new Result("add scheme", Severity.Info, Deployment, new FieldRef("spec.x.scheme", null, "HTTPS"));

        Assert.Equal("[info] apps/v1/Deployment/ns/name spec.x.scheme: (unset) -> HTTPS; add scheme", ResultLine.Format(result, withFile: false));
    }
}
