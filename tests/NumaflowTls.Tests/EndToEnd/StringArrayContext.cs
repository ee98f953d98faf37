using System.Text.Json.Serialization;

namespace NumaflowTls.Tests.EndToEnd;

/// <summary>Source-generated JSON for the Dockerfile's exec-form arrays.</summary>
[JsonSerializable(typeof(string[]))]
public sealed partial class StringArrayContext : JsonSerializerContext;
