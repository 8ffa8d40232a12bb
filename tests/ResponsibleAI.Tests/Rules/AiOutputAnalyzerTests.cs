using System.Threading.Tasks;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.AiOutputAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>
/// RAI1003: every source, sanitizer and sink kind has a tainted-and-reported test and a sanitized-and-quiet twin.
/// Compiled against the real Microsoft.Extensions.AI, OpenAI, Semantic Kernel, Anthropic and OllamaSharp packages.
/// </summary>
public class AiOutputAnalyzerTests
{
    private static Task Check(string members) => Verify.VerifyAsync($$"""
        public sealed class Lecture { public string? Summary { get; set; } public List<string> Notes { get; } = new(); }

        public sealed class LectureService(IChatClient chat, Lecture stored)
        {
            private static readonly AiFeatureDescriptor Summary = new("lecture.summary", AiCapability.Summarization);
            private string? _last;

        {{members}}
        }
        """);

    // ---------------------------------------------------------------- return

    [Fact]
    public Task Returning_response_text_is_reported() => Check("""
            public async Task<string> SummarizeAsync(string t) => {|RAI1003:(await chat.GetResponseAsync(t)).Text|};
        """);

    [Fact]
    public Task Returning_disclosed_text_is_quiet() => Check("""
            public async Task<AiGenerated<string>> SummarizeAsync(string t) => AiGenerated.Create((await chat.GetResponseAsync(t)).Text, Summary);
        """);

    [Fact]
    public Task Returning_from_an_AiFeature_member_is_quiet_and_its_callers_get_a_source() => Check("""
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
            public async Task<string> RawAsync(string t) => (await chat.GetResponseAsync(t)).Text;

            public async Task<string> PageAsync(string t) => {|RAI1003:await RawAsync(t)|};
            public async Task<AiGenerated<string>> DisclosedPageAsync(string t) => AiGenerated.Create(await RawAsync(t), "lecture.summary");
        """);

    // ---------------------------------------------------------------- derived values

    [Fact]
    public Task Derived_strings_are_tainted() => Check("""
            public async Task<string> A(string t)
            {
                var response = await chat.GetResponseAsync(t);
                var text = response.Messages[0].Text.Trim().ToUpperInvariant();
                return {|RAI1003:$"Summary: {text}"|};
            }

            public async Task<string> B(string t)
            {
                var response = await chat.GetResponseAsync(t);
                return {|RAI1003:"Summary: " + response|};
            }

            public async Task<string> C(string t)
            {
                var builder = new System.Text.StringBuilder();
                builder.Append((await chat.GetResponseAsync(t)).Text);
                return {|RAI1003:builder.ToString()|};
            }

            public async Task<string> D(string t)
            {
                var parts = new List<string>();
                parts.Add((await chat.GetResponseAsync(t)).Text);
                return {|RAI1003:string.Join("\n", parts)|};
            }

            public async Task<string> E(string t)
            {
                var all = "";
                await foreach (var update in chat.GetStreamingResponseAsync(t))
                {
                    all += update.Text;
                }
                return {|RAI1003:all|};
            }
        """);

    [Fact]
    public Task Non_content_values_are_not_tainted() => Check("""
            public async Task<int> Tokens(string t) => (int)((await chat.GetResponseAsync(t)).Usage?.TotalTokenCount ?? 0);
            public async Task<bool> Stopped(string t) => (await chat.GetResponseAsync(t)).FinishReason == ChatFinishReason.Stop;
            public async Task<ChatFinishReason?> Reason(string t) => (await chat.GetResponseAsync(t)).FinishReason;
            public async Task<int> Length(string t) => (await chat.GetResponseAsync(t)).Text.Length;
            public async Task<float[]> Vector(IEmbeddingGenerator<string, Embedding<float>> e, string t) => (await e.GenerateAsync(new[] { t }))[0].Vector.ToArray();
        """);

    // ---------------------------------------------------------------- stores

    [Fact]
    public Task Storing_into_fields_and_long_lived_objects_is_reported() => Check("""
            public async Task StoreAsync(string t)
            {
                var text = (await chat.GetResponseAsync(t)).Text;
                _last = {|RAI1003:text|};
                stored.Summary = {|RAI1003:text|};
            }
        """);

