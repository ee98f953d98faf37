namespace NumaflowTls.Model;

/// <summary>
/// The server's own rules (numaflow <c>cmd/commands/server.go</c>):
/// insecure = args | ParseBool(env) | false; port = args | 8080 if insecure | Atoi(env) | 8443.
/// </summary>
public static class ServerModel
{
    public static EffectiveListener Evaluate(ServerInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var findings = new List<ModelFinding>();
        var args = ServerArgs.Parse(inputs.Args);

        var (insecure, insecureOrigin) = ResolveInsecure(inputs, args, findings);
        var (port, portOrigin) = ResolvePort(inputs, args, insecure, findings);
        return new EffectiveListener(insecure, insecureOrigin, port, portOrigin, findings);
    }

    private static (bool, Origin) ResolveInsecure(ServerInputs inputs, ServerArgs args, List<ModelFinding> findings)
    {
        foreach (var flag in args.InsecureFlags)
        {
            if (flag.StrayIndex is { } stray)
            {
                findings.Add(new ModelFinding(FindingLevel.Warning,
                    $"'--insecure {inputs.Args[stray]}' means insecure=true plus a stray argument; only '--insecure={inputs.Args[stray]}' sets a value",
                    new ArgOrigin(flag.Index, stray)));
            }
        }
        if (args.LastInsecure is { } last)
        {
            var origin = new ArgOrigin(last.Index, null);
            if (last.Value is { } v)
                return (v, origin);
            findings.Add(new ModelFinding(FindingLevel.Error,
                $"'{inputs.Args[last.Index]}' is not a valid bool: the server refuses to start", origin));
            return (false, origin);
        }
        var env = ResolveEnv(inputs, ServerEnv.Insecure, findings);
        if (env is var (text, envOrigin))
        {
            if (GoParse.ParseBool(text) is { } v)
                return (v, envOrigin);
            findings.Add(new ModelFinding(FindingLevel.Error,
                $"{ServerEnv.Insecure}='{text}' is not a valid bool: the server panics at start-up", envOrigin));
            return (false, envOrigin);
        }
        return (false, new DefaultOrigin());
    }

    private static (long, Origin) ResolvePort(ServerInputs inputs, ServerArgs args, bool insecure, List<ModelFinding> findings)
    {
        // The env default is parsed (and can panic) before the insecure rule is applied.
        var env = ResolveEnv(inputs, ServerEnv.Port, findings);
        long? envPort = null;
        Origin? envOrigin = null;
        if (env is var (text, fromEnv))
        {
            envOrigin = fromEnv;
            envPort = GoParse.Atoi(text);
            if (envPort is null)
            {
                findings.Add(new ModelFinding(FindingLevel.Error,
                    $"{ServerEnv.Port}='{text}' is not a valid integer: the server panics at start-up", fromEnv));
            }
        }

        if (args.LastPort is { } flag)
        {
            var origin = new ArgOrigin(flag.Index, flag.ValueIndex);
            if (flag.Raw is not null && GoParse.Atoi(flag.Raw) is { } p)
                return (CheckRange(p, origin, findings), origin);
            findings.Add(new ModelFinding(FindingLevel.Error,
                $"port flag '{flag.Raw ?? inputs.Args[flag.Index]}' has no valid integer value: the server refuses to start", origin));
            return (EffectiveListener.DefaultPort(insecure), origin);
        }
        if (insecure)
            return (EffectiveListener.InsecurePort, new InsecurePortOrigin());
        if (envPort is { } ep && envOrigin is not null)
            return (CheckRange(ep, envOrigin, findings), envOrigin);
        return (EffectiveListener.TlsPort, envOrigin ?? new DefaultOrigin());
    }

    private static long CheckRange(long port, Origin origin, List<ModelFinding> findings)
    {
        if (port is < 1 or > 65535)
            findings.Add(new ModelFinding(FindingLevel.Error, $"port {port} is outside 1-65535", origin));
        return port;
    }

    /// <summary>
    /// The value the process sees for <paramref name="name"/>: the last env entry of that name wins;
    /// empty means unset (<c>LookupEnvBoolOr</c>/<c>LookupEnvIntOr</c>). Null when unset.
    /// </summary>
    private static (string Text, Origin Origin)? ResolveEnv(ServerInputs inputs, string name, List<ModelFinding> findings)
    {
        var index = -1;
        for (var i = 0; i < inputs.Env.Count; i++)
        {
            if (inputs.Env[i].Name == name)
                index = i;
        }
        if (index < 0)
            return null;
        switch (inputs.Env[index])
        {
            case LiteralEnv literal:
                return literal.Value.Length == 0 ? null : (literal.Value, new LiteralEnvOrigin(index));
            case ConfigMapKeyEnv cm:
                var origin = new ConfigMapOrigin(index, cm.ConfigMapName, cm.Key);
                if (!inputs.ConfigMaps.TryGetValue(cm.ConfigMapName, out var data))
                {
                    findings.Add(new ModelFinding(FindingLevel.Error,
                        $"{name} comes from ConfigMap '{cm.ConfigMapName}', which is not in the input", origin));
                    return null;
                }
                if (!data.TryGetValue(cm.Key, out var value))
                {
                    if (!cm.Optional)
                    {
                        findings.Add(new ModelFinding(FindingLevel.Error,
                            $"{name} needs key '{cm.Key}' of ConfigMap '{cm.ConfigMapName}' (not optional), which is absent: the pod cannot start", origin));
                    }
                    return null;
                }
                return value.Length == 0 ? null : (value, origin);
            default:
                findings.Add(new ModelFinding(FindingLevel.Warning,
                    $"{name} comes from a source the manifests do not show; assumed unset", new LiteralEnvOrigin(index)));
                return null;
        }
    }
}
