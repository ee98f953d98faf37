using Krm.Changes;
using Krm.ResourceLists;
using Krm.Results;

namespace NumaflowTls.Planning;

/// <summary>
/// One planned change: which field of which resource, its value now (null = absent), the value it
/// gets (null = removed), and why (the rule that requires it, shown to the user).
/// </summary>
/// <param name="Decides">
/// False when the install's own listener does not depend on the field (a ConfigMap key its args or a
/// later literal env override, <c>server.address</c>): such a change only tidies, and is dropped
/// rather than break another install that shares the resource.
/// </param>
public sealed record FieldChange(KrmResource Resource, string Path, FieldValue? Current, FieldValue? Proposed, string Reason, FieldEdit Edit,
    bool Decides = true);
