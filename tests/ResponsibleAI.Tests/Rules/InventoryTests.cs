using System.Threading.Tasks;
using Xunit;
using Fix = ResponsibleAI.Tests.Infrastructure.CodeFixVerifier<ResponsibleAI.Analyzers.Rules.InventoryAnalyzer, ResponsibleAI.CodeFixes.InventoryCodeFixProvider>;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.InventoryAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>RAI1005 against the real Microsoft.Extensions.AI and OpenAI packages.</summary>
public class InventoryTests
{
    [Fact]
    public Task Raw_sdk_calls_outside_features_are_reported_and_calls_inside_features_are_not() => Verify.VerifyAsync("""
        using OpenAI.Chat;

        public sealed class Unlisted(IChatClient chat, ChatClient openAi)
        {
            public async Task<string> AskAsync(string question) => (await {|RAI1005:chat.GetResponseAsync(question)|}).Text;

            // Constant input is still AI use.
            public async Task<string> JokeAsync() => (await {|RAI1005:openAi.CompleteChatAsync("Tell a joke")|}).Value.Content[0].Text;

            public Func<string, Task<ChatResponse>> Handler() => q => {|RAI1005:chat.GetResponseAsync(q)|};

            // A call of a feature is not a raw SDK call.
            public Task<AiGenerated<string>> ViaFeature(Listed listed, AiSubject s) => listed.SummarizeAsync(s, "text");
        }

        public sealed class Listed(IChatClient chat)
        {
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
            public async Task<AiGenerated<string>> SummarizeAsync(AiSubject student, string text)
            {
                var response = await chat.GetResponseAsync("Summarize: " + text);
                Func<Task<ChatResponse>> retry = () => chat.GetResponseAsync("Summarize again: " + text);
                return AiGenerated.Create((await Local()).Text, "lecture.summary");

                Task<ChatResponse> Local() => chat.GetResponseAsync(text);
            }
        }

        [AiFeature("support.assistant", Capability = AiCapability.Chat)]
        public sealed class Assistant(IChatClient chat)
        {
            public Task<ChatResponse> AnswerAsync(string q) => chat.GetResponseAsync(q);
            private Task<ChatResponse> RetryAsync(string q) => chat.GetResponseAsync(q);
        }

        public sealed partial class Gateways(IChatClient chat, IAiGovernance governance)
        {
            [AiFeature("lecture.quiz", Capability = AiCapability.QuizGeneration, Implementation = nameof(QuizCoreAsync))]
            public partial Task<AiGenerated<string>> {|CS8795:QuizAsync|}(AiSubject student, string text, CancellationToken ct); // the generator writes it

            private async Task<string> QuizCoreAsync(AiSubject student, string text, CancellationToken ct) =>
                (await chat.GetResponseAsync("Quiz: " + text, cancellationToken: ct)).Text;
        }
        """);

    [Fact]
    public Task The_fix_declares_the_feature_on_the_member_with_a_readable_id() => Fix.VerifyAsync(
        """
        public sealed class HTTPSupportHandler(IChatClient chat)
        {
            public async Task<string> AnswerAsync(string question) => (await {|RAI1005:chat.GetResponseAsync(question)|}).Text;
        }
        """,
        """
        public sealed class HTTPSupportHandler(IChatClient chat)
        {
            [AiFeature("http-support-handler.answer", Capability = AiCapability.Chat)]
            public async Task<string> AnswerAsync(string question) => (await chat.GetResponseAsync(question)).Text;
        }
        """);
}
