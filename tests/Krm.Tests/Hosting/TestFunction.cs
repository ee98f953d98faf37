using Krm.Config;
using Krm.Hosting;
using Krm.ResourceLists;
using Krm.Results;

namespace Krm.Tests.Hosting;

/// <summary>The config of the host's test function: proves binding without any Numaflow code.</summary>
internal sealed record TestConfig(string Mode, long? Count, bool Strict);

/// <summary>A function whose body each test supplies.</summary>
internal sealed class TestFunction(Action<ResourceList, TestConfig, ResultSink> body) : IKrmFunction<TestConfig>
{
    public const string DefinitionYaml = """
        apiVersion: config.kubernetes.io/v1alpha1
        kind: KRMFunctionDefinition
        metadata:
          name: testfunctions.test.krmfn.dev
        spec:
          group: test.krmfn.dev
          names:
            kind: TestFunction
          description: A function for host tests.
          versions:
            - name: v1
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      additionalProperties: false
                      properties:
                        mode:
                          type: string
                          enum: [fast, slow]
                          default: fast
                          description: How to go.
                        count:
                          type: integer
                          minimum: 1
                          maximum: 10
                          description: How many.
                        strict:
                          type: boolean
                          default: false
                          description: Be strict.
        """;

    public void Process(ResourceList list, TestConfig config, ResultSink results) => body(list, config, results);

    public static FunctionDefinition Definition { get; } = FunctionDefinition.Parse(DefinitionYaml);

    public static HostedFunction<TestConfig> Hosted(Action<ResourceList, TestConfig, ResultSink> body) =>
        new("testfn", "1.2.3", Definition, new TestFunction(body),
            (values, _) => new TestConfig(values.GetString("mode")!, values.GetInt("count"), values.GetBool("strict") ?? false))
        {
            FlagAliases = new Dictionary<string, string> { ["s"] = "strict" },
        };

    public static void Nothing(ResourceList list, TestConfig config, ResultSink results)
    {
    }
}
