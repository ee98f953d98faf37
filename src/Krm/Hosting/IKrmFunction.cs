using Krm.ResourceLists;
using Krm.Results;

namespace Krm.Hosting;

/// <summary>
/// The one interface at the centre (kyaml's <c>ResourceListProcessor</c>): a function edits the
/// items of the list through their nodes and reports what it found and did as
/// results. Everything else (reading, config binding, writing, exit codes) is the host's.
/// Throwing is a bug, not a way to report: the host then keeps the items unchanged, adds an error
/// result and exits 1. A refused edit (<see cref="Yaml.YamlException"/>) that escapes is such an error
/// too, its result naming the item and field; to refuse one item and go on with the others, edit it
/// in <see cref="KrmResource.TryEdit"/>, which undoes that item's edits and reports it.
/// </summary>
public interface IKrmFunction<in TConfig>
{
    /// <summary>Edits <paramref name="list"/> in place and reports into <paramref name="results"/>; <paramref name="config"/> is the validated, mapped config.</summary>
    void Process(ResourceList list, TConfig config, ResultSink results);
}
