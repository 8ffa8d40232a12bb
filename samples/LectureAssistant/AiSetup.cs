using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI.Audio;
using OpenAI.Chat;
using LectureAssistant.Local;

namespace LectureAssistant;

/// <summary>The AI clients the app talks to, chosen by configuration. The rest of the app sees only the MEAI interfaces.</summary>
public sealed record AiSetup(IChatClient Chat, string ChatProvider, ISpeechToTextClient Speech, string SpeechProvider) : IDisposable
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
                return new(new LocalChatClient(), "local", new LocalSpeechToTextClient(), "local");

            case "openai":
                var key = Env("OPENAI_API_KEY") ?? throw new InvalidOperationException("Set OPENAI_API_KEY to use LECTURE_AI_PROVIDER=openai.");
                var chat = new ChatClient(model ?? "gpt-4o-mini", key).AsIChatClient();
                // Whisper needs real audio: it is used only when LECTURE_AUDIO names an audio file.
                return Env("LECTURE_AUDIO") is null
                    ? new(chat, "OpenAI", new LocalSpeechToTextClient(), "local")
                    : new(chat, "OpenAI", new AudioClient("whisper-1", key).AsISpeechToTextClient(), "OpenAI");

            case "ollama":
                var url = new Uri(Env("OLLAMA_URL") ?? "http://localhost:11434");
                // Ollama has no speech-to-text API, so captions stay local.
                return new(new OllamaApiClient(url, model ?? "llama3.2"), "Ollama (self-hosted)", new LocalSpeechToTextClient(), "local");

            default:
                throw new InvalidOperationException($"Unknown LECTURE_AI_PROVIDER '{provider}': use local, openai or ollama.");
        }
    }

    public void Dispose()
    {
        Chat.Dispose();
        Speech.Dispose();
    }

    private static string? Env(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value.Trim() : null;
}
