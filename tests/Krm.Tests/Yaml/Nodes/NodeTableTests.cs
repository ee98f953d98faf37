using System.Text;
using Krm.Yaml;

namespace Krm.Tests.Yaml;

/// <summary>
/// Nodes live in a <see cref="NodeTable"/> of records in fixed-size chunks, so the GC has no node
/// objects to trace; these shapes cross every chunk boundary (4,096 records, 32,768 child ids, a
/// run longer than a chunk, 1,024 node objects) and check the tree reads as written on both sides
/// of each.
/// </summary>
public class NodeTableTests
{
    [Fact]
    public void A_sequence_longer_than_a_child_chunk_reads_every_item_and_the_nodes_after_it()
    {
        var text = new StringBuilder("before: [x, y]\nlist:\n");
        for (var i = 0; i < 40_000; i++)
        {
            text.Append("- v").Append(i).Append('\n');
        }

        text.Append("after:\n  k: last\n");
        var root = YamlSource.Parse(text.ToString()).Documents[0];

        var list = root["list"]!;
        Assert.Equal(40_000, list.Items.Count);
        Assert.Equal("v0", list.Items[0].Value);
        Assert.Equal("v39999", list[39_999]!.Value);
        Assert.Same(list, list.Items[20_000].Parent);
        Assert.Equal(["x", "y"], root["before"]!.Items.Select(i => i.Value));
        Assert.Equal("last", root.At("after", "k")!.Value);
        Assert.Same(root, root["after"]!.Parent);
    }

    [Fact]
    public void A_wide_mapping_finds_its_last_key_and_refuses_a_duplicate_of_its_first()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("key").Append(i).Append(": ").Append(i).Append('\n');
        }

        var root = YamlSource.Parse(text.ToString()).Documents[0];
        Assert.Equal("19999", root["key19999"]!.Value);
        Assert.Equal(20_000, root.Entries.Count);

        var refused = Assert.Throws<YamlException>(() => YamlSource.Parse(text.Append("key0: again\n").ToString()));
        Assert.Contains("duplicate mapping key \"key0\"", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_small_documents_keep_their_own_children_across_record_chunks()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            text.Append("---\nname: n").Append(i).Append("\nspec:\n  ports: [").Append(i).Append(", ").Append(i + 1).Append("]\n");
        }

        var documents = YamlSource.Parse(text.ToString()).Documents;
        Assert.Equal(3_000, documents.Count);
        for (var i = 0; i < documents.Count; i += 499)
        {
            Assert.Equal($"n{i}", documents[i]["name"]!.Value);
            Assert.Equal([$"{i}", $"{i + 1}"], documents[i].At("spec", "ports")!.Items.Select(p => p.Value));
        }
    }

    [Fact]
    public void A_node_is_one_object_however_it_is_reached()
    {
        var text = new StringBuilder("a:\n  b: [1, 2]\nmany:\n");
        for (var i = 0; i < 5_000; i++)
        {
            text.Append("- ").Append(i).Append('\n');
        }

        // Deferred: "many" is built when read, after "a" was handed out, so the table grows under it.
        var root = YamlSource.Parse(SourceText.FromString(text.ToString()), DeferEverything.Instance).Documents[0];
        var a = root["a"];
        Assert.Equal(5_000, root["many"]!.Items.Count);
        Assert.Same(a, root["a"]);
        Assert.Same(root.At("a", "b"), root["a"]!.Entries[0].Value);
        Assert.Same(root.At("a", "b")!.Items[1], root.At("a", "b")![1]);
    }

    [Theory]
    [InlineData("k: 'plain'", "plain")]
    [InlineData("k: 'it''s'", "it's")]
    [InlineData("k: ''", "")]
    [InlineData("k: \"x y\"", "x y")]
    [InlineData("k: \"a\\tb\"", "a\tb")]
    [InlineData("k: \"a\\\"b\"", "a\"b")]
    [InlineData("k: \"one\n  two\"", "one two")]
    [InlineData("k: 'one\n\n  two'", "one\ntwo")]
    [InlineData("k: !!str 'tagged'", "tagged")]
    [InlineData("k: &a 'anchored'\nj: *a", "anchored")]
    public void Quoted_values_read_as_the_parser_gives_them(string yaml, string value)
    {
        var node = YamlSource.Parse(yaml).Documents[0]["k"]!;
        Assert.Equal(value, node.Value);
        Assert.True(node.IsString);
    }
}
