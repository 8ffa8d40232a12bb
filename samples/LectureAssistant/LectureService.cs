using Microsoft.Extensions.AI;
using ResponsibleAI;

namespace LectureAssistant;

/// <summary>
/// The AI features of the lecture platform. Each public method is a gateway: it checks consent and opt-out for the
/// student, audits the call, and hands back output wrapped in <see cref="AiGenerated{T}"/> so the UI shows the notice.
/// </summary>
public sealed class LectureService(AiSetup ai, IAiGovernance governance)
{
    // What users and auditors are told about each feature: id, capability, provider, and the default notice.
    private readonly AiFeatureDescriptor _summary = new(Features.Summary, AiCapability.Summarization, ai.ChatProvider);
    private readonly AiFeatureDescriptor _captions = new(Features.Captions, AiCapability.Captioning, ai.SpeechProvider);

    /// <summary>Summarizes a lecture transcript for a student. Throws when the student has not consented or has opted out.</summary>
    public async Task<AiGenerated<string>> SummarizeAsync(AiSubject student, string transcript, CancellationToken ct = default)
    {
        // Throwing guards: each throws (AiConsentRequiredException / AiOptedOutException) unless the student may be served.
        await governance.EnsureConsentAsync(student, _summary, ct);
        await governance.EnsureNotOptedOutAsync(student, _summary, ct);

        return await AuditAsync(student, _summary, () => SummarizeCoreAsync(transcript, ct));
    }

    /// <summary>Captions a lecture recording for a student, or returns null when the student may not be served.</summary>
    public async Task<AiGenerated<string>?> CaptionAsync(AiSubject student, Stream recording, CancellationToken ct = default)
    {
        // Boolean guards: HasConsentAsync is true when consent is granted; IsOptedOutAsync is true when the student HAS opted out.
        if (!await governance.HasConsentAsync(student, _captions, ct))
        {
            return null;
        }

        if (await governance.IsOptedOutAsync(student, _captions, ct))
        {
            return null;
        }

        return await AuditAsync(student, _captions, () => CaptionCoreAsync(recording, ct));
    }

    // [AiFeature] lists the raw model calls in the feature inventory. Inside it no guard is needed: every caller must guard.
    [AiFeature(Features.Summary, Capability = AiCapability.Summarization)]
    private async Task<AiGenerated<string>> SummarizeCoreAsync(string transcript, CancellationToken ct)
    {
        ChatMessage[] prompt =
        [
            new(ChatRole.System, "Summarize this university lecture for a student in at most three sentences, then list its key terms."),
            new(ChatRole.User, transcript),
        ];
        var response = await ai.Chat.GetResponseAsync(prompt, cancellationToken: ct);
        return AiGenerated.Create(response.Text, _summary);
    }

    [AiFeature(Features.Captions, Capability = AiCapability.Captioning)]
    private async Task<AiGenerated<string>> CaptionCoreAsync(Stream recording, CancellationToken ct)
    {
        var response = await ai.Speech.GetTextAsync(recording, cancellationToken: ct);
        return AiGenerated.Create(response.Text, _captions);
    }

    // Records Begin, then Completed or Failed (with the exception type) in the audit sink.
    private async Task<T> AuditAsync<T>(AiSubject student, AiFeatureDescriptor feature, Func<Task<T>> call)
    {
        using var audit = governance.BeginAudit(student, feature);
        try
        {
            var result = await call();
            audit.Completed();
            return result;
        }
        catch (Exception ex)
        {
            audit.Failed(ex);
            throw;
        }
    }
}
