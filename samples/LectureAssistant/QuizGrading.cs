using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using ResponsibleAI;

namespace LectureAssistant;

/// <summary>
/// AI-assisted quiz grading. A grade is an educational assessment, a critical decision under the policy: the model only
/// proposes a score, a teaching assistant approves it, and only the approved score reaches the gradebook (RAI1004).
/// </summary>
public sealed partial class QuizGrader(AiSetup ai, IAiGovernance governance, ReviewQueue reviews, Gradebook gradebook)
{
    /// <summary>Grades a student's answer. Throws when the student has not consented to AI grading or has opted out.</summary>
    public async Task<AiGenerated<int>> GradeAsync(AiSubject student, string lecture, string question, string answer, CancellationToken ct = default)
    {
        // The gateway checks consent and opt-out and audits the call; it throws before any model call when the student may not be served.
        var proposed = await ProposeScoreAsync(student, lecture, question, answer, ct);

        // Skip this line and pass `proposed` to Record: RAI1004, AI output reaches a [HumanReviewRequired] parameter.
        var approved = await reviews.ApproveAsync(student, proposed, ct);
        gradebook.Record(student, approved);
        return AiGenerated.Create(approved, AiFeatures.LectureQuizGrading).WithReview(AiReviewState.Approved);
    }

    // A Classification feature generates no content, so its gateway may return the raw score (no AiGenerated<int>):
    // the disclosure is added above, once the score has been reviewed.
    [AiFeature("lecture.quiz-grading", Capability = AiCapability.Classification,
        Disclosure = "This score was proposed by AI and approved by a teaching assistant.",
        Implementation = nameof(ProposeScoreCoreAsync))]
    private partial Task<int> ProposeScoreAsync(AiSubject student, string lecture, string question, string answer, CancellationToken cancellationToken);

    private async Task<int> ProposeScoreCoreAsync(AiSubject student, string lecture, string question, string answer, CancellationToken cancellationToken)
    {
        ChatMessage[] prompt =
        [
            new(ChatRole.System, "Grade the student's answer to the quiz question from 0 to 10, using the lecture as the reference. Reply only with 'Score: N/10'."),
            new(ChatRole.User, lecture),
            new(ChatRole.User, $"Question: {question}"),
            new(ChatRole.User, answer),
        ];
        var response = await ai.Chat.GetResponseAsync(prompt, cancellationToken: cancellationToken);
        var score = Regex.Match(response.Text, @"\d+");
        return score.Success ? Math.Clamp(int.Parse(score.Value), 0, 10) : throw new InvalidOperationException("The model proposed no score.");
    }
}

/// <summary>Where AI-proposed grades wait for a teaching assistant.</summary>
public sealed class ReviewQueue
{
    /// <summary>
    /// Returns the score a teaching assistant approved (or corrected). [HumanReview]: what it returns counts as reviewed.
    /// The demo approves at once and says so; a real app parks the proposal until a TA decides.
    /// </summary>
    [HumanReview]
    public Task<int> ApproveAsync(AiSubject student, int proposedScore, CancellationToken ct = default)
    {
        Console.WriteLine($"Review: a teaching assistant approved the AI-proposed score {proposedScore}/10 for {student}.");
        return Task.FromResult(proposedScore);
    }
}

/// <summary>The course gradebook. In production, your student information system.</summary>
public sealed class Gradebook
{
    private readonly Dictionary<AiSubject, int> _scores = [];

    public IReadOnlyDictionary<AiSubject, int> Scores => _scores;

    /// <summary>Records a quiz score. [HumanReviewRequired]: AI output must pass a [HumanReview] method first (RAI1004).</summary>
    public void Record(AiSubject student, [HumanReviewRequired] int score) => _scores[student] = score;
}