    [Fact]
    public Task Storing_disclosed_output_or_building_a_fresh_object_is_quiet() => Check("""
            public async Task StoreAsync(string t)
            {
                var disclosed = AiGenerated.Create((await chat.GetResponseAsync(t)).Text, Summary);
                _last = disclosed.ToString();
                stored.Summary = disclosed.Value;
            }

            public async Task<AiGenerated<Lecture>> BuildAsync(string t)
            {
                var lecture = new Lecture { Summary = (await chat.GetResponseAsync(t)).Text };
                return AiGenerated.Create(lecture, Summary);
            }
        """);

    [Fact]
    public Task Returning_a_fresh_object_holding_output_is_reported() => Check("""
            public async Task<Lecture> BuildAsync(string t)
            {
                var lecture = new Lecture { Summary = (await chat.GetResponseAsync(t)).Text };
                return {|RAI1003:lecture|};
            }
        """);

    // ---------------------------------------------------------------- output APIs

    [Fact]
    public Task Console_and_writers_are_sinks() => Check("""
            public async Task PrintAsync(string t, System.IO.TextWriter writer)
            {
                var text = (await chat.GetResponseAsync(t)).Text;
                Console.WriteLine({|RAI1003:text|});
                await writer.WriteLineAsync({|RAI1003:text|});
                Console.WriteLine(AiGenerated.Create(text, Summary));
                Console.WriteLine(text.Length);
            }
        """);

    [Fact]
    public Task Yield_return_is_a_sink() => Check("""
            public async IAsyncEnumerable<string> StreamAsync(string t)
            {
                await foreach (var update in chat.GetStreamingResponseAsync(t))
                {
                    yield return {|RAI1003:update.Text|};
                }
            }

            public async IAsyncEnumerable<AiGenerated<string>> DisclosedStreamAsync(string t)
            {
                await foreach (var update in chat.GetStreamingResponseAsync(t))
                {
                    yield return AiGenerated.Create(update.Text, Summary);
                }
            }
        """);

    // ---------------------------------------------------------------- sanitizers

    [Fact]
    public Task AiDisclosure_members_sanitize() => Verify.VerifyAsync("""
        public static class Badge
        {
            [AiDisclosure] public static string Wrap(string text) => text + "\n(generated by AI, may need review)";
        }

        public sealed class Page(IChatClient chat)
        {
            public async Task<string> RenderAsync(string t) => Badge.Wrap((await chat.GetResponseAsync(t)).Text);
            public async Task<string> RawAsync(string t) => {|RAI1003:(await chat.GetResponseAsync(t)).Text|};
        }
        """);

    [Fact]
    public Task Configured_disclosure_and_output_sink_lines() => Verify.VerifyAsync(
        """
        namespace Contoso.Web
        {
            public static class AiBadge { public static string Wrap(string text) => text; }
            public sealed class Mailer { public void Send(string to, string body) { } }
        }

        public sealed class Page(IChatClient chat, Contoso.Web.Mailer mailer)
        {
            public async Task<string> RenderAsync(string t) => Contoso.Web.AiBadge.Wrap((await chat.GetResponseAsync(t)).Text);
            public async Task MailAsync(string t)
            {
                var text = (await chat.GetResponseAsync(t)).Text;
                mailer.Send("a@b.c", {|RAI1003:text|});
                mailer.Send("a@b.c", Contoso.Web.AiBadge.Wrap(text));
            }
        }
        """,
        """
        disclosure M:Contoso.Web.AiBadge.Wrap(System.String)
        output-sink M:Contoso.Web.Mailer.Send(System.String,System.String)
        """);

    // ---------------------------------------------------------------- other SDKs

