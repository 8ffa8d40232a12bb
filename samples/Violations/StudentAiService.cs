// What the lecture platform does with AI for one student: three OK methods, then one VIOLATION per guard mistake.
// Each comment names the diagnostics the method gets; expected-diagnostics.txt lists them with line and column.
// Every output is wrapped in AiGenerated<T> (disclosed), so only the consent and opt-out rules are at stake here.
using Contoso.Campus.Privacy;
using Contoso.Reach;
using Microsoft.Extensions.AI;
using ResponsibleAI;
using OpenAIChatClient = OpenAI.Chat.ChatClient;
using static Violations.LectureFeatures;

namespace Violations;

public sealed class StudentAiService(
    IChatClient chat, OpenAIChatClient openAi, IAiGovernance governance, ConsentRegistry consent, QuizGenerator quiz, CaptionVendor vendor)
{
    // OK: throwing guards, awaited unconditionally before the call: each throws unless the student may be served.
    public async Task<AiGenerated<string>> SummarizeAsync(AiSubject student, Lecture lecture, CancellationToken ct)
    {
        await governance.EnsureConsentAsync(student, Summary, ct);
        await governance.EnsureNotOptedOutAsync(student, Summary, ct);
        var response = await chat.GetResponseAsync(SummaryPrompt(lecture), cancellationToken: ct);
        return AiGenerated.Create(response.Text, Summary);
    }

    // OK: boolean guards with early exits. HasConsentAsync (the campus registry, declared in ResponsibleAI.txt) is true
    // when consent is granted; IsOptedOutAsync is true when the student HAS opted out.
    public async Task<AiGenerated<string>?> QuizAsync(AiSubject student, Lecture lecture, CancellationToken ct)
    {
        if (!await consent.HasConsentAsync(student.Id, Quiz.Id)) return null;
        if (await governance.IsOptedOutAsync(student, Quiz, ct)) return null;
        return await quiz.GenerateQuizAsync(lecture, ct);
    }

    // OK: both checks in one && chain; the vendor call runs only in the branch where both hold.
    public async Task<AiGenerated<string>?> CaptionAsync(AiSubject student, Lecture lecture, CancellationToken ct)
    {
        if (await consent.HasConsentAsync(student.Id, Captions.Id) && !await governance.IsOptedOutAsync(student, Captions, ct))
        {
            return AiGenerated.Create(await vendor.OrderCaptionsAsync(lecture.Id, "en"), Captions);
        }

        return null;
    }

    // VIOLATION RAI1001 + RAI1002: no guard at all: every student gets an AI summary, consented or opted out.
    // Fix: await EnsureConsentAsync and EnsureNotOptedOutAsync first, as SummarizeAsync does.
    public async Task<AiGenerated<string>> SummarizeForAnyoneAsync(Lecture lecture, CancellationToken ct)
    {
        var response = await chat.GetResponseAsync(SummaryPrompt(lecture), cancellationToken: ct);
        return AiGenerated.Create(response.Text, Summary);
    }

    // VIOLATION RAI1002: consent is checked, opt-out is not: a student who consented once and later opted out of
    // summaries still gets one. Fix: add `if (await governance.IsOptedOutAsync(student, Summary, ct)) return null;`.
    public async Task<AiGenerated<string>?> SummarizeConsentOnlyAsync(AiSubject student, Lecture lecture, CancellationToken ct)
    {
        if (!await consent.HasConsentAsync(student.Id, Summary.Id)) return null;
        var response = await chat.GetResponseAsync(SummaryPrompt(lecture), cancellationToken: ct);
        return AiGenerated.Create(response.Text, Summary);
    }

    // VIOLATION RAI1002: opt-out polarity reversed. IsOptedOutAsync is true when the student HAS opted out, so this
    // serves exactly the students who opted out. Fix: `if (await governance.IsOptedOutAsync(...)) return null;`.
    public async Task<AiGenerated<string>?> SummarizeReversedOptOutAsync(AiSubject student, Lecture lecture, CancellationToken ct)
    {
        await governance.EnsureConsentAsync(student, Summary, ct);
        if (!await governance.IsOptedOutAsync(student, Summary, ct)) return null;
        var response = await chat.GetResponseAsync(SummaryPrompt(lecture), cancellationToken: ct);
        return AiGenerated.Create(response.Text, Summary);
    }

    // VIOLATION RAI1001: consent is checked in one branch only: live (unrecorded) lectures skip it.
    // Fix: check consent before the if, on every path.
    public async Task<AiGenerated<string>> SummarizeCheckingRecordedOnlyAsync(AiSubject student, Lecture lecture, CancellationToken ct)
    {
        if (lecture.IsRecorded)
        {
            await governance.EnsureConsentAsync(student, Summary, ct);
        }

        await governance.EnsureNotOptedOutAsync(student, Summary, ct);
        var response = await chat.GetResponseAsync(SummaryPrompt(lecture), cancellationToken: ct);
        return AiGenerated.Create(response.Text, Summary);
    }

    // VIOLATION RAI1001: the consent answer is ignored. Asking decides nothing; the answer must decide whether the call
    // happens. Fix: `if (!await consent.HasConsentAsync(student.Id, Summary.Id)) return null;`.
    public async Task<AiGenerated<string>> SummarizeIgnoringConsentAsync(AiSubject student, Lecture lecture, CancellationToken ct)
    {
        await consent.HasConsentAsync(student.Id, Summary.Id);
        await governance.EnsureNotOptedOutAsync(student, Summary, ct);
        var response = await chat.GetResponseAsync(SummaryPrompt(lecture), cancellationToken: ct);
        return AiGenerated.Create(response.Text, Summary);
    }

    // VIOLATION RAI1002: the throwing opt-out guard is started but not awaited: its AiOptedOutException lands on a
    // discarded task, and the call does not wait for it. Fix: `await governance.EnsureNotOptedOutAsync(...)`.
    public async Task<AiGenerated<string>> SummarizeFireAndForgetAsync(AiSubject student, Lecture lecture, CancellationToken ct)
    {
        await governance.EnsureConsentAsync(student, Summary, ct);
        _ = governance.EnsureNotOptedOutAsync(student, Summary, ct);
        var response = await chat.GetResponseAsync(SummaryPrompt(lecture), cancellationToken: ct);
        return AiGenerated.Create(response.Text, Summary);
    }

    // VIOLATION RAI1001: the catch swallows AiConsentRequiredException, so the call runs without consent.
    // Fix: let the exception propagate, or return from the catch.
    public async Task<AiGenerated<string>> SummarizeSwallowingRefusalAsync(AiSubject student, Lecture lecture, CancellationToken ct)
    {
        try
        {
            await governance.EnsureConsentAsync(student, Summary, ct);
        }
        catch (AiConsentRequiredException ex)
        {
            Console.WriteLine($"No consent from {student}, summarizing anyway: {ex.Message}");
        }

        await governance.EnsureNotOptedOutAsync(student, Summary, ct);
        var response = await chat.GetResponseAsync(SummaryPrompt(lecture), cancellationToken: ct);
        return AiGenerated.Create(response.Text, Summary);
    }

    // VIOLATION RAI1001 + RAI1002: the guards run after the call: the transcript has already gone to OpenAI when they
    // throw. Fix: move both guards above the call.
    public async Task<AiGenerated<string>> TranslateThenCheckAsync(AiSubject student, Lecture lecture, string language, CancellationToken ct)
    {
        var completion = await openAi.CompleteChatAsync([new OpenAI.Chat.UserChatMessage($"Translate into {language}:\n{lecture.Transcript}")], cancellationToken: ct);
        await governance.EnsureConsentAsync(student, Translation, ct);
        await governance.EnsureNotOptedOutAsync(student, Translation, ct);
        return AiGenerated.Create(completion.Value.Content[0].Text, Translation);
    }

    // VIOLATION RAI1001 + RAI1002: the lambda is created before the guards. A lambda is judged where it is created,
    // not where it runs (it could be stored or handed on). Fix: create it after the guards.
    public async Task<AiGenerated<string>> SummarizeWithEarlyLambdaAsync(AiSubject student, Lecture lecture, CancellationToken ct)
    {
        Func<Task<ChatResponse>> summarize = () => chat.GetResponseAsync(SummaryPrompt(lecture), cancellationToken: ct);
        await governance.EnsureConsentAsync(student, Summary, ct);
        await governance.EnsureNotOptedOutAsync(student, Summary, ct);
        return AiGenerated.Create((await summarize()).Text, Summary);
    }

    // VIOLATION RAI1001 + RAI1002: GenerateQuizAsync is an [AiFeature] member, so calling it is an AI call that the
    // caller must guard; "practice mode" is no exception. Fix: guard as QuizAsync does.
    public Task<AiGenerated<string>> PracticeQuizAsync(Lecture lecture, CancellationToken ct) => quiz.GenerateQuizAsync(lecture, ct);

    // VIOLATION RAI1001 + RAI1002: CaptionVendor.OrderCaptionsAsync is declared an AI feature in ResponsibleAI.txt
    // (reach.captions): no attribute is visible, but the vendor's AI transcribes the lecture. Fix: guard as CaptionAsync does.
    public async Task<AiGenerated<string>> CaptionWholeCourseAsync(IEnumerable<Lecture> course)
    {
        var captions = new List<string>();
        foreach (var lecture in course)
        {
            captions.Add(await vendor.OrderCaptionsAsync(lecture.Id, "en"));
        }

        return AiGenerated.Create(string.Join("\n", captions), Captions);
    }

    private static string SummaryPrompt(Lecture lecture) =>
        $"Summarize the lecture '{lecture.Title}' for a student in three sentences, then list its key terms:\n{lecture.Transcript}";
}
