using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Krm.Yaml;

/// <summary>
/// YamlDotNet's scanner with a lookahead that never skips a token. YamlDotNet 18.1.0's parser peeks
/// twice after an anchored scalar in a flow mapping (<c>Parser.ParseNode</c>: the CXX2 check, then
/// the T833 check), and the second peek dequeues the token after the <c>,</c>, so valid
/// <c>{a: &amp;x one, b: two}</c> is refused with "did not find expected ',' or '}'". Here a peek
/// while a peeked token is still unconsumed returns that token again; the end of the stream is left
/// to the scanner, whose "no more tokens" answer the parser checks.
/// </summary>
internal sealed class LookaheadSafeScanner(Scanner scanner) : IScanner
{
    private bool _peeked;

    public Mark CurrentPosition => scanner.CurrentPosition;

    public Token? Current => scanner.Current;

    public bool MoveNext()
    {
        if (scanner.Current is not null)
        {
            ConsumeCurrent();
        }

        return MoveNextWithoutConsuming();
    }

    public bool MoveNextWithoutConsuming()
    {
        if (_peeked && scanner.Current is not (null or StreamEnd))
        {
            return true;
        }

        _peeked = scanner.MoveNextWithoutConsuming();
        return _peeked;
    }

    public void ConsumeCurrent()
    {
        _peeked = false;
        scanner.ConsumeCurrent();
    }
}
