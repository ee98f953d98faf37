namespace Krm.Text;

/// <summary>
/// One step of an edit script: the 0-based positions in the old and new line lists where it
/// applies. <see cref="LineEditKind.Keep"/> and <see cref="LineEditKind.Delete"/> consume the old
/// line at <paramref name="OldIndex"/>; Keep and Insert the new line at <paramref name="NewIndex"/>.
/// </summary>
internal readonly record struct LineEdit(LineEditKind Kind, int OldIndex, int NewIndex);
