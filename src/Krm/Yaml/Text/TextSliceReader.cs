namespace Krm.Yaml;

/// <summary>
/// A <see cref="TextReader"/> over part of a string, optionally after some spaces: the parser reads a
/// document or a deferred collection in place, without a copy of a possibly large text.
/// </summary>
internal sealed class TextSliceReader : TextReader
{
    private readonly string _text;
    private readonly int _end;
    private int _spaces;
    private int _position;

    public TextSliceReader(string text, int start, int end, int leadingSpaces = 0)
    {
        _text = text;
        _position = start;
        _end = end;
        _spaces = leadingSpaces;
    }

    public override int Peek() => _spaces > 0 ? ' ' : _position < _end ? _text[_position] : -1;

    public override int Read()
    {
        if (_spaces > 0)
        {
            _spaces--;
            return ' ';
        }

        return _position < _end ? _text[_position++] : -1;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var written = 0;
        while (_spaces > 0 && written < buffer.Length)
        {
            buffer[written++] = ' ';
            _spaces--;
        }

        var take = Math.Min(buffer.Length - written, _end - _position);
        _text.AsSpan(_position, take).CopyTo(buffer[written..]);
        _position += take;
        return written + take;
    }
}
