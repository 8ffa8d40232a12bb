using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using ResponsibleAI.CodeFixes;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.CodeFixVerifier<ResponsibleAI.Analyzers.Rules.ConsentAndOptOutAnalyzer, ResponsibleAI.CodeFixes.RequireAiFeatureCodeFixProvider>;

namespace ResponsibleAI.Tests.CodeFixes;

/// <summary>"Require consent from callers": [AiFeature] on the containing member; Fix All adds one per member.</summary>
public class RequireAiFeatureCodeFixTests
{
    [Fact]
    public Task Adds_AiFeature_to_the_containing_method() => Verify.VerifyAsync(
        """
        public sealed class LectureService(IChatClient chat)
        {
            public async Task<string> SummarizeAsync(string transcript)
            {
                var first = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync("Summarize: " + transcript)|}|}).Text;
                var second = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync("Shorter: " + first)|}|}).Text;
                return second;
            }
        }
        """,
        """
        public sealed class LectureService(IChatClient chat)
        {
            [AiFeature("lecture-service.summarize", Capability = AiCapability.Chat)]
            public async Task<string> SummarizeAsync(string transcript)
            {
                var first = (await chat.GetResponseAsync("Summarize: " + transcript)).Text;
                var second = (await chat.GetResponseAsync("Shorter: " + first)).Text;
                return second;
            }
        }
        """);

    [Fact]
    public Task Fix_all_marks_every_member_once() => Verify.VerifyAsync(
        """
        public sealed class Assistant(IChatClient chat)
        {
            public Task<ChatResponse> AskAsync(string q) => {|RAI1001:{|RAI1002:chat.GetResponseAsync(q)|}|};

            public string Name
            {
                get
                {
                    Func<Task<ChatResponse>> f = () => {|RAI1001:{|RAI1002:chat.GetResponseAsync(ToString()!)|}|};
                    return "x";
                }
            }
        }
        """,
        """
        public sealed class Assistant(IChatClient chat)
        {
            [AiFeature("assistant.ask", Capability = AiCapability.Chat)]
            public Task<ChatResponse> AskAsync(string q) => chat.GetResponseAsync(q);

            [AiFeature("assistant.name", Capability = AiCapability.Chat)]
            public string Name
            {
                get
                {
                    Func<Task<ChatResponse>> f = () => chat.GetResponseAsync(ToString()!);
                    return "x";
                }
            }
        }
        """);

    [Fact]
    public Task Reuses_the_feature_id_of_a_called_feature() => Verify.VerifyAsync(
        """
        public sealed class Summaries
        {
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
            public string Summarize(string text) => text;
        }

        public sealed class Page(Summaries summaries)
        {
            public string Render(string text) => {|RAI1001:{|RAI1002:summaries.Summarize(text)|}|};
        }
        """,
        """
        public sealed class Summaries
        {
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
            public string Summarize(string text) => text;
        }

        public sealed class Page(Summaries summaries)
        {
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
            public string Render(string text) => summaries.Summarize(text);
        }
        """);

    [Theory]
    [InlineData("LectureService", "SummarizeAsync", "lecture-service.summarize")]
    [InlineData("HTTPHandler", "Run", "h-t-t-p-handler.run")]
    [InlineData("_Helper", "Do_It", "helper.do-it")]
    [InlineData("Gen2", "Async", "gen2.async")]
    public void Suggested_ids_match_the_contract_pattern(string type, string member, string expected)
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("x", new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText($"class {type} {{ void {member}() {{}} }}") });
        var symbol = compilation.GetTypeByMetadataName(type)!.GetMembers(member)[0];
        var id = RequireAiFeatureCodeFixProvider.SuggestFeatureId(symbol);
        Assert.Equal(expected, id);
        Assert.Matches("^[a-z][a-z0-9]*([.-][a-z0-9]+)*$", id);
    }
}
