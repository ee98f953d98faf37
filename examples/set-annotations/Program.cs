using Krm.Config;
using Krm.Hosting;
using SetAnnotations;

// The whole entry point: the host reads, validates the config against function.yaml, runs the
// function, guards orchestrator annotations, writes, and returns the exit code.
return KrmHost.Run(
    new HostedFunction<ConfigValues>(
        "set-annotations",
        BuildVersion.Value,
        FunctionDefinition.Parse(EmbeddedDefinition.Read()),
        new SetAnnotationsFunction(),
        (values, _) => values)
    {
        KindsRead = AnnotationTargets.WorkloadKinds,
        Examples = "  kpt fn eval pkg/ --exec set-annotations --fn-config annotations.yaml",
    },
    args);
