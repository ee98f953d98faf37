using CsCheck;
using NumaflowTls.Tests.Golden;

namespace NumaflowTls.Tests.Properties;

/// <summary>
/// Several installs (README, Judgement calls): for random pairs of installs sharing (or not) a ConfigMap and a
/// Service, whenever a run succeeds its output passes the function's own validation for every
/// install, and a run that refuses changes nothing.
/// </summary>
public class SharedInstallProperties
{
    private static readonly Gen<SharedInstallShape> Shapes = Gen.Int[0, 1000].Array[12].Select(SharedInstallShape.From);

    [Fact]
    public void A_successful_run_validates_clean_and_a_refused_run_changes_nothing()
    {
        Shapes.Sample(shape =>
        {
            var input = shape.Yaml();
            var run = FunctionRun.Invoke(input, shape.Flags);
            if (run.ExitCode != 0)
            {
                // A refused standalone run writes nothing, so a pipe applies nothing half-repaired.
                Assert.Equal(1, run.ExitCode);
                Assert.Equal("", run.Stdout);
                return;
            }
            var validate = FunctionRun.Invoke(run.Stdout, [.. shape.Flags, "--validate"]);
            Assert.True(validate.ExitCode == 0, $"the output of a successful run fails validation:\n{validate.Stderr}\n--- run:\n{run.Stderr}\n--- output:\n{run.Stdout}");
        }, iter: 400, threads: 1, print: s => s.ToString() + "\n" + s.Yaml());
    }

    [Fact]
    public void The_canary_on_a_shared_configmap_is_repaired_without_moving_the_primary()
    {
        // The case behind the rule: tidying the shared server.insecure to agree with the canary's
        // --insecure flag would turn the primary insecure, so it stays "false".
        var shape = new SharedInstallShape(Mode: 2, SharedConfigMap: 1, SharedService: 0, CmInsecure: 2, CmPort: 1, CmAddress: 2,
            PrimaryArgs: 0, PrimaryEnv: 1, PrimaryProbe: 0, CanaryArgs: 1, CanaryEnv: 1, CanaryProbe: 0);
        var run = FunctionRun.Invoke(shape.Yaml(), shape.Flags);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("server.insecure: \"false\"", run.Stdout);
        Assert.Equal(0, FunctionRun.Invoke(run.Stdout, "--validate").ExitCode);
    }
}
