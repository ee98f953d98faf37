namespace NumaflowTls.Model;

/// <summary>Where an effective value came from; the planner edits exactly that place.</summary>
public abstract record Origin;

/// <summary>A flag in <c>args</c>: <paramref name="Index"/> is the flag, <paramref name="ValueIndex"/> the separate value argument if any.</summary>
public sealed record ArgOrigin(int Index, int? ValueIndex) : Origin;

/// <summary>A literal <c>value:</c> of env entry number <paramref name="EnvIndex"/>.</summary>
public sealed record LiteralEnvOrigin(int EnvIndex) : Origin;

/// <summary>A ConfigMap key read through the <c>configMapKeyRef</c> of env entry number <paramref name="EnvIndex"/>.</summary>
public sealed record ConfigMapOrigin(int EnvIndex, string ConfigMapName, string Key) : Origin;

/// <summary>The compiled-in default (insecure false, port 8443).</summary>
public sealed record DefaultOrigin : Origin;

/// <summary>Port 8080 forced because insecure is on and no <c>--port</c> flag is given (numaflow <c>cmd/commands/server.go</c>).</summary>
public sealed record InsecurePortOrigin : Origin;
