using System.Threading.Tasks;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.GatewayAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>RAI3010: an async gateway cannot take ref/in/out parameters. RAI3011: a gateway cannot be synchronous.</summary>
public class GatewayByRefTests
{
    [Fact]
    public Task Async_gateway_with_ref_parameter_is_reported() => Verify.VerifyAsync(new[]
    {
        """
        public partial class Service(IAiGovernance governance)
        {
            [AiFeature("a.summary", Capability = AiCapability.Summarization, Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|RAI3010:{|CS8795:SummarizeAsync|}|}(AiSubject subject, ref string text);
            private Task<string> Core(AiSubject subject, ref string text) => Task.FromResult(text);
        }
        """,
    });

    [Fact]
    public Task Synchronous_gateways_are_reported_and_asynchronous_ones_are_not() => Verify.VerifyAsync(new[]
    {
        """
        public partial class Service(IAiGovernance governance)
        {
            [AiFeature("a.title", Capability = AiCapability.TextGeneration, Implementation = nameof(TitleCore))]
            public partial AiGenerated<string> {|RAI3011:Title|}(AiSubject subject, in int length);
            private string TitleCore(AiSubject subject, in int length) => new string('x', length);

            [AiFeature("a.flag", Capability = AiCapability.Moderation, Implementation = nameof(FlagCore))]
            public partial bool {|RAI3011:IsFlagged|}(AiSubject subject, string post);
            private bool FlagCore(AiSubject subject, string post) => false;

            [AiFeature("a.describe", Capability = AiCapability.AudioDescription, Implementation = nameof(DescribeCore))]
            public partial void {|RAI3011:Describe|}(AiSubject subject, out string status);
            private void DescribeCore(AiSubject subject, out string status) => status = "queued";

            [AiFeature("a.summary", Capability = AiCapability.Summarization, Implementation = nameof(SummaryCore))]
            public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject subject, string text);
            private Task<string> SummaryCore(AiSubject subject, string text) => Task.FromResult(text);
        }
        """,
        """
        // Stands for what the generator writes: a throwing body for the synchronous gateways, the guarded one for the other.
        public partial class Service
        {
            public partial AiGenerated<string> Title(AiSubject subject, in int length) => throw new InvalidOperationException();
            public partial bool IsFlagged(AiSubject subject, string post) => throw new InvalidOperationException();
            public partial void Describe(AiSubject subject, out string status) => throw new InvalidOperationException();
            public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject subject, string text) => throw new InvalidOperationException();
        }
        """,
    });
}
