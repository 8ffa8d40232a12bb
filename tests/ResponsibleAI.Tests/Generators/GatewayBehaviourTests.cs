using System.Threading.Tasks;
using Xunit;

namespace ResponsibleAI.Tests.Generators;

/// <summary>
/// Runs generated gateways for real (compiled in memory, loaded, executed) against the in-memory governance of
/// ResponsibleAI.Attributes: consent missing, opted out, success with the notice, the audit sequence, exceptions,
/// cancellation and streaming.
/// </summary>
public class GatewayBehaviourTests
{
    private const string Driver = """
        using System.Linq;

        namespace Lectures;

        public static class Driver
        {
            private static readonly AiSubject Ada = new("ada");

            private static (Lectures.Services.LectureAi Ai, InMemoryAiConsentStore Consent, InMemoryAiPreferenceStore Preferences, InMemoryAiAuditSink Audit) Create(Func<string, string>? model = null)
            {
                var consent = new InMemoryAiConsentStore();
                var preferences = new InMemoryAiPreferenceStore();
                var audit = new InMemoryAiAuditSink();
                var governance = new AiGovernance(consent, preferences, audit, new AiGovernanceOptions { SubjectIdMode = AiSubjectIdMode.Raw });
                return (new Lectures.Services.LectureAi(governance, model ?? (text => "summary of " + text)), consent, preferences, audit);
            }

            private static async Task<(Lectures.Services.LectureAi Ai, InMemoryAiAuditSink Audit)> Consenting(Func<string, string>? model = null, params string[] features)
            {
                var (ai, consent, _, audit) = Create(model);
                foreach (var feature in features.Length == 0 ? new[] { "lecture.summary", "lecture.captions", "lecture.title", "lecture.translation", "lecture.embedding", "lecture.reindex" } : features)
                {
                    await consent.GrantAsync(Ada, feature);
                }

                return (ai, audit);
            }

            private static string Trail(InMemoryAiAuditSink sink) =>
                string.Join(",", sink.Events.Select(e => e.Kind + ":" + e.FeatureId + (e.Outcome is null ? string.Empty : ":" + e.Outcome)));

            public static async Task<string> ConsentMissing()
            {
                var (ai, _, _, audit) = Create();
                try
                {
                    await ai.SummarizeAsync(Ada, "transcript", default);
                    return "no exception";
                }
                catch (AiConsentRequiredException)
                {
                    return "consent required|" + Trail(audit);
                }
            }

            public static async Task<string> OptedOut()
            {
                var (ai, consent, preferences, audit) = Create();
                await consent.GrantAsync(Ada, "lecture.summary");
                await preferences.SetOptOutAsync(Ada, "lecture.summary", true);
                try
                {
                    await ai.SummarizeAsync(Ada, "transcript", default);
                    return "no exception";
                }
                catch (AiOptedOutException)
                {
                    return "opted out|" + Trail(audit);
                }
            }

            public static async Task<string> Success()
            {
                var (ai, audit) = await Consenting();
                var summary = await ai.SummarizeAsync(Ada, "transcript", default);
                var completed = audit.Events.Last();
                return summary.Value + "|" + summary.FeatureId + "|" + summary.Capability + "|" + summary.Provider + "|" + (summary.Notice == AiFeatures.LectureSummary.Notice)
                    + "|" + Trail(audit) + "|length=" + completed.OutputLength + "|raw text in audit=" + audit.Events.Any(e => e.ToString().Contains("summary of"));
            }

            public static async Task<string> ImplementationThrows()
            {
                var (ai, audit) = await Consenting(_ => throw new InvalidOperationException("model down"));
                try
                {
                    await ai.SummarizeAsync(Ada, "transcript", default);
                    return "no exception";
                }
                catch (InvalidOperationException e) when (e.Message == "model down")
                {
                    return "rethrown|" + Trail(audit) + "|" + audit.Events.Last().ErrorType;
                }
            }

            public static async Task<string> Cancelled()
            {
                var (ai, audit) = await Consenting();
                using var source = new CancellationTokenSource();
                source.Cancel();
                try
                {
                    await ai.SummarizeAsync(Ada, "transcript", source.Token);
                    return "no exception";
                }
                catch (OperationCanceledException)
                {
                    return "cancelled|" + Trail(audit);
                }
            }

            public static async Task<string> Streaming()
            {
                var (ai, audit) = await Consenting();
                var lines = new List<string>();
                await foreach (var line in ai.CaptionAsync(Ada, "one|two|three"))
                {
                    lines.Add(line.Value + (line.Notice.Length > 0 ? "+notice" : string.Empty));
                }

                return string.Join(",", lines) + "|" + Trail(audit) + "|items=" + audit.Events.Last().OutputItems;
            }

            public static async Task<string> StreamingAbandoned()
            {
                var (ai, audit) = await Consenting();
                await foreach (var line in ai.CaptionAsync(Ada, "one|two|three"))
                {
                    break;
                }

                return Trail(audit);
            }

            public static async Task<string> OtherShapes()
            {
                var (ai, audit) = await Consenting();
                var title = await ai.TitleAsync(Ada, "lecture");
                var translation = await ai.TranslateAsync(Ada, "hola");
                var vector = await ai.EmbedAsync(Ada, "abc");
                await ai.ReindexForTestsAsync(Ada);
                return title.Value + "|" + translation.Value + "|" + vector[0] + "|" + Trail(audit);
            }
        }
        """;

