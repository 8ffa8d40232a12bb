using System.Threading.Tasks;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.UntrustedSystemPromptAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>RAI2006 with ASP.NET Core (the SDK's reference pack) and the real Microsoft.Extensions.AI, OpenAI and Semantic Kernel packages.</summary>
public class UntrustedSystemPromptTests
{
    [Fact]
    public Task Request_text_in_system_messages_is_reported_and_in_user_messages_it_is_not() => Verify.VerifyWithAspNetCoreAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.SemanticKernel.ChatCompletion;
        using OpenAI.Chat;
        using System.Text;

        public sealed record ChatRequest(string Persona, string Question, string System);

        public static class Endpoints
        {
            public static void Map(WebApplication app) =>
                app.MapPost("/chat", (string persona, string question, IChatClient chat) =>
                    chat.GetResponseAsync([new Microsoft.Extensions.AI.ChatMessage(ChatRole.System, {|RAI2006:$"You are {persona}."|}), new Microsoft.Extensions.AI.ChatMessage(ChatRole.User, question)]));

            public static void MapTone(WebApplication app) =>
                app.MapGet("/tone", (HttpContext context, IChatClient chat) =>
                {
                    string tone = context.Request.Query["tone"];
                    var instructions = new StringBuilder("Answer politely.");
                    instructions.Append(" Use a ").Append(tone).Append(" tone.");
                    return chat.GetResponseAsync("Hello", new ChatOptions { Instructions = {|RAI2006:instructions.ToString()|} });
                });
        }

        [ApiController]
        [Route("api/chat")]
        public sealed class ChatController : ControllerBase
        {
            [HttpPost("sk")]
            public ChatHistory SemanticKernel([FromBody] ChatRequest request)
            {
                var history = new ChatHistory();
                history.AddSystemMessage({|RAI2006:"You are " + request.Persona|});
                history.AddUserMessage(request.Question);
                return history;
            }

            [HttpPost("openai")]
            public SystemChatMessage OpenAi(ChatRequest request) => new({|RAI2006:request.System|});

            [HttpPost("history")]
            public ChatHistory History(ChatRequest request) => new({|RAI2006:request.System|});

            [HttpPost("user-history")]
            public ChatHistory UserHistory(ChatRequest request) => new(request.Question, AuthorRole.User);

            [HttpPost("bedrock")]
            public Amazon.BedrockRuntime.Model.ConverseRequest Bedrock(ChatRequest request) => new()
            {
                System = [new Amazon.BedrockRuntime.Model.SystemContentBlock { Text = {|RAI2006:$"Persona: {request.Persona}"|} }],
                Messages = [new Amazon.BedrockRuntime.Model.Message { Content = [new Amazon.BedrockRuntime.Model.ContentBlock { Text = request.Question }] }],
            };

            [HttpPost("gemini")]
            public Google.GenAI.Types.GenerateContentConfig Gemini(ChatRequest request) => new()
            {
                SystemInstruction = new Google.GenAI.Types.Content { Parts = new List<Google.GenAI.Types.Part> { new() { Text = {|RAI2006:request.System|} } } },
            };

            [HttpPost("inference")]
            public Azure.AI.Inference.ChatRequestMessage[] Inference(ChatRequest request) =>
                [new Azure.AI.Inference.ChatRequestSystemMessage({|RAI2006:request.System|}), new Azure.AI.Inference.ChatRequestUserMessage(request.Question)];
        }
        """);

    [Fact]
    public Task Allow_lists_constants_and_server_side_prompts_clean_the_request_text() => Verify.VerifyWithAspNetCoreAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.SemanticKernel.ChatCompletion;

        public enum Tone { Formal, Casual }

        public sealed record ChatRequest(string Persona, string Question, string Key, string Tone);

        [ApiController]
        public sealed class SafeController : ControllerBase
        {
            private static readonly Dictionary<string, string> Prompts = new() { ["tutor"] = "You are a patient tutor.", ["grader"] = "You grade essays." };

            [HttpPost("switch")]
            public ChatHistory Switch(ChatRequest request)
            {
                var persona = request.Persona switch
                {
                    "pirate" => "You are a pirate.",
                    _ => "You are a helpful assistant.",
                };
                var history = new ChatHistory(persona);
                history.AddUserMessage(request.Question);
                return history;
            }

            [HttpPost("lookup")]
            public ChatHistory Lookup(ChatRequest request) => new(Prompts.TryGetValue(request.Key, out var prompt) ? prompt : "You are helpful.");

            [HttpPost("indexer")]
            public ChatHistory Indexer(ChatRequest request) => new(Prompts[request.Key]);

            [HttpPost("enum")]
            public ChatHistory EnumParse(ChatRequest request)
            {
                var tone = Enum.Parse<Tone>(request.Tone);
                return new ChatHistory($"Answer in a {tone} tone.");
            }

            // Not an action: a private helper called with server data.
            private static ChatHistory Build(string system) => new(system);
        }

        public static class Endpoints
        {
            public static void Map(WebApplication app) =>
                app.MapPost("/ask", (string question, IChatClient chat) =>
                    chat.GetResponseAsync([new ChatMessage(ChatRole.System, "Answer only from the course material."), new ChatMessage(ChatRole.User, question)]));
        }
        """);
}
