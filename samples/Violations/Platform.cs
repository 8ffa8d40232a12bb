// The pieces of the lecture platform the violations use. Nothing here is reported: these are the guards, the AI
// features, the disclosure and review steps and the decision targets that StudentAiService.cs and
// TeachingAssistantService.cs use correctly, or not.
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

namespace Contoso.Forum
{
    public sealed record ForumPost(string Id, string AuthorId, string Text);

    /// <summary>
    /// Stand-in for a third-party forum package we cannot annotate. ResponsibleAI.txt declares
    /// <see cref="ForumAdmin.SetAuthorBanned"/> <c>review-required</c> (a ban is a moderation decision) and
    /// <see cref="ModeratorInbox.ConfirmAsync"/> <c>human-review</c> (its result is what a moderator decided).
    /// </summary>
    public sealed class ForumAdmin
    {
        private readonly HashSet<string> _banned = [];

        public void SetAuthorBanned(string authorId, bool banned)
        {
            if (banned) _banned.Add(authorId); else _banned.Remove(authorId);
        }
    }

    public sealed class ModeratorInbox
    {
        /// <summary>Shows the post and the AI verdict to a moderator; returns the moderator's decision.</summary>
        public Task<bool> ConfirmAsync(string postId, bool aiFlagged) => Task.FromResult(aiFlagged);
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
        public static readonly AiFeatureDescriptor Answers = new("lecture.answers", AiCapability.Chat, "Azure OpenAI");
        public static readonly AiFeatureDescriptor TicketSummary = new("helpdesk.ticket-summary", AiCapability.Summarization, "Azure OpenAI");
        public static readonly AiFeatureDescriptor Grading = new("quiz.grading", AiCapability.Classification, "Azure OpenAI");
        public static readonly AiFeatureDescriptor Moderation = new("forum.moderation", AiCapability.Moderation, "OpenAI");
    }

    /// <summary>A helpdesk ticket row (an entity: it outlives the request that loads it).</summary>
    public sealed class SupportTicket(string id, string studentId, string body)
    {
        public string Id { get; } = id;
        public string StudentId { get; } = studentId;
        public string Body { get; } = body;
        public string? Summary { get; set; }
    }

    /// <summary>Stand-in for the helpdesk's EF Core DbContext.</summary>
    public sealed class HelpdeskDb
    {
        private readonly Dictionary<string, SupportTicket> _tickets = [];

        public Task<SupportTicket> FindTicketAsync(string id, CancellationToken ct) => Task.FromResult(_tickets[id]);

        public Task SaveChangesAsync(CancellationToken ct) => Task.CompletedTask;
    }

    /// <summary>Labels AI text for places that can only hold a string (a database column, an e-mail body).</summary>
    public static class AiNotice
    {
        /// <summary>[AiDisclosure]: the returned text carries the feature's notice, so it may be stored or shown.</summary>
        [AiDisclosure]
        public static string Label(string text, AiFeatureDescriptor feature) => $"{text}\n[AI] {feature.Notice}";
    }

    /// <summary>The course gradebook. A grade is an educational assessment: AI output must pass a human review first.</summary>
    public sealed class Gradebook
    {
        private readonly Dictionary<string, int> _scores = [];

        public void Record(string studentId, [HumanReviewRequired] int score) => _scores[studentId] = score;
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
