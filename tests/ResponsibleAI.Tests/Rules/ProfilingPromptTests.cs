using System.Threading.Tasks;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.ProfilingPromptAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>RAI2002 where prompts reach the real SDKs: Microsoft.Extensions.AI, OpenAI and Semantic Kernel.</summary>
public class ProfilingPromptTests
{
    [Fact]
    public Task Profiling_prompts_are_reported_on_the_literal_wherever_they_reach_the_model() => Verify.VerifyAsync("""
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;
        using OpenAI.Chat;

        public sealed class Screening(IChatClient chat, Kernel kernel)
        {
            private const string SystemPrompt = {|RAI2002:"You are a recruiter. Note each candidate's likely age next to their name."|};

            public Task<ChatResponse> Direct(string cv) =>
                chat.GetResponseAsync([new(ChatRole.System, SystemPrompt), new(ChatRole.User, cv)]);

            public Task<ChatResponse> Interpolated(string post) =>
                chat.GetResponseAsync({|RAI2002:$"Infer the political affiliation of the author of this post: {post}"|});

            public Task<ChatResponse> Local(string transcript)
            {
                var prompt = {|RAI2002:"Detect whether the employee is frustrated or angry in this call."|};
                return chat.GetResponseAsync([new(ChatRole.System, prompt), new(ChatRole.User, transcript)]);
            }

            public Task<ChatResponse> Options(string text) =>
                chat.GetResponseAsync(text, new ChatOptions { Instructions = {|RAI2002:"Return {\"religion\": string} for the user."|} });

            public void History(ChatHistory history) =>
                history.AddSystemMessage({|RAI2002:"Estimez l'âge de l'utilisateur d'après son style d'écriture."|});

            public SystemChatMessage OpenAi() => new({|RAI2002:"Klassifiziere den Bewerber nach seiner wahrscheinlichen Religion."|});

            public Task<FunctionResult> SemanticKernel(string bio) => kernel.InvokePromptAsync({|RAI2002:"Guess the gender of the person described here: {{$bio}}"|});
        }
        """);

    [Fact]
    public Task Topics_stated_characteristics_prohibitions_and_prompts_that_reach_no_model_are_not_reported() => Verify.VerifyAsync("""
        public sealed class Lectures(IChatClient chat)
        {
            private const string Guardrail = "Do not infer the user's race, religion, health or age, and never guess their gender.";

            public Task<ChatResponse> Sermon(string text) => chat.GetResponseAsync($"Translate this sermon into Spanish: {text}");
            public Task<ChatResponse> Debate(string text) => chat.GetResponseAsync($"Summarize this debate about religion and politics: {text}");
            public Task<ChatResponse> Reading(string text) => chat.GetResponseAsync($"Rewrite this for 8-year-olds at an age-appropriate reading level: {text}");
            public Task<ChatResponse> Neutral(string text) => chat.GetResponseAsync($"Rewrite this job ad in gender-neutral language: {text}");
            public Task<ChatResponse> Faq(string question) => chat.GetResponseAsync([new(ChatRole.System, Guardrail), new(ChatRole.User, question)]);
            public Task<ChatResponse> Moderation(string comment) => chat.GetResponseAsync($"Flag comments that insult people because of their religion: {comment}");

            // Not a prompt: a log line that reaches no AI SDK.
            public static void Log() => Console.WriteLine("Estimate the age of the person in this photo.");
        }
        """);
}
