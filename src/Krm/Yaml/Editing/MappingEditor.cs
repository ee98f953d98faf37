namespace Krm.Yaml;

/// <summary>
/// Adds, replaces and removes mapping entries as splices, including
/// a null value with comments after it and flow mappings.
/// </summary>
internal static class MappingEditor
{
    public static void Set(YamlNode target, string key, YamlValue value)
    {
        if (target.Kind == YamlNodeKind.Scalar && target.IsNull)
        {
            Create(target, key, value, AddUnderNull);
            return;
        }

        if (target.Kind != YamlNodeKind.Mapping)
        {
            throw target.Refusal($"cannot set key \"{key}\" on a {Describe(target)}");
        }

        Refusals.CheckEditableMapping(target);
        var entry = target.FindEntry(key);
        // A key present only through "<<" gets its own entry: it overrides the merged one here
        // and leaves the shared anchored mapping alone.
        if (entry is { Merged: false } found)
        {
            Replace(found, value);
        }
        else if (target.IsFlow)
        {
            Create(target, key, value, AddFlow);
        }
        else
        {
            Create(target, key, value, AddBlock);
        }
    }

    /// <summary>Adds a new entry once: the same entry again is no change, another value for it a conflict.</summary>
    private static void Create(YamlNode target, string key, YamlValue value, Action<YamlNode, string, YamlValue> add)
    {
        var source = target.Source;
        if (source.Ledger.CreationOf(target, key) is { } earlier)
        {
            if (EditLedger.Same(earlier.Value, value))
            {
                return;
            }

            throw EditLedger.Conflict(target, $"key \"{key}\" added as {earlier.Value}, then as {value}");
        }

        var from = source.EditMark;
        add(target, key, value);
        source.Ledger.Created(target, key, value, from, source.EditMark);
    }

    public static void Remove(YamlNode target, string key)
    {
        if (target.Kind != YamlNodeKind.Mapping)
        {
            throw target.Refusal($"cannot remove key \"{key}\" from a {Describe(target)}");
        }

        Refusals.CheckEditableMapping(target);
        var entry = target.FindEntry(key);
        if (entry is null)
        {
            // A key an earlier edit added: removing it drops that edit.
            if (target.Source.Ledger.CreationOf(target, key) is { } created)
            {
                target.Source.RemoveSplices(created.From, created.To);
                target.Source.Ledger.Forget(target, key);
            }

            return;
        }

        if (entry.Value.Merged)
        {
            throw target.Refusal($"key \"{key}\" comes only from a << merge key (line {entry.Value.RawKey.Line}); it cannot be removed here");
        }

        var source = target.Source;
        var text = source.Text;
        var children = target.RawChildren;
        var index = entry.Value.KeyIndex;
        var rawKey = entry.Value.RawKey;
        var rawValue = entry.Value.RawValue;
        Refusals.CheckEditableKey(rawKey);
        Refusals.CheckRemovable(rawKey);
        Refusals.CheckRemovable(rawValue);
        if (!YamlNode.Claim(rawValue, null))
        {
            return;
        }

        if (target.IsFlow)
        {
            Collections.RemoveFlowElement(source, children, index, 2);
            return;
        }

        if (children.Count == 2)
        {
            // The last entry: the mapping becomes {} rather than a null.
            Collections.ReplaceWithEmpty(target, rawKey.Start, "{}");
        }
        else if (BlockLayout.StartsLine(text, rawKey.Start))
        {
            source.AddSplice(TextScan.LineStart(text, rawKey.Start), BlockLayout.LineEnd(rawValue), string.Empty);
        }
        else
        {
            // "- a: 1\n  b: 2": the next key moves up behind the dash.
            source.AddSplice(rawKey.Start, children[index + 2].Start, string.Empty);
        }
    }

    private static void Replace(RawEntry entry, YamlValue value)
    {
        var current = entry.Value;
        Refusals.CheckEditableKey(entry.RawKey);
        if (value.IsScalar && current.Kind == YamlNodeKind.Scalar)
        {
            if (!YamlNode.Claim(current, value))
            {
                return;
            }

            switch (value.Kind)
            {
                case YamlValueKind.String:
                    ScalarEditor.SetString(current, value.Text!);
                    break;
                default:
                    ScalarEditor.SetTyped(current, value.Kind == YamlValueKind.Null ? "null" : value.Text!);
                    break;
            }

            return;
        }

        var raw = entry.RawValue;
        if (raw.AliasTarget is not null || raw.Anchor is not null || raw.IsAliased)
        {
            throw raw.Refusal($"cannot replace the value of \"{entry.Key.Value}\": it is an anchor or alias other nodes may share");
        }

        if (!YamlNode.Claim(raw, value))
        {
            return;
        }

        var mapping = entry.Mapping;
        var source = mapping.Source;
        if (mapping.IsFlow)
        {
            source.AddSplice(raw.Start, raw.End, ValueRenderer.Flow(value, json: Collections.UsesJsonQuotes(mapping)));
            return;
        }

        var keyIndent = BlockLayout.ColumnIndex(source.Text, entry.RawKey.Start);
        var from = BlockLayout.AfterColon(entry.RawKey);
        var to = Math.Max(from, raw.Start == raw.End ? raw.End : BlockLayout.TokenEnd(raw));
        source.AddSplice(from, to, ValueRenderer.AfterKey(value, keyIndent, source.NewLine));
    }

