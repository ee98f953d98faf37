namespace Krm.ResourceLists;

/// <summary>An orchestrator annotation the function's edits touched (<see cref="Item"/>/<see cref="Key"/> null when the item itself is gone).</summary>
internal sealed record AnnotationViolation(KrmResource? Item, string? Key, string What);
