using System.Threading.Tasks;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.ConsentAndOptOutAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>
/// AI-call recognition across the SDKs, compiled against the REAL packages (Microsoft.Extensions.AI, OpenAI, Semantic
/// Kernel, Anthropic, OllamaSharp, Azure.AI.Inference) and, for Google Gen AI, AWS and Kaltura, against the stand-in
/// assembly tests/StandInSdks (those SDKs are not served here). Each call shape real code uses: interface members,
/// explicit implementations, overrides, reduced extension methods, generic methods.
/// </summary>
public class SdkRecognitionTests
{
    private static Task Reported(string body, string usings = "") => Verify.VerifyAsync(usings + $$"""

        public sealed class Calls
        {
            public async Task Run(string input, CancellationToken ct)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task MEAI_interface_member_extension_and_structured_output() => Reported("""
                IChatClient chat = null!;
                await {|RAI1001:{|RAI1002:chat.GetResponseAsync(new[] { new ChatMessage(ChatRole.User, input) }, null, ct)|}|};
                await {|RAI1001:{|RAI1002:chat.GetResponseAsync(input, cancellationToken: ct)|}|};
                await {|RAI1001:{|RAI1002:chat.GetResponseAsync<int>(input, cancellationToken: ct)|}|};
                await foreach (var update in {|RAI1001:{|RAI1002:chat.GetStreamingResponseAsync(input, cancellationToken: ct)|}|}) { }
                IEmbeddingGenerator<string, Embedding<float>> embeddings = null!;
                await {|RAI1001:{|RAI1002:embeddings.GenerateAsync(new[] { input }, null, ct)|}|};
                await {|RAI1001:{|RAI1002:embeddings.GenerateVectorAsync(input, cancellationToken: ct)|}|};
                ISpeechToTextClient speech = null!;
                await {|RAI1001:{|RAI1002:speech.GetTextAsync(System.IO.Stream.Null, null, ct)|}|};
        """);

    [Fact]
    public Task OllamaSharp_explicit_IChatClient_and_native_api() => Reported("""
                var ollama = new OllamaSharp.OllamaApiClient(new Uri("http://localhost:11434"), "llama3");
                IChatClient chat = ollama;
                await {|RAI1001:{|RAI1002:chat.GetResponseAsync(input, cancellationToken: ct)|}|};
                await foreach (var token in {|RAI1001:{|RAI1002:OllamaSharp.OllamaApiClientExtensions.GenerateAsync(ollama, input, null, ct)|}|}) { }
                await foreach (var part in {|RAI1001:{|RAI1002:ollama.ChatAsync(System.Text.Json.JsonSerializer.Deserialize<OllamaSharp.Models.Chat.ChatRequest>(input)!, ct)|}|}) { }
                await {|RAI1001:{|RAI1002:ollama.EmbedAsync(new OllamaSharp.Models.EmbedRequest { Input = [input] }, ct)|}|};
        """);

    [Fact]
    public Task OpenAI_clients_including_Azure_OpenAI_factory() => Reported("""
                var chat = new OpenAI.Chat.ChatClient("gpt-4o", "key-from-config");
                await {|RAI1001:{|RAI1002:chat.CompleteChatAsync(new OpenAI.Chat.ChatMessage[] { OpenAI.Chat.ChatMessage.CreateUserMessage(input) })|}|};
                {|RAI1001:{|RAI1002:chat.CompleteChat(OpenAI.Chat.ChatMessage.CreateUserMessage(input))|}|};
                var audio = new OpenAI.Audio.AudioClient("whisper-1", "key-from-config");
                await {|RAI1001:{|RAI1002:audio.TranscribeAudioAsync(System.IO.Stream.Null, "lecture.mp3")|}|};
                var embeddings = new OpenAI.Embeddings.EmbeddingClient("text-embedding-3-small", "key-from-config");
                await {|RAI1001:{|RAI1002:embeddings.GenerateEmbeddingAsync(input)|}|};
                var moderation = new OpenAI.Moderations.ModerationClient("omni-moderation-latest", "key-from-config");
                await {|RAI1001:{|RAI1002:moderation.ClassifyTextAsync(input)|}|};
                var images = new OpenAI.Images.ImageClient("gpt-image-1", "key-from-config");
                await {|RAI1001:{|RAI1002:images.GenerateImageAsync(input)|}|};
                var azure = new Azure.AI.OpenAI.AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), new System.ClientModel.ApiKeyCredential("key-from-config"));
                await {|RAI1001:{|RAI1002:azure.GetChatClient("deployment").CompleteChatAsync(OpenAI.Chat.ChatMessage.CreateUserMessage(input))|}|};
                IChatClient adapted = chat.AsIChatClient();
                await {|RAI1001:{|RAI1002:adapted.GetResponseAsync(input)|}|};
        """);

    [Fact]
    public Task Semantic_Kernel_services_and_kernel_invocation() => Reported("""
                Microsoft.SemanticKernel.Kernel kernel = null!;
                var service = (Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService)null!;
                await {|RAI1001:{|RAI1002:Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions.GetChatMessageContentAsync(service, input, null, null, ct)|}|};
                var history = new Microsoft.SemanticKernel.ChatCompletion.ChatHistory();
                history.AddUserMessage(input);
                await {|RAI1001:{|RAI1002:service.GetChatMessageContentsAsync(history, null, null, ct)|}|};
                await {|RAI1001:{|RAI1002:kernel.InvokePromptAsync(input, cancellationToken: ct)|}|};
                Microsoft.SemanticKernel.KernelFunction function = kernel.CreateFunctionFromPrompt(input);
                await {|RAI1001:{|RAI1002:kernel.InvokeAsync(function, null, ct)|}|};
                await {|RAI1001:{|RAI1002:function.InvokeAsync(kernel, null, ct)|}|};
        """, "using Microsoft.SemanticKernel;");

    [Fact]
    public Task Anthropic_messages_and_Azure_AI_Inference() => Reported("""
                Anthropic.IAnthropicClient anthropic = null!;
                var request = System.Text.Json.JsonSerializer.Deserialize<Anthropic.Models.Messages.MessageCreateParams>(input)!;
                await {|RAI1001:{|RAI1002:anthropic.Messages.Create(request, ct)|}|};
                await foreach (var e in {|RAI1001:{|RAI1002:anthropic.Messages.CreateStreaming(request, ct)|}|}) { }
                Azure.AI.Inference.ChatCompletionsClient inference = null!;
                await {|RAI1001:{|RAI1002:inference.CompleteAsync(new Azure.AI.Inference.ChatCompletionsOptions { Messages = { new Azure.AI.Inference.ChatRequestUserMessage(input) } }, ct)|}|};
        """);

    [Fact]
    public Task Stand_in_SDKs_Google_AWS_Kaltura() => Reported("""
                // Stand-ins (tests/StandInSdks): Google Gen AI, AWS Bedrock and Kaltura are not served by the registry here.
                var gemini = new Google.GenAI.Client(apiKey: "key-from-config");
                await {|RAI1001:{|RAI1002:gemini.Models.GenerateContentAsync("gemini-2.5-flash", input)|}|};
                Amazon.BedrockRuntime.IAmazonBedrockRuntime bedrock = null!;
                await {|RAI1001:{|RAI1002:bedrock.ConverseAsync(System.Text.Json.JsonSerializer.Deserialize<Amazon.BedrockRuntime.Model.ConverseRequest>(input)!, ct)|}|};
                var task = new Kaltura.Types.EntryVendorTask { EntryId = input };
                await {|RAI1001:{|RAI1002:Kaltura.Services.EntryVendorTaskService.Add(task)|}|}.ExecuteAsync(null);
        """);

    [Fact]
    public Task Non_AI_members_of_SDK_types_are_not_AI_calls() => Verify.VerifyAsync("""
        public sealed class Calls
        {
            public async Task Run(IChatClient chat, CancellationToken ct)
            {
                var meta = chat.GetService<ChatClientMetadata>();                       // GetService: not an AI call
                var openai = new OpenAI.OpenAIClient("key-from-config");
                var client = openai.GetChatClient("gpt-4o");                           // creating a client: not an AI call
                Anthropic.IAnthropicClient anthropic = null!;
                Anthropic.Models.Messages.MessageCountTokensParams count = null!;
                await anthropic.Messages.CountTokens(count, ct);                        // counting tokens: not an AI call
                using var ollama = new OllamaSharp.OllamaApiClient(new Uri("http://localhost:11434"));
                await ollama.ListLocalModelsAsync(ct);                                  // listing models: not an AI call
                chat.Dispose();
            }
        }
        """);

    [Fact]
    public Task Middleware_overriding_an_SDK_member_is_itself_an_AI_member() => Verify.VerifyAsync("""
        public sealed class LoggingChatClient(IChatClient inner) : DelegatingChatClient(inner)
        {
            // Inside the override no guard is needed: its callers make the AI call.
            public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
                => base.GetResponseAsync(messages, options, cancellationToken);
        }

        public sealed class Caller
        {
            public Task<ChatResponse> Run(LoggingChatClient client, string question) =>
                {|RAI1001:{|RAI1002:client.GetResponseAsync(new[] { new ChatMessage(ChatRole.User, question) })|}|};
        }
        """);
}

/// <summary>IChatClient middleware: pass-through middleware is exempt; a middleware that checks guards is a gate and must check both.</summary>
public class MiddlewareGateTests
{
    [Fact]
    public Task Gate_middleware_must_check_both_on_every_path() => Verify.VerifyAsync("""
        public sealed class ConsentGate(IChatClient inner, IAiGovernance governance) : DelegatingChatClient(inner)
        {
            private static readonly AiFeatureDescriptor Assistant = new("platform.assistant");

            public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
            {
                var subject = new AiSubject((string)options!.AdditionalProperties!["subject"]!);
                await governance.EnsureConsentAsync(subject, Assistant, cancellationToken);
                await governance.EnsureNotOptedOutAsync(subject, Assistant, cancellationToken);
                return await base.GetResponseAsync(messages, options, cancellationToken);
            }

            public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
            {
                var subject = new AiSubject((string)options!.AdditionalProperties!["subject"]!);
                await governance.EnsureConsentAsync(subject, Assistant, cancellationToken);
                await foreach (var update in {|RAI1002:base.GetStreamingResponseAsync(messages, options, cancellationToken)|})
                {
                    yield return update;
                }
            }
        }

        public sealed class Timing(IChatClient inner) : DelegatingChatClient(inner)
        {
            // Pass-through middleware: no guard of its own, its callers carry the duty.
            public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
                => InnerClient.GetResponseAsync(messages, options, cancellationToken);
        }
        """);
}

/// <summary>A private helper of IChatClient middleware that only the exempt overrides use is part of the middleware.</summary>
public class MiddlewareHelperTests
{
    private const string Middleware = """
        public sealed class RetryingChatClient(IChatClient inner) : DelegatingChatClient(inner)
        {
            public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
                => SendWithRetryAsync(messages, options, cancellationToken);

            public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
            {
                var response = await SendWithRetryAsync(messages, options, cancellationToken);
                foreach (var update in response.ToChatResponseUpdates())
                {
                    yield return update;
                }
            }

            private async Task<ChatResponse> SendWithRetryAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken ct)
            {
                for (var attempt = 0; ; attempt++)
                {
                    try
                    {
                        return await TrySendAsync(messages, options, ct);
                    }
                    catch (System.Net.Http.HttpRequestException) when (attempt < 3)
                    {
                    }
                }
            }

            private Task<ChatResponse> TrySendAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken ct) =>
                InnerClient.GetResponseAsync(messages, options, ct);
        """;

    [Fact]
    public Task Helpers_used_only_by_the_overrides_are_quiet() => Verify.VerifyAsync(Middleware + """

        }
        """);

    [Fact]
    public Task Helper_also_used_by_an_ordinary_member_is_reported() => Verify.VerifyAsync(Middleware.Replace(
        "InnerClient.GetResponseAsync(messages, options, ct)",
        "{|RAI1001:{|RAI1002:InnerClient.GetResponseAsync(messages, options, ct)|}|}") + """

            public Task<ChatResponse> WarmUpAsync(string greeting) => TrySendAsync(new[] { new ChatMessage(ChatRole.User, greeting) }, null, default);
        }
        """);
}

/// <summary>Middleware registered on an agent or chat client builder runs inside the client: no duty of its own.</summary>
public class MiddlewareRegistrationTests
{
    [Fact]
    public Task Agent_and_chat_middleware_registered_with_Use_are_quiet() => Verify.VerifyAsync("""
        using Microsoft.Agents.AI;

        public static class Pipeline
        {
            public static AIAgent Build(AIAgent agent) => agent.AsBuilder().Use(RedactAsync, null).Build();

            public static IChatClient BuildChat(IChatClient chat) => chat.AsBuilder()
                .Use(async (messages, options, next, ct) => await next(messages, options, ct))
                .Use(async (messages, options, inner, ct) => await inner.GetResponseAsync(messages, options, ct), null)
                .Build();

            private static Task<AgentResponse> RedactAsync(IEnumerable<ChatMessage> messages, AgentSession? session, AgentRunOptions? options, AIAgent innerAgent, CancellationToken ct) =>
                innerAgent.RunAsync(messages, session, options, ct);

            public static Task<AgentResponse> NotMiddlewareAsync(AIAgent agent, string question) =>
                {|RAI1001:{|RAI1002:agent.RunAsync(question)|}|};
        }
        """);

    [Fact]
    public Task Local_function_registered_as_agent_middleware_is_quiet() => Verify.VerifyAsync("""
        using Microsoft.Agents.AI;

        public static class Program2
        {
            public static async Task RunAsync(AIAgent agent, string question)
            {
                var guarded = agent.AsBuilder().Use(Guardrail, null).Build();
                Console.WriteLine(await {|RAI1001:{|RAI1002:guarded.RunAsync(question)|}|});

                async Task<AgentResponse> Guardrail(IEnumerable<ChatMessage> messages, AgentSession? session, AgentRunOptions? options, AIAgent inner, CancellationToken ct) =>
                    await inner.RunAsync(messages.Where(m => !m.Text.Contains("password")), session, options, ct);
            }
        }
        """.Replace("using Microsoft.Agents.AI;", "using System.Linq;\nusing Microsoft.Agents.AI;"));
}

