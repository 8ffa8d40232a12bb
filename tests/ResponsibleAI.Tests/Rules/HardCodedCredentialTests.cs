using System.Threading.Tasks;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.HardCodedCredentialAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>RAI2005 against the real OpenAI, Azure.AI.Inference, Semantic Kernel and Anthropic packages.</summary>
public class HardCodedCredentialTests
{
    // Fake keys with the real shapes (they authenticate nowhere).
    private const string OpenAiKey = "sk-proj-Q7fXw2LmN9pR4sT6vY8zA1bC3dE5gH7jK9mP2qR4tV6xZ8aB";
    private const string AnthropicKey = "sk-ant-api03-Xy7Qw2Lm9Np4Rs6Tv8Zb1Cd3Ef5Gh7Jk9Mp2Qr4Tv6Xz8Ab";
    private const string AzureKey = "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e";

    [Fact]
    public Task Keys_passed_to_clients_credentials_and_key_properties_are_reported_on_the_literal() => Verify.VerifyAsync($$"""
        using OpenAI;
        using OpenAI.Chat;
        using System.ClientModel;
        using Azure;
        using Azure.AI.Inference;
        using Microsoft.SemanticKernel;
        using Anthropic;

        public static class Clients
        {
            public static ChatClient Direct() => new("gpt-4o-mini", {|RAI2005:"{{OpenAiKey}}"|});

            public static OpenAIClient Credential() => new(new ApiKeyCredential({|RAI2005:"sk-svcacct-{{OpenAiKey[8..]}}"|}));

            public static ChatCompletionsClient Azure() => new(new Uri("https://contoso.services.ai.azure.com/models"), new AzureKeyCredential({|RAI2005:"{{AzureKey}}"|}));

            public static Kernel SemanticKernel() => Kernel.CreateBuilder().AddOpenAIChatCompletion("gpt-4o-mini", {|RAI2005:"sk-{{OpenAiKey[8..]}}"|}).Build();

            public static AnthropicClient Claude() => new() { ApiKey = {|RAI2005:"{{AnthropicKey}}"|} };
        }
        """);

    [Fact]
    public Task Keys_reach_the_client_through_constants_fields_and_locals_and_each_literal_is_reported_once() => Verify.VerifyAsync($$"""
        using OpenAI.Chat;
        using System.ClientModel;

        public sealed class Service
        {
            private const string Key = {|RAI2005:"{{OpenAiKey}}"|};
            private static readonly string Backup = {|RAI2005:"sk-proj-{{OpenAiKey[8..].ToUpperInvariant()}}"|};
            private const string Unused = "sk-proj-A{{OpenAiKey[9..]}}";

            private readonly ChatClient _a = new("gpt-4o", Key);
            private readonly ChatClient _b = new("gpt-4o-mini", Key);
            private readonly ChatClient _c = new("gpt-4o-mini", Backup);

            public ChatClient Local()
            {
                var key = {|RAI2005:"sk-proj-Z{{OpenAiKey[9..]}}"|};
                var credential = new ApiKeyCredential(key);
                return new ChatClient("gpt-4o-mini", credential);
            }
        }
        """);

    [Fact]
    public Task A_key_kept_in_another_type_is_reported_once_on_its_literal_and_a_key_that_reaches_no_AI_type_is_not() => Verify.VerifyAsync($$"""
        using OpenAI.Chat;

        public static class Secrets
        {
            public const string OpenAiKey = {|RAI2005:"{{OpenAiKey}}"|};
            public const string SampleLeak = "sk-proj-B{{OpenAiKey[9..]}}"; // only a redaction self-test reads it
        }

        public sealed class Service
        {
            private readonly ChatClient _a = new("gpt-4o", Secrets.OpenAiKey);
            public ChatClient Other() => new("gpt-4o-mini", Secrets.OpenAiKey);
            public ChatClient Fallback(string? configured) => new("gpt-4o-mini", configured ?? {|RAI2005:"sk-proj-F{{OpenAiKey[9..]}}"|});
            public static string Redact(string text) => text.Replace(Secrets.SampleLeak, "***");
        }
        """);

    [Fact]
    public Task Keys_in_property_initializers_through_a_local_with_a_fallback_and_in_AWS_credentials_are_reported() => Verify.VerifyAsync($$"""
        using OpenAI.Chat;
        using Amazon;
        using Amazon.Runtime;
        using Amazon.BedrockRuntime;

        public static class Secrets
        {
            public const string Fallback = {|RAI2005:"{{OpenAiKey}}"|};
        }

        public sealed class AiOptions
        {
            public string Model { get; set; } = "gpt-4o-mini";
            public string ApiKey { get; set; } = {|RAI2005:"sk-proj-P{{OpenAiKey[9..]}}"|};
            public string Greeting { get; set; } = "sk-proj-G{{OpenAiKey[9..]}}"; // key-shaped, but never given to a client
        }

        public sealed class Service(AiOptions options)
        {
            private static string ResearchKey { get; } = {|RAI2005:"sk-proj-R{{OpenAiKey[9..]}}"|};

            public ChatClient Configured() => new(options.Model, options.ApiKey);
            public ChatClient Research() => new("gpt-4o", ResearchKey);
            public string Hello() => options.Greeting;

            public ChatClient WithFallback(string? configured)
            {
                var key = configured ?? Secrets.Fallback;
                return new ChatClient("gpt-4o-mini", key);
            }

            public AmazonBedrockRuntimeClient Bedrock() =>
                new(new BasicAWSCredentials({|RAI2005:"AKIA55IIKQTHYK7TOAFS"|}, Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY")!), RegionEndpoint.USEast1);
        }
        """);

    [Fact]
    public Task Placeholders_configuration_local_dummy_keys_and_keys_of_other_services_are_not_reported() => Verify.VerifyAsync($$"""
        using OpenAI;
        using OpenAI.Chat;
        using System.ClientModel;
        using Azure;

        public static class NotKeys
        {
            public static ChatClient Placeholder() => new("gpt-4o-mini", "<your-openai-key>");
            public static ChatClient Upper() => new("gpt-4o-mini", "YOUR_API_KEY");
            public static ChatClient Elided() => new("gpt-4o-mini", "sk-...");
            public static ChatClient Environment() => new("gpt-4o-mini", System.Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);

            // A local Ollama endpoint through the OpenAI client takes any non-empty key.
            public static OpenAIClient Ollama() => new(new ApiKeyCredential("ollama"), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:11434/v1") });

            // A key-shaped string that is not a credential of an AI client: a log message, and a key of a service that is not AI.
            public static void Log() => Console.WriteLine("{{OpenAiKey}}");
            public static AzureKeyCredential Search() => new("{{AzureKey}}");
            public static Mail Mailer() => new() { ApiKey = "SG.{{OpenAiKey[8..]}}" };
        }

        public sealed class Mail { public string? ApiKey { get; set; } }
        """);

    [Fact]
    public Task Incomplete_code_does_not_throw() => Verify.VerifyAsync("""
        using OpenAI.Chat;

        public static class Typing
        {
            public static ChatClient Half() => new("gpt-4o-mini", {|CS0103:key|});
            public static ChatClient Missing() => new("gpt-4o-mini", {|CS1525:)|};
        }
        """);
}