    [Fact]
    public Task OpenAI_Anthropic_and_SemanticKernel_outputs_are_sources() => Verify.VerifyAsync("""
        public sealed class Outputs
        {
            public async Task<string> OpenAIAsync(OpenAI.Chat.ChatClient chat)
            {
                var completion = await chat.CompleteChatAsync(OpenAI.Chat.ChatMessage.CreateUserMessage("hi"));
                return {|RAI1003:completion.Value.Content[0].Text|};
            }

            public async Task<object> AnthropicAsync(Anthropic.IAnthropicClient client, Anthropic.Models.Messages.MessageCreateParams request)
            {
                var message = await client.Messages.Create(request);
                return {|RAI1003:message.Content|};
            }

            public async Task<string?> KernelAsync(Microsoft.SemanticKernel.Kernel kernel)
            {
                var result = await Microsoft.SemanticKernel.KernelExtensions.InvokePromptAsync(kernel, "Summarize");
                return {|RAI1003:result.ToString()|};
            }
        }
        """);

    // ---------------------------------------------------------------- RAI1004

    [Fact]
    public Task Review_required_targets_need_a_HumanReview_step() => Verify.VerifyAsync("""
        public sealed class Grade { [HumanReviewRequired] public string? Score { get; set; } }

        public sealed class Gradebook
        {
            public void Record(string student, [HumanReviewRequired] string grade) { }
            [HumanReviewRequired] public void Ban(string user, bool flagged) { }
        }

        public static class Review
        {
            [HumanReview] public static Task<string> ApproveAsync(string proposal) => Task.FromResult(proposal);
        }

        public sealed class Grader(IChatClient chat, Gradebook book, OpenAI.Moderations.ModerationClient moderation)
        {
            private static readonly AiFeatureDescriptor Grading = new("course.grading", AiCapability.Classification);

            public async Task GradeAsync(string student, string essay, Grade grade)
            {
                var proposal = (await chat.GetResponseAsync("Grade: " + essay)).Text;
                book.Record(student, {|RAI1004:proposal|});
                grade.Score = {|RAI1004:proposal|};
                book.Record(student, {|RAI1004:AiGenerated.Create(proposal, Grading).Value|});   // disclosed is not reviewed

                var approved = await Review.ApproveAsync(proposal);
                book.Record(student, approved);
                grade.Score = approved;
            }

            public async Task ModerateAsync(string user, string post)
            {
                var verdict = await moderation.ClassifyTextAsync(post);
                book.Ban(user, {|RAI1004:verdict.Value.Flagged|});
            }
        }
        """);

}

/// <summary>RAI1003 output sinks of ASP.NET Core and SignalR, compiled against the SDK's real ASP.NET Core reference assemblies.</summary>
public class AspNetCoreSinkTests
{
    [Fact]
    public Task Results_responses_SignalR_and_endpoints_are_sinks() => Verify.VerifyWithAspNetCoreAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.SignalR;

        public static class Features
        {
            public static readonly AiFeatureDescriptor Answer = new("support.answer", AiCapability.Chat);
        }

        public sealed class AnswerController(IChatClient chat) : ControllerBase
        {
            [HttpGet]
            public async Task<IActionResult> Get(string q) => Ok({|RAI1003:(await chat.GetResponseAsync(q)).Text|});

            [HttpGet("disclosed")]
            public async Task<IActionResult> GetDisclosed(string q) => Ok(AiGenerated.Create((await chat.GetResponseAsync(q)).Text, Features.Answer));
        }

        public sealed class ChatHub(IChatClient chat) : Hub
        {
            public async Task Ask(string q)
            {
                var text = (await chat.GetResponseAsync(q)).Text;
                await Clients.Caller.SendAsync("answer", {|RAI1003:text|});
                await Clients.Caller.SendAsync("answer", AiGenerated.Create(text, Features.Answer));
            }
        }

