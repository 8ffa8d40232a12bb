// LectureAssistant: a scripted demo of ResponsibleAI in a university lecture platform.
// Three students ask for captions and a summary of the same lecture, and hand in a quiz answer; consent, opt-out,
// disclosure, human review and audit decide what each one gets. Runs offline by default (LECTURE_AI_PROVIDER=local);
// see README.md for real providers.
using System.Security.Cryptography;
using LectureAssistant;
using Microsoft.Extensions.DependencyInjection;
using ResponsibleAI;

using var ai = AiSetup.FromEnvironment();
Console.WriteLine($"Chat provider: {ai.ChatProvider}; speech-to-text provider: {ai.SpeechProvider}");

// The governance layer the generated gateways call: who consented, who opted out, and an audit trail. In production,
// UseConsentStore<T>()/UsePreferenceStore<T>() over your database, and AddLoggerAuditSink()/AddOpenTelemetryAuditSink()
// (see docs/runtime.md).
var services = new ServiceCollection();
services.AddResponsibleAI(options =>
    {
        // The audit records pseudonyms of the students' ids, keyed with a secret that comes from your secret store
        // (RESPONSIBLEAI_SUBJECT_ID_KEY, base64, here); the demo makes one per run when it is not set.
        options.SubjectIdHashKey = Environment.GetEnvironmentVariable("RESPONSIBLEAI_SUBJECT_ID_KEY") is { Length: > 0 } key
            ? Convert.FromBase64String(key)
            : RandomNumberGenerator.GetBytes(32);
        options.ModelResolver = ai.ModelFor;
    })
    .UseInMemoryStores()
    .AddInMemoryAuditSink();
await using var provider = services.BuildServiceProvider();
var governance = provider.GetRequiredService<IAiGovernance>();
var consents = provider.GetRequiredService<InMemoryAiConsentStore>();
var preferences = provider.GetRequiredService<InMemoryAiPreferenceStore>();
var audit = provider.GetRequiredService<InMemoryAiAuditSink>();

// AiFeatures is generated from the [AiFeature] declarations: the app's AI inventory, one descriptor per feature.
Console.WriteLine($"AI features: {string.Join(", ", AiFeatures.All.Select(f => $"{f.Id} ({f.Capability})"))}");

var ada = new AiSubject("student-ada");   // consented to all three features
var ben = new AiSubject("student-ben");   // consented to all three, then opted out of summaries
var cleo = new AiSubject("student-cleo"); // never answered the consent prompt
foreach (var student in new[] { ada, ben })
{
    foreach (var feature in AiFeatures.All)
    {
        await consents.GrantAsync(student, feature.Id);
    }
}
await preferences.SetOptOutAsync(ben, AiFeatures.LectureSummary.Id, optedOut: true);

var lectures = new LectureService(ai, governance);
var gradebook = new Gradebook();
var grader = new QuizGrader(ai, governance, new ReviewQueue(), gradebook);
const string question = "Why do we measure a model's error on a separate test set?";
var answers = new Dictionary<AiSubject, string>
{
    [ada] = "A model can fit the training set and still fail on new data: its error there shows whether it is overfitting.",
    [ben] = "So we know the model did not just memorize the training examples.",
    [cleo] = "To get a second opinion on the results.",
};
var recordingPath = Environment.GetEnvironmentVariable("LECTURE_AUDIO")
    ?? Path.Combine(AppContext.BaseDirectory, "Lectures", "intro-to-ml.txt");
var transcript = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Lectures", "intro-to-ml.txt"));

foreach (var student in new[] { ada, ben, cleo })
{
    Console.WriteLine();
    Console.WriteLine($"=== {student} ===");

    // The gateways throw before any model call when the student may not be served.
    await using (var recording = File.OpenRead(recordingPath))
    {
        try
        {
            Show("Captions", await lectures.CaptionAsync(student, recording));
        }
        catch (Exception ex) when (ex is AiConsentRequiredException or AiOptedOutException)
        {
            Console.WriteLine("Captions: not generated (no consent, or opted out).");
        }
    }

    try
    {
        Show("Summary", await lectures.SummarizeAsync(student, transcript));
    }
    catch (AiOptedOutException ex)
    {
        Console.WriteLine($"Summary: not generated. {ex.Message}");
    }
    catch (AiConsentRequiredException ex)
    {
        Console.WriteLine($"Summary: not generated. {ex.Message}");
    }

    try
    {
        var grade = await grader.GradeAsync(student, transcript, question, answers[student]);
        Console.WriteLine($"Quiz grade: {grade.Value}/10 ({grade.ReviewState})");
        Console.WriteLine($"  [AI] {grade.Notice}");
    }
    catch (Exception ex) when (ex is AiConsentRequiredException or AiOptedOutException)
    {
        Console.WriteLine("Quiz grade: left to a teaching assistant (no consent to AI grading, or opted out).");
    }
}

Console.WriteLine();
Console.WriteLine("=== Gradebook (AI-proposed, human-approved) ===");
foreach (var (student, score) in gradebook.Scores)
{
    Console.WriteLine($"{student.Id,-12} {score,2}/10");
}

Console.WriteLine();
Console.WriteLine("=== Audit trail (written by the gateways; never the text, only its length and hash; students as pseudonyms) ===");
var auditOptions = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AiGovernanceOptions>>().Value;
var names = new[] { ada, ben, cleo }.ToDictionary(auditOptions.GetAuditSubjectId, s => s.Id);
foreach (var e in audit.Events)
{
    var output = e.OutputLength is { } length ? $" output: {length} chars, sha256 {e.OutputSha256?[..12]}..." : string.Empty;
    Console.WriteLine($"{e.Kind,-9} {e.FeatureId,-20} {e.SubjectId[..12]}… ({names[e.SubjectId]}) {e.Model,-16} {e.Outcome}{output}");
}

// Every AI output reaches the screen with its notice: the policy's disclosure duty.
static void Show(string label, AiGenerated<string> output)
{
    Console.WriteLine($"{label}:");
    Console.WriteLine($"  {output.Value.ReplaceLineEndings(Environment.NewLine + "  ")}");
    Console.WriteLine($"  [AI] {output.Notice}");
}
