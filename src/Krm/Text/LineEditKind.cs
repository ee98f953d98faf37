namespace Krm.Text;

/// <summary>What a <see cref="LineEdit"/> does to one line.</summary>
internal enum LineEditKind
{
    Keep,
    Delete,
    Insert,
}
