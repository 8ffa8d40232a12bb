using System.Threading.Tasks;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.GatewayAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>RAI3010: an async gateway cannot take ref/in/out parameters; a synchronous one can.</summary>
public class GatewayByRefTests
{
    [Fact]
    public Task Async_gateway_with_ref_parameter_is_reported_sync_one_is_not() => Verify.VerifyAsync(new[]
    {
        """
        public partial class Service(IAiGovernance governance)
        {
            [AiFeature("a.summary", Capability = AiCapability.Summarization, Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|RAI3010:{|CS8795:SummarizeAsync|}|}(AiSubject subject, ref string text);
            private Task<string> Core(AiSubject subject, ref string text) => Task.FromResult(text);

            [AiFeature("a.title", Capability = AiCapability.TextGeneration, Implementation = nameof(TitleCore))]
            public partial AiGenerated<string> Title(AiSubject subject, in int length);
            private string TitleCore(AiSubject subject, in int length) => new string('x', length);
        }
        """,
        """
        // Stands for what the generator writes for the valid synchronous gateway.
        public partial class Service
        {
            public partial AiGenerated<string> Title(AiSubject subject, in int length) => AiGenerated.Create(TitleCore(subject, in length), "a.title");
        }
        """,
    });
}
