// The pieces of the lecture platform the violations use. Nothing here is reported: these are the guards and the AI
// features that StudentAiService.cs calls correctly, or not.
using Microsoft.Extensions.AI;
using ResponsibleAI;

namespace Contoso.Campus.Privacy
{
    /// <summary>
    /// The university's consent registry: shared company code without ResponsibleAI attributes, so ResponsibleAI.txt
    /// declares <see cref="HasConsentAsync"/> a consent guard (true means the student consented).
    /// </summary>
    public sealed class ConsentRegistry
    {
        private readonly HashSet<(string Student, string Feature)> _granted = [];

        public void Grant(string studentId, string featureId) => _granted.Add((studentId, featureId));

        public Task<bool> HasConsentAsync(string studentId, string featureId) => Task.FromResult(_granted.Contains((studentId, featureId)));
    }
}

namespace Contoso.Reach
{
    /// <summary>
    /// Stand-in for a captioning vendor's SDK: third-party code we cannot annotate, so ResponsibleAI.txt declares
    /// <see cref="OrderCaptionsAsync"/> the AI feature <c>reach.captions</c>.
    /// </summary>
    public sealed class CaptionVendor
    {
        public Task<string> OrderCaptionsAsync(string lectureId, string language) =>
            Task.FromResult($"[{language} captions for lecture {lectureId}]");
    }
}

namespace Violations
{
    public sealed record Lecture(string Id, string Title, string Transcript, bool IsRecorded);

    public static class LectureFeatures
    {
        public static readonly AiFeatureDescriptor Summary = new("lecture.summary", AiCapability.Summarization, "Azure OpenAI");
        public static readonly AiFeatureDescriptor Translation = new("lecture.translation", AiCapability.Translation, "OpenAI");
        public static readonly AiFeatureDescriptor Quiz = new("lecture.quiz", AiCapability.QuizGeneration, "Azure OpenAI");
        public static readonly AiFeatureDescriptor Captions = new("reach.captions", AiCapability.Captioning, "Contoso Reach");
    }

    /// <summary>
    /// The quiz feature. [AiFeature] lists it in the inventory and moves the consent and opt-out duty to its callers:
    /// the raw model call inside needs no guard; every call of <see cref="GenerateQuizAsync"/> does.
    /// </summary>
    public sealed class QuizGenerator(IChatClient chat)
    {
        [AiFeature("lecture.quiz", Capability = AiCapability.QuizGeneration, Provider = "Azure OpenAI")]
        public async Task<AiGenerated<string>> GenerateQuizAsync(Lecture lecture, CancellationToken ct = default)
        {
            var response = await chat.GetResponseAsync($"Write five multiple-choice questions on this lecture:\n{lecture.Transcript}", cancellationToken: ct);
            return AiGenerated.Create(response.Text, LectureFeatures.Quiz);
        }
    }
}
