namespace NumaflowTls.Model;

/// <summary>One entry of the server container's <c>env</c> list, reduced to what decides its value.</summary>
public abstract record EnvEntry(string Name);

/// <summary><c>value:</c> given in the manifest.</summary>
public sealed record LiteralEnv(string Name, string Value) : EnvEntry(Name);

/// <summary><c>valueFrom.configMapKeyRef</c>; the value lives in a ConfigMap that may or may not be in the input.</summary>
public sealed record ConfigMapKeyEnv(string Name, string ConfigMapName, string Key, bool Optional) : EnvEntry(Name);

/// <summary>Any other source (fieldRef, secretKeyRef…): its value is unknowable from the manifests.</summary>
public sealed record OtherEnv(string Name) : EnvEntry(Name);
