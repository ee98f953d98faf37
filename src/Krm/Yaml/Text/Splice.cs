namespace Krm.Yaml;

/// <summary>
/// Replace the text in <c>[Start, End)</c> of the original with <see cref="Text"/>. Splices at the
/// same offset apply by <see cref="Rank"/>, then in the order recorded.
/// </summary>
internal readonly record struct Splice(int Start, int End, string Text, int Rank, int Order)
{
    /// <summary>The missing final line break goes before any line added at the end of the text.</summary>
    public const int FinalBreakRank = int.MinValue;

    /// <summary>A blank line that sets inserted lines apart from the comments above them goes before them all.</summary>
    public const int BlankLineRank = int.MinValue + 1;

    /// <summary>
    /// Whole lines inserted at one offset: the deeper one first, so a key added to a nested
    /// mapping stays inside it when its parent gains a key at the same place. At one column a
    /// sequence item goes first: a compact sequence (<c>key:\n- item</c>) sits at its key's column.
    /// </summary>
    public static int LineRank(int column, bool isItem) => -(2 * column) - (isItem ? 2 : 1);
}
