using Krm.ResourceLists;
using Krm.Results;

namespace Krm.Changes;

/// <summary>
/// One planned change: which field of which resource, its value now (null: absent), the value it
/// gets (null: removed), why, and the edit that makes it.
/// </summary>
public sealed record FieldChange(KrmResource Resource, string Path, FieldValue? Current, FieldValue? Proposed, string Reason, FieldEdit Edit);
