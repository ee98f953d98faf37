using Krm.ResourceLists;
using Krm.Results;
using Krm.Yaml;

namespace Krm.Hosting;

/// <summary>
/// What a function that threw is told about: a refused edit (<see cref="YamlException"/>) names
/// the item and field it was about; anything else is a bug in the function, named as such.
/// </summary>
internal static class FunctionFailure
{
    public static Result ToResult(ResourceList list, Exception failure)
    {
        if (failure is YamlException { Node: { } node } refusal)
        {
            foreach (var item in list.Items)
            {
                if (item.Contains(node))
                {
                    var result = item.RefusalResult(refusal);
                    return result with { Message = $"edit refused, items left unchanged: {result.Message}" };
                }
            }
        }

        return new Result($"function failed, items left unchanged: {failure.Message}", Severity.Error);
    }
}
