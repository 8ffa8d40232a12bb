using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI.Audio;
using OpenAI.Chat;
using LectureAssistant.Local;
using ResponsibleAI;

namespace LectureAssistant;

/// <summary>
/// The AI clients the app talks to, chosen by configuration, with the provider and model of each. The rest of the app sees
/// only the MEAI interfaces. The provider is picked at startup, so the [AiFeature] declarations cannot name it: the audit
/// records the model actually used through <see cref="ModelFor"/> (AiGovernanceOptions.ModelResolver).
/// </summary>
public sealed record AiSetup(IChatClient Chat, string ChatProvider, string ChatModel, ISpeechToTextClient Speech, string SpeechProvider, string SpeechModel) : IDisposable
{
    /// <summary>
    /// Reads LECTURE_AI_PROVIDER: "local" (default: deterministic, offline, no key), "openai" (OPENAI_API_KEY) or
    /// "ollama" (OLLAMA_URL). LECTURE_AI_MODEL picks the chat model. Keys come from the environment, never from code.
    /// </summary>
    public static AiSetup FromEnvironment()
    {
        var provider = (Env("LECTURE_AI_PROVIDER") ?? "local").ToLowerInvariant();
        var model = Env("LECTURE_AI_MODEL");
        switch (provider)
        {
            case "local":
                return new(new LocalChatClient(), "local", LocalChatClient.ModelId, new LocalSpeechToTextClient(), "local", LocalSpeechToTextClient.ModelId);

            case "openai":
                var key = Env("OPENAI_API_KEY") ?? throw new InvalidOperationException("Set OPENAI_API_KEY to use LECTURE_AI_PROVIDER=openai.");
                var chatModel = model ?? "gpt-4o-mini";
                var chat = new ChatClient(chatModel, key).AsIChatClient();
                // Whisper needs real audio: it is used only when LECTURE_AUDIO names an audio file.
                return Env("LECTURE_AUDIO") is null
                    ? new(chat, "OpenAI", chatModel, new LocalSpeechToTextClient(), "local", LocalSpeechToTextClient.ModelId)
                    : new(chat, "OpenAI", chatModel, new AudioClient("whisper-1", key).AsISpeechToTextClient(), "OpenAI", "whisper-1");

            case "ollama":
                var url = new Uri(Env("OLLAMA_URL") ?? "http://localhost:11434");
                // Ollama has no speech-to-text API, so captions stay local.
                var ollamaModel = model ?? "llama3.2";
                return new(new OllamaApiClient(url, ollamaModel), "Ollama (self-hosted)", ollamaModel, new LocalSpeechToTextClient(), "local", LocalSpeechToTextClient.ModelId);

            default:
                throw new InvalidOperationException($"Unknown LECTURE_AI_PROVIDER '{provider}': use local, openai or ollama.");
        }
    }

    /// <summary>The model that serves a feature: speech to text for captions, the chat model for everything else.</summary>
    public string ModelFor(AiFeatureDescriptor feature) =>
        feature.Capability == AiCapability.Captioning ? SpeechModel : ChatModel;

    public void Dispose()
    {
        Chat.Dispose();
        Speech.Dispose();
    }

    private static string? Env(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value.Trim() : null;
}
