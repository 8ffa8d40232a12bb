// How the platform connects to its AI providers and configures them: hard-coded keys (RAI2005), weakened safety filters
// (RAI2003) and customer data sent to training or kept by the provider (RAI2004). The keys below are fake (they have the
// real shapes and authenticate nowhere). Each comment names the diagnostic; expected-diagnostics.txt lists them.
#pragma warning disable OPENAI001 // image moderation levels and stored outputs are marked experimental in OpenAI 2.x
using System.ClientModel;
using OpenAI;
using OpenAI.Audio;
using OpenAI.Chat;
using OpenAI.Files;
using OpenAI.Images;

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

    // VIOLATION RAI2003: lecture-poster images generated with the provider's moderation turned down. Reported on the value.
    // Fix: the default (the code fix writes GeneratedImageModerationLevel.Auto).
    public static OpenAI.Images.ImageGenerationOptions Posters() => new() { ModerationLevel = GeneratedImageModerationLevel.Low };

    // OK (RAI2003): the default moderation level.
    public static OpenAI.Images.ImageGenerationOptions Diagrams() => new() { ModerationLevel = GeneratedImageModerationLevel.Auto };

    // VIOLATION RAI2004: tutoring chats stored at the provider "for evals". Reported on the value. Fix: false.
    public static ChatCompletionOptions Tutoring() => new() { StoredOutputEnabled = true };

    // VIOLATION RAI2004: the students' forum posts uploaded as fine-tuning data. Reported on the purpose. The upload is
    // also an AI call with no guard (RAI1001, RAI1002 on the call; StudentAiService shows the guards).
    public static async Task<string> UploadForumPostsAsync(OpenAIFileClient files, string exportPath) =>
        (await files.UploadFileAsync(exportPath, FileUploadPurpose.FineTune)).Value.Id;

    // OK (RAI2004): lecture slides uploaded for an assistant's file search, not for training. Still an unguarded AI call:
    // RAI1001, RAI1002.
    public static async Task<string> UploadSlidesAsync(OpenAIFileClient files, string slidesPath) =>
        (await files.UploadFileAsync(slidesPath, FileUploadPurpose.Assistants)).Value.Id;

    // VIOLATION RAI2001: lecture recordings transcribed with the speakers identified against reference recordings of the
    // lecturers' and students' voices: voiceprint identification. Reported on the call. Fix: plain diarization (speaker 1,
    // speaker 2) unless everyone recorded gave explicit consent, as LabelSpeakersAsync does. The call is also unguarded
    // (RAI1001, RAI1002, RAI1005) and the transcript leaves undisclosed (RAI1003).
    public static async Task<string> IdentifySpeakersAsync(AudioClient audio, string recordingPath, IEnumerable<string> voiceSamples)
    {
        var options = new AudioTranscriptionOptions();
        foreach (var sample in voiceSamples)
        {
            options.KnownSpeakerReferenceUris.Add(sample);
        }

        return (await audio.TranscribeAudioDiarizedAsync(recordingPath, options)).Value.Text;
    }

    // OK (RAI2001): diarization without references labels speakers without identifying them. (Still unguarded and
    // undisclosed: RAI1001, RAI1002, RAI1003, RAI1005.)
    public static async Task<string> LabelSpeakersAsync(AudioClient audio, string recordingPath) =>
        (await audio.TranscribeAudioDiarizedAsync(recordingPath, new AudioTranscriptionOptions())).Value.Text;
}