    private static void AddBlock(YamlNode mapping, string key, YamlValue value)
    {
        var source = mapping.Source;
        var text = source.Text;
        var children = mapping.RawChildren;
        var column = BlockLayout.ColumnIndex(text, children[0].Start);
        var afterLast = BlockLayout.LineEnd(children[^1]);
        var at = BlockLayout.SkipOwnedComments(text, afterLast, column);
        // yaml.v3-based orchestrators (kpt) read comment lines at the key column right above a key as
        // its head comment, then restore the original foot comment of the previous entry as well: the
        // block would appear twice in the user's file. A blank line keeps the comments with the
        // previous entry (measured with kpt fn eval on the v1.8.3 ConfigMap).
        var afterComments = at > afterLast && TextScan.Indentation(text, TextScan.LineStart(text, at - 1)) == column;
        Collections.InsertLine(source, at, ValueRenderer.Entry(key, value, column, source.NewLine), children[^1], blankLineBefore: afterComments);
    }

    private static void AddFlow(YamlNode mapping, string key, YamlValue value)
    {
        var source = mapping.Source;
        var json = Collections.UsesJsonQuotes(mapping);
        var entry = ValueRenderer.Key(key, flow: true, json) + ": " + ValueRenderer.Flow(value, json);
        Collections.AppendFlowElement(mapping, entry);
    }

    /// <summary>
    /// <c>data:</c> with nothing (or <c>~</c>) after it, maybe followed by comment lines: drop the
    /// explicit null token and put an indented block under the key, after those comments.
    /// </summary>
    private static void AddUnderNull(YamlNode target, string key, YamlValue value)
    {
        var source = target.Source;
        var text = source.Text;
        var parent = target.Parent;
        if (target.IsFlow)
        {
            Refusals.CheckEditableScalarPosition(target);
            var json = parent is not null && Collections.UsesJsonQuotes(parent);
            var flowEntry = "{" + ValueRenderer.Key(key, flow: true, json) + ": " + ValueRenderer.Flow(value, json) + "}";
            ScalarEditor.SetRaw(target, flowEntry);
            return;
        }

        if (parent is not { Kind: YamlNodeKind.Mapping })
        {
            throw target.Refusal($"cannot add key \"{key}\" to an empty value outside a mapping");
        }

        var rawKey = FindRawKey(parent, target);
        var keyColumn = BlockLayout.ColumnIndex(text, rawKey.Start);
        if (target.Value!.Length > 0)
        {
            // "data: ~": remove the token (and the spaces before it), keep any properties.
            var tokenStart = TextScan.SkipProperties(text, target.Start, target.End);
            var from = tokenStart;
            while (from > 0 && text[from - 1] == ' ' && from - 1 >= BlockLayout.AfterColon(rawKey))
            {
                from--;
            }

            source.AddSpliceOnce(from, target.End, string.Empty);
        }

        var at = TextScan.NextLineStart(text, Math.Max(target.End, BlockLayout.TokenEnd(rawKey)));
        at = BlockLayout.SkipOwnedComments(text, at, keyColumn + 1);
        Collections.InsertLine(source, at, ValueRenderer.Entry(key, value, keyColumn + 2, source.NewLine), target);
    }

    private static YamlNode FindRawKey(YamlNode mapping, YamlNode value)
    {
        var children = mapping.RawChildren;
        for (var i = 1; i < children.Count; i += 2)
        {
            if (ReferenceEquals(children[i], value))
            {
                return children[i - 1];
            }
        }

        throw value.Refusal("cannot add a key here: the empty value is reached through an alias");
    }

    private static string Describe(YamlNode node) => node.Kind switch
    {
        YamlNodeKind.Scalar => "scalar",
        YamlNodeKind.Sequence => "sequence",
        _ => "mapping",
    };
}
