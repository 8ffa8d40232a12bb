// How the platform connects to its AI providers: the hard-coded key rule (RAI2005). The keys below are fake (they have
// the real shapes and authenticate nowhere). Each comment names the diagnostic; expected-diagnostics.txt lists them.
using System.ClientModel;
using OpenAI;
using OpenAI.Chat;

namespace Violations;

public static class ProviderSetup
{
    // VIOLATION RAI2005: a key in a constant that the captions client below uses. Reported on the literal. Anyone with the
    // source, a build log or the package can use the account. Fix: read it from configuration or the environment (the
    // code fix writes Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw ...), and rotate the committed key.
    private const string CaptionsKey = "sk-proj-Vd3kR8mQ2wL5tY7uI9oP1aS4dF6gH8jK0lZ2xC4vB6nM8qW";

    public static ChatClient Captions() => new("gpt-4o-mini", CaptionsKey);

    // VIOLATION RAI2005: the key passed straight to the credential of the OpenAI client. Reported on the literal.
    public static OpenAIClient Summaries() => new(new ApiKeyCredential("sk-proj-Lp9oK8iJ7uH6yG5tF4rD3eS2wA1qZ0xC9vB8nM7kJ6hG5fD"));

    // OK (RAI2005): the key comes from the environment.
    public static ChatClient Quiz() => new("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("Set OPENAI_API_KEY."));

    // OK (RAI2005): a local OpenAI-compatible server (Ollama) takes any non-empty key; "ollama" is not a credential.
    public static OpenAIClient Local() => new(new ApiKeyCredential("ollama"), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:11434/v1") });
}