        public static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/raw", async (IChatClient chat, string q) => {|RAI1003:(await chat.GetResponseAsync(q)).Text|});
                app.MapGet("/ok", async (IChatClient chat, string q) => Results.Ok({|RAI1003:(await chat.GetResponseAsync(q)).Text|}));
                app.MapGet("/disclosed", async (IChatClient chat, string q) => TypedResults.Ok(AiGenerated.Create((await chat.GetResponseAsync(q)).Text, Features.Answer)));
                app.MapGet("/stream", async (HttpContext http, IChatClient chat) =>
                {
                    await foreach (var update in chat.GetStreamingResponseAsync("q"))
                    {
                        await http.Response.WriteAsync({|RAI1003:update.Text|});
                    }
                });
                app.MapGet("/length", async (IChatClient chat, string q) => (await chat.GetResponseAsync(q)).Text.Length);
            }
        }
        """);
}

/// <summary>Flows found by the sample review: entities added to stores, lambdas handed to helpers, decisions through if.</summary>
public class OutputFlowTests
{
    [Fact]
    public Task Entity_added_to_a_long_lived_store_is_reported() => Verify.VerifyAsync("""
        public sealed class Ticket { public string? Summary { get; set; } }

        public sealed class Helpdesk(IChatClient chat, List<Ticket> tickets, Dictionary<string, string> cache, List<ChatMessage> history)
        {
            private static readonly AiFeatureDescriptor Summary = new("helpdesk.summary", AiCapability.Summarization);

            public async Task SummarizeAsync(string id, string body)
            {
                var response = await chat.GetResponseAsync(body);
                var ticket = new Ticket { Summary = response.Text };
                tickets.Add({|RAI1003:ticket|});
                cache.Add(id, {|RAI1003:response.Text|});
                history.AddRange(response.Messages);                                     // chat history: feeds the model
                tickets.Add(new Ticket { Summary = AiGenerated.Create(response.Text, Summary).ToString() });
                var local = new List<string>();
                local.Add(response.Text);                                                 // a list of this method: not a store
            }
        }
        """);

    [Fact]
    public Task Lambda_handed_to_a_helper_carries_its_AI_output() => Verify.VerifyAsync("""
        public sealed class Service(IChatClient chat)
        {
            private static readonly AiFeatureDescriptor Summary = new("lecture.summary", AiCapability.Summarization);

            private static async Task<T> AuditAsync<T>(Func<Task<T>> work) => await work();

            public Task<string> RawAsync(string t) => {|RAI1003:AuditAsync(async () => (await chat.GetResponseAsync(t)).Text)|};

            public Task<AiGenerated<string>> DisclosedAsync(string t) =>
                AuditAsync(async () => AiGenerated.Create((await chat.GetResponseAsync(t)).Text, Summary));
        }
        """);

    [Fact]
    public Task Decision_made_through_an_if_on_a_verdict_is_reported() => Verify.VerifyAsync("""
        public sealed class Forum
        {
            [HumanReviewRequired] public void Ban(string author) { }
            public void Flag(string author) { }
        }

        public static class Moderators
        {
            [HumanReview] public static Task<bool> ConfirmAsync(bool flagged) => Task.FromResult(flagged);
        }

        public sealed class Moderation(OpenAI.Moderations.ModerationClient moderation, Forum forum)
        {
            public async Task CheckAsync(string author, string post)
            {
                var verdict = await moderation.ClassifyTextAsync(post);
                if ({|RAI1004:verdict.Value.Flagged|})
                {
                    forum.Ban(author);
                }

                if (verdict.Value.Flagged)
                {
                    forum.Flag(author);                                   // not a review-required decision
                }

                if (await Moderators.ConfirmAsync(verdict.Value.Flagged))
                {
                    forum.Ban(author);                                    // a person confirmed it
                }
            }
        }
        """);
}

/// <summary>Each source kind and SDK output, reported raw and quiet once disclosed (twins).</summary>
public class OutputSourceTwinTests
{
    public static TheoryData<string, string> Sources() => new()
    {
        // name, expression producing AI content (string or object) from the members of Sources below
        { "MEAI chat text", "(await chat.GetResponseAsync(q)).Text" },
        { "MEAI messages", "(await chat.GetResponseAsync(q)).Messages" },
        { "MEAI message contents", "(await chat.GetResponseAsync(q)).Messages[0].Contents" },
        { "MEAI ToString", "(await chat.GetResponseAsync(q)).ToString()" },
        { "structured output", "(await chat.GetResponseAsync<string[]>(q)).Result" },
        { "speech to text", "(await speech.GetTextAsync(System.IO.Stream.Null)).Text" },
        { "image generation", "(await images.GenerateImagesAsync(q)).Contents" },
        { "OpenAI chat", "(await openai.CompleteChatAsync(OpenAI.Chat.ChatMessage.CreateUserMessage(q))).Value.Content[0].Text" },
        { "OpenAI transcription", "(await audio.TranscribeAudioAsync(System.IO.Stream.Null, \"a.mp3\")).Value.Text" },
        { "Semantic Kernel", "(await sk.GetChatMessageContentsAsync(new Microsoft.SemanticKernel.ChatCompletion.ChatHistory()))[0].Content" },
        { "Anthropic", "(await anthropic.Messages.Create(request)).Content" },
        { "concatenation", "\"Summary: \" + (await chat.GetResponseAsync(q)).Text" },
        { "interpolation", "$\"<p>{(await chat.GetResponseAsync(q)).Text}</p>\"" },
        { "string method", "string.Join(\", \", (await chat.GetResponseAsync(q)).Text.Split(' '))" },
        { "feature call", "await Feature(q)" },
    };

    private static string Source(string body) => $$"""
        public sealed class Sources(IChatClient chat, ISpeechToTextClient speech, IImageGenerator images, OpenAI.Chat.ChatClient openai,
            OpenAI.Audio.AudioClient audio, Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService sk,
            Anthropic.IAnthropicClient anthropic, Anthropic.Models.Messages.MessageCreateParams request)
        {
            private static readonly AiFeatureDescriptor F = new("lecture.summary", AiCapability.Summarization);

            [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
            private async Task<string> Feature(string q) => (await chat.GetResponseAsync(q)).Text;

        {{body}}
        }
        """;

    [Theory]
    [MemberData(nameof(Sources))]
    public Task Raw_output_is_reported(string name, string expression)
    {
        _ = name;
        return Verify.VerifyAsync(Source($$"""
                public async Task<object> Leak(string q) => {|RAI1003:{{expression}}|};
            """));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public Task Disclosed_output_is_quiet(string name, string expression)
    {
        _ = name;
        return Verify.VerifyAsync(Source($$"""
                public async Task<object> Disclosed(string q) => AiGenerated.Create({{expression}}, F);
                public async Task<object> Constructed(string q) => new AiGenerated<object>({{expression}}, F);
            """));
    }
}

/// <summary>Regressions from the fresh blind corpus: patterns, SDK metadata, disclosure method groups, one report per decision.</summary>
public class FreshCorpusRegressionTests
{
    [Fact]
    public Task Pattern_declared_variables_carry_the_output_and_metadata_does_not() => Verify.VerifyAsync("""
        public sealed class Stream(IChatClient chat)
        {
            public async IAsyncEnumerable<string> LinesAsync(string q)
            {
                await foreach (var update in chat.GetStreamingResponseAsync(q))
                {
                    if (update.Text is { Length: > 0 } piece)
                    {
                        yield return {|RAI1003:piece|};
                    }
                }
            }

            public async Task UsageAsync(Anthropic.IAnthropicClient client, Anthropic.Models.Messages.MessageCreateParams request)
            {
                var message = await client.Messages.Create(request);
                Console.WriteLine($"{message.Usage.InputTokens} tokens, stop={message.StopReason}");
            }
        }
        """);

    [Fact]
    public Task Mapping_through_a_disclosure_method_group_is_quiet() => Verify.VerifyAsync("""
        public static class Label
        {
            [AiDisclosure] public static string With(string text) => text + " (AI-generated)";
        }

        public sealed class Article { public string[] Alternatives { get; set; } = Array.Empty<string>(); }

        public sealed class Headlines(IChatClient chat)
        {
            public async Task FillAsync(Article article, string body)
            {
                var response = await chat.GetResponseAsync(body);
                article.Alternatives = response.Text.Split('\n').Select(Label.With).ToArray();
            }
        }
        """.Insert(0, "using System.Linq;\n"));

    [Fact]
    public Task A_decision_passed_the_AI_value_is_reported_once() => Verify.VerifyAsync("""
        public sealed class Board { [HumanReviewRequired] public void Reject(string candidate, string reason) { } }

        public sealed class Screener(IChatClient chat, Board board)
        {
            public async Task ScreenAsync(string candidate, string cv)
            {
                var verdict = (await chat.GetResponseAsync(cv)).Text;
                if (verdict != "OK")
                {
                    board.Reject(candidate, {|RAI1004:verdict|});
                }
            }
        }
        """);
}
