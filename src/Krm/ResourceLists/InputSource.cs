namespace Krm.ResourceLists;

/// <summary>One input as read: its display name (<c>stdin</c> or the file argument) and its bytes.</summary>
internal sealed record InputSource(string Name, ReadOnlyMemory<byte> Bytes);
