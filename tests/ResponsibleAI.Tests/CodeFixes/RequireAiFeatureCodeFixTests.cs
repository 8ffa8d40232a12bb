using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using ResponsibleAI.CodeFixes;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.CodeFixVerifier<ResponsibleAI.Analyzers.Rules.ConsentAndOptOutAnalyzer, ResponsibleAI.CodeFixes.ConsentAndOptOutCodeFixProvider>;

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
                    return chat.GetResponseAsync(ToString()!) is { } pending ? "x" : "y";
                }
            }
        }
        """.Replace("chat.GetResponseAsync(ToString()!)", "{|RAI1001:{|RAI1002:chat.GetResponseAsync(ToString()!)|}|}"),
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
                    return chat.GetResponseAsync(ToString()!) is { } pending ? "x" : "y";
                }
            }
        }
        """,
        equivalenceKey: ConsentAndOptOutCodeFixProvider.PreferredKey);

    [Fact]
    public async Task Not_offered_where_no_caller_can_take_the_duty()
    {
        // A lambda (an endpoint handler, a callback), a local function, a program's Main, a controller action:
        // [AiFeature] there would move the duty to startup or to the framework, where there is no user to ask.
        const string source = """
            public sealed class Endpoints(IChatClient chat)
            {
                public void Map(List<Func<string, Task<ChatResponse>>> routes)
                {
                    routes.Add(q => {|RAI1001:{|RAI1002:chat.GetResponseAsync(q)|}|});
                    routes.Add(Local);

                    Task<ChatResponse> Local(string q) => {|RAI1001:{|RAI1002:chat.GetResponseAsync(q)|}|};
                }
            }

            public static class Program
            {
                public static async Task Main(string[] args)
                {
                    IChatClient chat = null!;
                    Console.WriteLine((await {|RAI1001:{|RAI1002:chat.GetResponseAsync(args[0])|}|}).Text);
                }
            }
            """;
        var test = new Verify.Test { TestCode = source, FixedCode = source };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        ResponsibleAI.Tests.Infrastructure.TestSetup.Apply(test.TestState, null);
        test.FixedState.Sources.Add(("GlobalUsings.cs", ResponsibleAI.Tests.Infrastructure.TestSetup.GlobalUsings));
        await test.RunAsync();
    }

    [Fact]
    public async Task Not_offered_on_a_controller_action()
    {
        const string source = """
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            public sealed class AskController(IChatClient chat) : ControllerBase
            {
                [HttpPost("ask")]
                public async Task<string> Ask(string q) => (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(q)|}|}).Text;
            }
            """;
        var test = new Verify.Test { TestCode = source, FixedCode = source };
        ResponsibleAI.Tests.Infrastructure.TestSetup.Apply(test.TestState, null, aspNetCore: true);
        test.FixedState.Sources.Add(("GlobalUsings.cs", ResponsibleAI.Tests.Infrastructure.TestSetup.GlobalUsings));
        await test.RunAsync();
    }

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

    [Fact]
    public Task Uses_the_id_the_member_already_discloses_under() => Verify.VerifyAsync(
        """
        public sealed class Translator(IChatClient chat)
        {
            public async Task<AiGenerated<string>> TranslateAsync(string text)
            {
                var response = await {|RAI1001:{|RAI1002:chat.GetResponseAsync("Translate: " + text)|}|};
                return AiGenerated.Create(response.Text, "content.translation");
            }
        }
        """,
        """
        public sealed class Translator(IChatClient chat)
        {
            [AiFeature("content.translation", Capability = AiCapability.Chat)]
            public async Task<AiGenerated<string>> TranslateAsync(string text)
            {
                var response = await chat.GetResponseAsync("Translate: " + text);
                return AiGenerated.Create(response.Text, "content.translation");
            }
        }
        """);

    [Theory]
    [InlineData("LectureService", "SummarizeAsync", "lecture-service.summarize")]
    [InlineData("HTTPHandler", "Run", "http-handler.run")]
    [InlineData("OpenAIService", "GetAIResponseAsync", "open-ai-service.get-ai-response")]
    [InlineData("PDFExporter", "ExportToPDF", "pdf-exporter.export-to-pdf")]
    [InlineData("_Helper", "Do_It", "helper.do-it")]
    [InlineData("Gen2", "Async", "gen2.async")]
    public void Suggested_ids_are_readable_and_match_the_id_pattern(string type, string member, string expected)
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("x", new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText($"class {type} {{ void {member}() {{}} }}") });
        var symbol = compilation.GetTypeByMetadataName(type)!.GetMembers(member)[0];
        var id = RequireAiFeatureFix.SuggestFeatureId(symbol);
        Assert.Equal(expected, id);
        Assert.Matches("^[a-z][a-z0-9]*([.-][a-z0-9]+)*$", id);
    }
}
