using System.Text;
using YamlDotNet.Core;

// The floor for bench/run's scale targets (target 3): everything the function cannot avoid for a ResourceList it leaves
// untouched. Any time the function spends above this is its own (tree building, discovery, writing).
using var stdin = Console.OpenStandardInput();
using var buffer = new MemoryStream();
stdin.CopyTo(buffer);
var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);

var parser = new Parser(new StringReader(text));
var events = 0;
while (parser.MoveNext())
{
    events++;
}

using var stdout = Console.OpenStandardOutput();
stdout.Write(bytes);
Console.Error.WriteLine($"parse-floor: {events} events");
return 0;
