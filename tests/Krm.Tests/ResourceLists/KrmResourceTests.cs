using System.Text;
using Krm.ResourceLists;

namespace Krm.Tests.ResourceLists;

public class KrmResourceTests
{
    private static KrmResource Item(string annotations) =>
        ResourceListReader.Read([new InputSource("stdin", Encoding.UTF8.GetBytes($$"""
            apiVersion: config.kubernetes.io/v1
            kind: ResourceList
            items:
            - apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: server
                namespace: numaflow-system
                labels: {app.kubernetes.io/component: numaflow-ux}
                annotations:
            {{annotations}}
            """))]).Items[0];

    [Fact]
    public void File_comes_from_the_path_and_index_annotations()
    {
        var item = Item("      config.kubernetes.io/path: 'base/server.yaml'\n      config.kubernetes.io/index: '2'\n      internal.config.kubernetes.io/path: other.yaml");

        Assert.Equal(new Krm.Results.FileRef("base/server.yaml", 2), item.File);
    }

    [Fact]
    public void File_falls_back_to_the_internal_annotations()
    {
        var item = Item("      internal.config.kubernetes.io/path: 'server.yaml'\n      internal.config.kubernetes.io/index: '0'");

        Assert.Equal(new Krm.Results.FileRef("server.yaml", 0), item.File);
    }

    [Fact]
    public void File_never_uses_package_path_or_an_absolute_path()
    {
        Assert.Null(Item("      internal.config.kubernetes.io/package-path: /home/me/pkg").File);
        Assert.Null(Item("      config.kubernetes.io/path: /home/me/pkg/server.yaml").File);
    }

    [Fact]
    public void Identity_labels_and_annotations_are_read_from_the_node()
    {
        var item = Item("      a: '1'");

        Assert.Equal("apps/v1/Deployment/numaflow-system/server", item.Ref.ToString());
        Assert.Equal("numaflow-ux", item.Labels["app.kubernetes.io/component"]);
        Assert.Equal("1", item.GetAnnotation("a"));
        Assert.Null(item.GetAnnotation("b"));
    }
}
