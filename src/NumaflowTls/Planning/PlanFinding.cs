using Krm.ResourceLists;
using Krm.Results;

namespace NumaflowTls.Planning;

/// <summary>Something the plan cannot fix or wants the user to know: consistency that cannot be guaranteed is never claimed.</summary>
public sealed record PlanFinding(Severity Severity, string Message, KrmResource Resource, string? Path = null);