    private static Task<string> Run(string scenario)
    {
        var run = GeneratorHarness.RunGenerator(new[] { GatewaySources.Lectures, GatewaySources.Shapes, Driver }, rootNamespace: "Lectures");
        return Task.FromResult(GeneratorTests.Execute(run.Output, "Lectures.Driver", scenario));
    }

    [Fact]
    public async Task Consent_missing_throws_before_anything_is_audited() =>
        Assert.Equal("consent required|", await Run("ConsentMissing"));

    [Fact]
    public async Task Opted_out_throws_before_anything_is_audited() =>
        Assert.Equal("opted out|", await Run("OptedOut"));

    [Fact]
    public async Task Success_discloses_with_the_feature_notice_and_audits_without_the_text() =>
        Assert.Equal(
            "summary of transcript|lecture.summary|Summarization|self-hosted|True|Begin:lecture.summary,Completed:lecture.summary:success|length=21|raw text in audit=False",
            await Run("Success"));

    [Fact]
    public async Task Implementation_exception_is_audited_as_failed_and_rethrown() =>
        Assert.Equal("rethrown|Begin:lecture.summary,Failed:lecture.summary:error|System.InvalidOperationException", await Run("ImplementationThrows"));

    [Fact]
    public async Task Cancellation_flows_to_the_governance_and_the_implementation() =>
        Assert.StartsWith("cancelled|", await Run("Cancelled"));

    [Fact]
    public async Task Streaming_discloses_each_item_and_audits_at_the_end() =>
        Assert.Equal(
            "summary of one+notice,summary of two+notice,summary of three+notice|Begin:lecture.captions,Completed:lecture.captions:success|items=3",
            await Run("Streaming"));

    [Fact]
    public async Task Streaming_stopped_early_is_audited_as_abandoned() =>
        Assert.Equal("Begin:lecture.captions,Failed:lecture.captions:abandoned", await Run("StreamingAbandoned"));

    [Fact]
    public async Task Task_ValueTask_and_raw_gateways_run() =>
        Assert.Equal(
            "summary of lecture|summary of hola|3|Begin:lecture.title,Completed:lecture.title:success,Begin:lecture.translation,Completed:lecture.translation:success,"
            + "Begin:lecture.embedding,Completed:lecture.embedding:success,Begin:lecture.reindex,Completed:lecture.reindex:success",
            await Run("OtherShapes"));
}
