namespace Krm.Config;

/// <summary>One entry of an object schema's <c>properties</c>, in file order.</summary>
public sealed record SchemaProperty(string Name, ConfigSchema Schema);
