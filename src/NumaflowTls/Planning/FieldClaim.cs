using Krm.ResourceLists;
using Krm.Results;

namespace NumaflowTls.Planning;

/// <summary>
/// A field one install relies on, with the value it needs there, whether its plan changes the field
/// or found it right (an absent field that defaults to the value counts as right). Two installs
/// sharing a resource are checked against each other's claims, not only each other's changes.
/// </summary>
/// <param name="Decides">The install's listener (or traffic to it) depends on the value; false: a tidy-up only.</param>
public sealed record FieldClaim(KrmResource Resource, string Path, FieldValue? Value, bool Decides);
