// What the platform does with AI output once it has it: the disclosure rule (RAI1003) and the human-review rule
// (RAI1004). Every method is guarded for consent and opt-out, so only what happens to the output is at stake here.
// Each comment names the diagnostic the method gets; expected-diagnostics.txt lists them with line and column.
using System.Runtime.CompilerServices;
using Contoso.Forum;
using Microsoft.Extensions.AI;
using OpenAI.Moderations;
using ResponsibleAI;
using static Violations.LectureFeatures;

namespace Violations;

public sealed class TeachingAssistantService(
    IChatClient chat, ModerationClient moderation, IAiGovernance governance, HelpdeskDb db, Gradebook gradebook,
    ForumAdmin forum, ModeratorInbox moderators)
{
    // ------------------------------------------------------------------ RAI1003: disclosure

    // VIOLATION RAI1003: the LLM's ticket summary is written straight into the database row, and from there to the
    // helpdesk screen and the student's ticket view: nobody can tell that a model wrote it. Reported on the stored value.
    // Fix: store it labelled, as SummarizeTicketLabelledAsync does.
    public async Task SummarizeTicketAsync(string ticketId, CancellationToken ct)
    {
        var ticket = await db.FindTicketAsync(ticketId, ct);
        var student = new AiSubject(ticket.StudentId);
        await governance.EnsureConsentAsync(student, TicketSummary, ct);
        await governance.EnsureNotOptedOutAsync(student, TicketSummary, ct);
        var response = await chat.GetResponseAsync($"Summarize this support ticket in one line:\n{ticket.Body}", cancellationToken: ct);
        ticket.Summary = response.Text;
        await db.SaveChangesAsync(ct);
    }

    // OK (RAI1003): the same summary, stored with its notice. A string column cannot hold an AiGenerated<string>, so
    // AiNotice.Label ([AiDisclosure]) writes the notice into the text.
    public async Task SummarizeTicketLabelledAsync(string ticketId, CancellationToken ct)
    {
        var ticket = await db.FindTicketAsync(ticketId, ct);
        var student = new AiSubject(ticket.StudentId);
        await governance.EnsureConsentAsync(student, TicketSummary, ct);
        await governance.EnsureNotOptedOutAsync(student, TicketSummary, ct);
        var response = await chat.GetResponseAsync($"Summarize this support ticket in one line:\n{ticket.Body}", cancellationToken: ct);
        ticket.Summary = AiNotice.Label(response.Text, TicketSummary);
        await db.SaveChangesAsync(ct);
    }

    // VIOLATION RAI1003: the raw answer leaves the service as a plain string; the controller or page that shows it has
    // no notice to show. Fix: return AiGenerated<string>: `return AiGenerated.Create(response.Text, Answers);`.
    public async Task<string> AnswerQuestionAsync(AiSubject student, Lecture lecture, string question, CancellationToken ct)
    {
        await governance.EnsureConsentAsync(student, Answers, ct);
        await governance.EnsureNotOptedOutAsync(student, Answers, ct);
        var response = await chat.GetResponseAsync($"Answer from this lecture only:\n{lecture.Transcript}\n\nQuestion: {question}", cancellationToken: ct);
        return response.Text;
    }

    // VIOLATION RAI1003: the answer is written to the console (the lecture-hall kiosk) without its notice.
    // Fix: write the disclosed value: `Console.WriteLine(AiGenerated.Create(response.Text, Answers));` prints text and notice.
    public async Task PrintAnswerAsync(AiSubject student, Lecture lecture, string question, CancellationToken ct)
    {
        await governance.EnsureConsentAsync(student, Answers, ct);
        await governance.EnsureNotOptedOutAsync(student, Answers, ct);
        var response = await chat.GetResponseAsync($"Answer from this lecture only:\n{lecture.Transcript}\n\nQuestion: {question}", cancellationToken: ct);
        Console.WriteLine($"Q: {question}\nA: {response.Text}");
    }

    // VIOLATION RAI1003: a streamed summary, yield-returned chunk by chunk as plain strings: the client renders model
    // text with no notice. Fix: stream IAsyncEnumerable<AiGenerated<string>> and yield AiGenerated.Create(update.Text, Summary).
    public async IAsyncEnumerable<string> StreamSummaryAsync(AiSubject student, Lecture lecture, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await governance.EnsureConsentAsync(student, Summary, ct);
        await governance.EnsureNotOptedOutAsync(student, Summary, ct);
        await foreach (var update in chat.GetStreamingResponseAsync($"Summarize this lecture:\n{lecture.Transcript}", cancellationToken: ct))
        {
            yield return update.Text;
        }
    }

    // ------------------------------------------------------------------ RAI1004: human review

    // VIOLATION RAI1004: the model's proposed score goes straight into the gradebook (Gradebook.Record's score is
    // [HumanReviewRequired]): an educational assessment with no person looking. Reported on `score`. Fix: pass it
    // through a [HumanReview] step first (samples/LectureAssistant: ReviewQueue.ApproveAsync).
    public async Task GradeAnswerAsync(AiSubject student, string question, string answer, CancellationToken ct)
    {
        await governance.EnsureConsentAsync(student, Grading, ct);
        await governance.EnsureNotOptedOutAsync(student, Grading, ct);
        var response = await chat.GetResponseAsync($"Grade this answer from 0 to 10; reply with the number only.\nQuestion: {question}\nAnswer: {answer}", cancellationToken: ct);
        var score = int.Parse(response.Text.Trim());
        gradebook.Record(student.Id, score);
    }

    // VIOLATION RAI1004: the moderation verdict's Flagged boolean bans the author, no moderator involved.
    // ForumAdmin.SetAuthorBanned is third-party, declared `review-required` in ResponsibleAI.txt. Fix: ModeratePostAsync.
    public async Task AutoBanAsync(ForumPost post, CancellationToken ct)
    {
        var author = new AiSubject(post.AuthorId);
        await governance.EnsureConsentAsync(author, Moderation, ct);
        await governance.EnsureNotOptedOutAsync(author, Moderation, ct);
        var verdict = await moderation.ClassifyTextAsync(post.Text, ct);
        forum.SetAuthorBanned(post.AuthorId, verdict.Value.Flagged);
    }

    // OK (RAI1004): a moderator confirms the verdict before the ban: ModeratorInbox.ConfirmAsync is declared
    // `human-review` in ResponsibleAI.txt, so what it returns is reviewed.
    public async Task ModeratePostAsync(ForumPost post, CancellationToken ct)
    {
        var author = new AiSubject(post.AuthorId);
        await governance.EnsureConsentAsync(author, Moderation, ct);
        await governance.EnsureNotOptedOutAsync(author, Moderation, ct);
        var verdict = await moderation.ClassifyTextAsync(post.Text, ct);
        var confirmed = await moderators.ConfirmAsync(post.Id, verdict.Value.Flagged);
        forum.SetAuthorBanned(post.AuthorId, confirmed);
    }

    // ------------------------------------------------------------------ RAI2002: profiling prompts

    // VIOLATION RAI2002: the classroom assistant is asked to read a student's mood from their questions: inferring a
    // person's emotions in an educational setting. Reported on the prompt. Fix: ask about the questions, not the student.
    public async Task<AiGenerated<string>> ClassroomMoodAsync(AiSubject student, string questions, CancellationToken ct)
    {
        await governance.EnsureConsentAsync(student, Answers, ct);
        await governance.EnsureNotOptedOutAsync(student, Answers, ct);
        var response = await chat.GetResponseAsync($"Detect whether the student is frustrated or bored, judging by these questions:\n{questions}", cancellationToken: ct);
        return AiGenerated.Create(response.Text, Answers);
    }

    // OK (RAI2002): the same questions, asked about what they are about.
    public async Task<AiGenerated<string>> ClassroomTopicsAsync(AiSubject student, string questions, CancellationToken ct)
    {
        await governance.EnsureConsentAsync(student, Answers, ct);
        await governance.EnsureNotOptedOutAsync(student, Answers, ct);
        var response = await chat.GetResponseAsync($"List the lecture topics these questions are about:\n{questions}", cancellationToken: ct);
        return AiGenerated.Create(response.Text, Answers);
    }
}
