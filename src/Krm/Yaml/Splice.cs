namespace Krm.Yaml;

/// <summary>Replace the text in <c>[Start, End)</c> of the original with <see cref="Text"/>.</summary>
internal readonly record struct Splice(int Start, int End, string Text, int Order);
