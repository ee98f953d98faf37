using Krm.ResourceLists;
using Krm.Results;

namespace NumaflowTls.Planning;

/// <summary>
/// One planned change: which field of which resource, its value now (null = absent), the value it
/// gets (null = removed), and why (the rule of the spec that requires it).
/// </summary>
public sealed record FieldChange(KrmResource Resource, string Path, FieldValue? Current, FieldValue? Proposed, string Reason, Edit Edit);
