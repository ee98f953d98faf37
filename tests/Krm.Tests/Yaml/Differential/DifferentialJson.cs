using System.Text.Json.Serialization;

namespace Krm.Tests.Yaml.Differential;

/// <summary>Source-generated JSON for strings: the test project is analysed like the product (no reflection serialisers).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class DifferentialJson : JsonSerializerContext;
