using Krm.Changes;
using Krm.ResourceLists;
using Krm.Results;
using Krm.Yaml;

namespace NumaflowTls.Planning;

/// <summary>
/// Collects the changes of one plan. Every method compares with the current value first and adds
/// nothing when the field already agrees: that is what makes a second run change nothing.
/// </summary>
internal sealed class PlanBuilder
{
    private readonly List<FieldChange> changes = [];
    private readonly List<PlanFinding> findings = [];
    private readonly List<FieldClaim> claims = [];

    public Plan Build() => new(changes, findings, claims);

    /// <summary>Records that the install needs <paramref name="value"/> at a field it leaves as it is.</summary>
    public void Require(KrmResource resource, string path, FieldValue? value, bool decides = true) =>
        claims.Add(new FieldClaim(resource, path, value, decides));

    private void Change(FieldChange change)
    {
        changes.Add(change);
        claims.Add(new FieldClaim(change.Resource, change.Path, change.Proposed, change.Decides));
    }

    public void Warn(KrmResource resource, string message, string? path = null) =>
        findings.Add(new PlanFinding(Severity.Warning, message, resource, path));

    public void Fail(KrmResource resource, string message, string? path = null) =>
        findings.Add(new PlanFinding(Severity.Error, message, resource, path));

    /// <summary>Sets <paramref name="key"/> of <paramref name="mapping"/> to a string (quoted when it would not read back as one).</summary>
    public void SetString(KrmResource resource, string path, YamlNode mapping, string key, string value, string reason, bool decides = true)
    {
        var node = mapping[key];
        if (node is not null && !node.IsNull && node.Value == value && node.IsString)
        {
            Require(resource, path, FieldValue.FromString(value), decides);
            return;
        }
        FieldEdit edit = node is { Kind: YamlNodeKind.Scalar }
            ? new FieldEdit.SetScalar(node, YamlValue.String(value))
            : new FieldEdit.SetKey(mapping, key, YamlValue.String(value));
        Change(new FieldChange(resource, path, Current(node), FieldValue.FromString(value), reason, edit, decides));
    }

    /// <summary>Sets <paramref name="key"/> of <paramref name="mapping"/> to an integer.</summary>
    public void SetInt(KrmResource resource, string path, YamlNode mapping, string key, long value, string reason)
    {
        var node = mapping[key];
        if (node is not null && node.TryGetInt(out var current) && current == value)
        {
            Require(resource, path, FieldValue.FromInt(value));
            return;
        }
        // A quoted scalar keeps its quotes under SetInt (the document's type is kept); a port name
        // becoming a number must lose them, so that case replaces the whole value.
        FieldEdit edit = node is { Kind: YamlNodeKind.Scalar, Style: ScalarStyle.Plain }
            ? new FieldEdit.SetScalar(node, YamlValue.Int(value))
            : new FieldEdit.SetKey(mapping, key, YamlValue.Int(value));
        Change(new FieldChange(resource, path, Current(node), FieldValue.FromInt(value), reason, edit));
    }

    /// <summary>Replaces a string item of a sequence (an argument).</summary>
    public void SetItem(KrmResource resource, string path, YamlNode item, string value, string reason)
    {
        if (item.Value == value)
        {
            Require(resource, path, FieldValue.FromString(value));
            return;
        }
        Change(new FieldChange(resource, path, Current(item), FieldValue.FromString(value), reason,
            new FieldEdit.SetScalar(item, YamlValue.String(value))));
    }

    public void RemoveItem(KrmResource resource, string path, YamlNode sequence, int index, string reason) =>
        Change(new FieldChange(resource, path, Current(sequence[index]), null, reason, new FieldEdit.RemoveItem(sequence, index)));

    public void InsertItem(KrmResource resource, string path, YamlNode sequence, int index, string value, string reason) =>
        Change(new FieldChange(resource, path, null, FieldValue.FromString(value), reason,
            new FieldEdit.InsertItem(sequence, index, YamlValue.String(value))));

    public void AppendItem(KrmResource resource, string path, YamlNode sequence, YamlValue value, FieldValue shown, string reason) =>
        Change(new FieldChange(resource, path, null, shown, reason, new FieldEdit.InsertItem(sequence, sequence.Items.Count, value)));

    public void AddKey(KrmResource resource, string path, YamlNode mapping, string key, YamlValue value, FieldValue shown, string reason, bool decides = true) =>
        Change(new FieldChange(resource, path, null, shown, reason, new FieldEdit.SetKey(mapping, key, value), decides));

    /// <summary>Renames a mapping key in place (its value, comments and position stay), e.g. a block named for a protocol.</summary>
    public void RenameKey(KrmResource resource, string path, YamlNode key, string newKey, string reason) =>
        Change(new FieldChange(resource, path + "(key)", Current(key), FieldValue.FromString(newKey), reason, new FieldEdit.SetScalar(key, YamlValue.String(newKey))));

    private static FieldValue? Current(YamlNode? node)
    {
        if (node is null)
            return null;
        if (node.Value is not { } text || (node.IsNull && !node.IsString))
            return null;
        if (!node.IsString && node.TryGetInt(out var n))
            return FieldValue.FromInt(n);
        if (!node.IsString && node.TryGetBool(out var b))
            return FieldValue.FromBool(b);
        return FieldValue.FromString(text);
    }
}
