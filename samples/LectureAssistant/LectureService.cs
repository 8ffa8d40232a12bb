using Microsoft.Extensions.AI;
using ResponsibleAI;

namespace LectureAssistant;

/// <summary>
/// The AI features of the lecture platform, as generated gateways. Each public method below is only a declaration:
/// the ResponsibleAI generator writes its body (consent check, opt-out lookup, audit, the call of the *Core method,
/// and the AiGenerated&lt;T&gt; wrapper with the feature's notice). The class is partial so the generator can add it;
/// the generated code reaches the governance through the primary-constructor parameter.
/// </summary>
public sealed partial class LectureService(AiSetup ai, IAiGovernance governance)
{
    /// <summary>
    /// Summarizes a lecture transcript for a student. Throws <see cref="AiConsentRequiredException"/> when the student
    /// has not consented and <see cref="AiOptedOutException"/> when the student has opted out.
    /// </summary>
    [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Implementation = nameof(SummarizeCoreAsync))]
    public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject student, string transcript, CancellationToken cancellationToken = default);

    /// <summary>
    /// Captions a lecture recording for a student. Throws <see cref="AiConsentRequiredException"/> or
    /// <see cref="AiOptedOutException"/> when the student may not be served.
    /// </summary>
    [AiFeature("lecture.captions", Capability = AiCapability.Captioning, Implementation = nameof(CaptionCoreAsync))]
    public partial Task<AiGenerated<string>> CaptionAsync(AiSubject student, Stream recording, CancellationToken cancellationToken = default);

    // The implementations: same parameters as the gateway, the raw value as result. They are part of the feature, so the
    // model calls inside need no guard; only the gateway calls them (a call from anywhere else would be an unguarded AI call).
    private async Task<string> SummarizeCoreAsync(AiSubject student, string transcript, CancellationToken cancellationToken)
    {
        ChatMessage[] prompt =
        [
            new(ChatRole.System, "Summarize this university lecture for a student in at most three sentences, then list its key terms."),
            new(ChatRole.User, transcript),
        ];
        var response = await ai.Chat.GetResponseAsync(prompt, cancellationToken: cancellationToken);
        return response.Text;
    }

    private async Task<string> CaptionCoreAsync(AiSubject student, Stream recording, CancellationToken cancellationToken)
    {
        var response = await ai.Speech.GetTextAsync(recording, cancellationToken: cancellationToken);
        return response.Text;
    }
}
