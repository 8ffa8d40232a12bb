using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace ResponsibleAI.Tests.Runtime;

/// <summary>
/// The audit runtime: <see cref="AiAuditContent"/> (length and hash, never the text), the audit events that
/// <see cref="AiGovernance"/> writes, the OpenTelemetry names and sink, <see cref="CompositeAiAuditSink"/>, and
/// <see cref="AiFeatureDescriptor.DeclaredBy"/>.
/// </summary>
public class AuditTests
{
    private const string AbcSha256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private const string Secret = "The patient's HIV test came back positive; SSN 078-05-1120.";

    private static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    // ---------------------------------------------------------------- AiAuditContent.Describe

    [Fact]
    public void Describe_string_gives_length_and_sha256_of_the_utf8_text()
    {
        var content = AiAuditContent.Describe("abc");
        Assert.Equal(3, content.Length);
        Assert.Equal(AbcSha256, content.Sha256);
        Assert.Null(content.Items);

        Assert.Equal(new AiAuditContent(0, EmptySha256, null), AiAuditContent.Describe(string.Empty));

        const string Accented = "Résumé 😀";
        var accented = AiAuditContent.Describe(Accented);
        Assert.Equal(Accented.Length, accented.Length); // UTF-16 code units: the emoji counts 2
        Assert.Equal(Sha256Hex(Accented), accented.Sha256);
        Assert.Equal(accented, AiAuditContent.Describe(Accented.ToCharArray()));
    }

    [Fact]
    public void Describe_bytes_gives_byte_length_and_sha256_of_the_bytes()
    {
        var bytes = new byte[] { 0, 1, 2, 250, 255 };
        var content = AiAuditContent.Describe(bytes);
        Assert.Equal(5, content.Length);
        Assert.Equal(Sha256Hex(bytes), content.Sha256);
        Assert.Null(content.Items);
        Assert.Equal(AbcSha256, AiAuditContent.Describe("abc"u8.ToArray()).Sha256);
    }

    [Fact]
    public void Describe_collections_gives_the_element_count_and_no_hash()
    {
        Assert.Equal(new AiAuditContent(3, null, null), AiAuditContent.Describe(new List<string> { "a", "b", Secret }));
        Assert.Equal(new AiAuditContent(2, null, null), AiAuditContent.Describe(new[] { 1.0f, 2.0f }));
        Assert.Equal(new AiAuditContent(2, null, null), AiAuditContent.Describe(new HashSet<string> { "x", "y" }));
        Assert.Equal(new AiAuditContent(1, null, null), AiAuditContent.Describe(new Dictionary<string, int> { ["k"] = 1 }));
        Assert.Equal(new AiAuditContent(4, null, null), AiAuditContent.Describe<IReadOnlyCollection<int>>(new ReadOnlyOnly(4)));
        Assert.Equal(new AiAuditContent(0, null, null), AiAuditContent.Describe(Array.Empty<string>()));
    }

    [Fact]
    public void Describe_never_enumerates_a_lazy_sequence()
    {
        var enumerated = 0;
        var lazy = Enumerable.Range(0, 5).Select(i => { enumerated++; return i; });
        Assert.Same(AiAuditContent.None, AiAuditContent.Describe(lazy));
        Assert.Equal(0, enumerated);
    }

    [Fact]
    public void Describe_AiGenerated_describes_its_value_not_its_notice()
    {
        var feature = new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization);
        Assert.Equal(AiAuditContent.Describe("abc"), AiAuditContent.Describe(AiGenerated.Create("abc", feature)));
        Assert.Equal(AbcSha256, AiAuditContent.Describe(AiGenerated.Create("abc", feature)).Sha256);
        Assert.Equal(AiAuditContent.Describe(new byte[] { 1, 2 }), AiAuditContent.Describe(AiGenerated.Create(new byte[] { 1, 2 }, feature)));
        Assert.Equal(new AiAuditContent(2, null, null), AiAuditContent.Describe(AiGenerated.Create(new[] { "a", "b" }, feature)));
        Assert.Equal(AiAuditContent.Describe("abc"), AiAuditContent.Describe<object>(AiGenerated.Create(AiGenerated.Create("abc", feature), feature)));
        Assert.Same(AiAuditContent.None, AiAuditContent.Describe(AiGenerated.Create<string?>(null, feature)));
    }

    [Fact]
    public void Describe_null_and_opaque_values_says_nothing()
    {
        Assert.Same(AiAuditContent.None, AiAuditContent.Describe<string?>(null));
        Assert.Same(AiAuditContent.None, AiAuditContent.Describe<object?>(null));
        Assert.Same(AiAuditContent.None, AiAuditContent.Describe<byte[]?>(null));
        Assert.Same(AiAuditContent.None, AiAuditContent.Describe(42));
        Assert.Same(AiAuditContent.None, AiAuditContent.Describe(new TextHolder(Secret))); // never ToString()
        Assert.Null(AiAuditContent.None.Length);
        Assert.Null(AiAuditContent.None.Sha256);
        Assert.Null(AiAuditContent.None.Items);
        Assert.Equal("none", AiAuditContent.None.ToString());
    }

    [Fact]
    public void Content_constructor_rejects_what_is_not_a_length_or_a_hash()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiAuditContent(-1, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiAuditContent(null, null, -1));
        Assert.Throws<ArgumentException>(() => new AiAuditContent(3, Secret, null));
        Assert.Throws<ArgumentException>(() => new AiAuditContent(3, AbcSha256.ToUpperInvariant(), null));
        Assert.Equal($"length=3 sha256={AbcSha256} items=1", new AiAuditContent(3, AbcSha256, 1).ToString());
        Assert.Equal(new AiAuditContent(3, null, null), AiAuditContent.Describe("abc").WithoutSha256());
    }

    // ---------------------------------------------------------------- AiAuditContent.Builder (streams)

    [Fact]
    public void Builder_describes_a_text_stream_as_its_concatenation()
    {
        var content = new AiAuditContent.Builder().Add("ab").Add("c").Build();
        Assert.Equal(new AiAuditContent(3, AbcSha256, 2), content);

        // A surrogate pair split across two chunks hashes like the whole text.
        const string Whole = "x😀y";
        var split = new AiAuditContent.Builder().Add(Whole[..2]).Add(Whole[2..]).Build();
        Assert.Equal(new AiAuditContent(Whole.Length, Sha256Hex(Whole), 2), split);

        // Disclosed items (what generated streaming gateways yield) are described by their values.
        var feature = new AiFeatureDescriptor("lecture.chat", AiCapability.Chat);
        var disclosed = new AiAuditContent.Builder().Add(AiGenerated.Create("a", feature)).Add(AiGenerated.Create("bc", feature)).Build();
        Assert.Equal(new AiAuditContent(3, AbcSha256, 2), disclosed);
    }

    [Fact]
    public void Builder_describes_byte_streams_empty_streams_and_null_items()
    {
        Assert.Equal(new AiAuditContent(3, AbcSha256, 2), new AiAuditContent.Builder().Add("a"u8.ToArray()).Add("bc"u8.ToArray()).Build());
        Assert.Equal(new AiAuditContent(0, EmptySha256, 0), new AiAuditContent.Builder().Build());
        Assert.Equal(new AiAuditContent(3, AbcSha256, 3), new AiAuditContent.Builder().Add("a").Add<string?>(null).Add("bc").Build());
    }

    [Fact]
    public void Builder_drops_the_hash_for_mixed_or_opaque_items_and_the_length_for_opaque_ones()
    {
        Assert.Equal(new AiAuditContent(3, null, 2), new AiAuditContent.Builder().Add("a").Add(new byte[] { 1, 2 }).Build());
        Assert.Equal(new AiAuditContent(3, null, 2), new AiAuditContent.Builder().Add("a").Add(new[] { 1, 2 }).Build());
        Assert.Equal(new AiAuditContent(null, null, 3), new AiAuditContent.Builder().Add("a").Add(new TextHolder(Secret)).Add("b").Build());
    }

    [Fact]
    public void Builder_build_is_final_and_repeatable()
    {
        var builder = new AiAuditContent.Builder().Add("abc");
        Assert.Equal(1, builder.Items);
        var first = builder.Build();
        Assert.Same(first, builder.Build());
        Assert.Throws<InvalidOperationException>(() => builder.Add("more"));
    }

    // ---------------------------------------------------------------- AiGovernance audit events

    [Fact]
    public void Completed_with_output_records_length_and_hash()
    {
        var (governance, sink) = NewGovernance();
        var feature = new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, "Azure OpenAI");
        using (var audit = governance.BeginAudit(new AiSubject("s-1"), feature))
        {
            audit.Completed(AiAuditContent.Describe("abc"));
        }

        Assert.Collection(
            sink.Events,
            begin =>
            {
                Assert.Equal(AiAuditEventKind.Begin, begin.Kind);
                Assert.Null(begin.OutputLength);
                Assert.Null(begin.OutputSha256);
                Assert.Null(begin.OutputItems);
            },
            completed =>
            {
                Assert.Equal(AiAuditEventKind.Completed, completed.Kind);
                Assert.Equal(AiAuditEvent.SuccessOutcome, completed.Outcome);
                Assert.Equal(3, completed.OutputLength);
                Assert.Equal(AbcSha256, completed.OutputSha256);
                Assert.Null(completed.OutputItems);
                Assert.Equal("s-1", completed.SubjectId);
                Assert.Equal("text_completion", completed.OperationName);
                Assert.Contains("output.length=3", completed.ToString(), StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Completed_without_output_and_stream_completion()
    {
        var (governance, sink) = NewGovernance();
        var feature = new AiFeatureDescriptor("lecture.chat", AiCapability.Chat);
        using (var audit = governance.BeginAudit(new AiSubject("s-1"), feature))
        {
            audit.Completed();
        }

        using (var audit = governance.BeginAudit(new AiSubject("s-1"), feature))
        {
            audit.Completed(new AiAuditContent.Builder().Add("ab").Add("c").Build());
            audit.Completed(AiAuditContent.Describe("ignored: only the first outcome counts"));
        }

        var ends = sink.Events.Where(e => e.Kind != AiAuditEventKind.Begin).ToList();
        Assert.Equal(2, ends.Count);
        Assert.Null(ends[0].OutputLength);
        Assert.Null(ends[0].OutputSha256);
        Assert.Equal(3, ends[1].OutputLength);
        Assert.Equal(AbcSha256, ends[1].OutputSha256);
        Assert.Equal(2, ends[1].OutputItems);
        Assert.Throws<ArgumentNullException>(() => governance.BeginAudit(new AiSubject("s-1"), feature).Completed(null!));
    }

    [Fact]
    public void Audit_events_never_contain_the_raw_text()
    {
        var (governance, sink) = NewGovernance(new AiGovernanceOptions { SubjectIdMode = AiSubjectIdMode.Raw, ModelResolver = _ => "gpt-4o-mini" });
        var subject = new AiSubject("student-42");
        var feature = new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, "Azure OpenAI", null, null, ["M:Lectures.Summarize"]);
        // Success with the secret as output, as a string, bytes, a disclosed value and a stream.
        foreach (var output in new AiAuditContent[]
        {
            AiAuditContent.Describe(Secret),
            AiAuditContent.Describe(Encoding.UTF8.GetBytes(Secret)),
            AiAuditContent.Describe(AiGenerated.Create(Secret, feature)),
            AiAuditContent.Describe(new[] { Secret, Secret }),
            new AiAuditContent.Builder().Add(Secret[..10]).Add(Secret[10..]).Build(),
        })
        {
            using var audit = governance.BeginAudit(subject, feature);
            audit.Completed(output);
        }

        // Failure whose exception message carries the secret (providers often echo the prompt in errors).
        using (var audit = governance.BeginAudit(subject, feature))
        {
            audit.Failed(new InvalidOperationException("Model refused: " + Secret));
        }

        // Abandoned.
        governance.BeginAudit(subject, feature).Dispose();

        var events = sink.Events;
        Assert.Equal(14, events.Count);
        Assert.Contains(events, e => e.OutputSha256 == Sha256Hex(Secret));
        var fragments = new[] { Secret, Secret[..10], Secret[10..], "HIV", "078-05-1120" };
        foreach (var auditEvent in events)
        {
            var texts = typeof(AiAuditEvent).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(string))
                .Select(p => (string?)p.GetValue(auditEvent))
                .Append(auditEvent.ToString())
                .Concat(auditEvent.GetTags().Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture)))
                .Concat(auditEvent.GetTags().Select(t => t.Key));
            foreach (var text in texts.Where(t => t is not null))
            {
                foreach (var fragment in fragments)
                {
                    Assert.DoesNotContain(fragment, text!, StringComparison.Ordinal);
                }
            }
        }

        var failed = events.Single(e => e.Outcome == AiAuditEvent.ErrorOutcome);
        Assert.Equal(typeof(InvalidOperationException).FullName, failed.ErrorType);
        var abandoned = events.Single(e => e.Outcome == AiAuditEvent.AbandonedOutcome);
        Assert.Equal(AiAuditEventKind.Failed, abandoned.Kind);
        Assert.Null(abandoned.ErrorType);
    }

    [Fact]
    public void Subject_ids_can_be_hashed_with_a_key()
    {
        var key = Encoding.UTF8.GetBytes("audit-pseudonym-key-from-a-vault");
        var options = new AiGovernanceOptions { SubjectIdMode = AiSubjectIdMode.Hashed, SubjectIdHashKey = key };
        var (governance, sink) = NewGovernance(options);
        var subject = new AiSubject("alice@example.edu");
        governance.BeginAudit(subject, new AiFeatureDescriptor("lecture.summary")).Completed();

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(subject.Id)));
        Assert.All(sink.Events, e => Assert.Equal(expected, e.SubjectId));
        Assert.Equal(expected, options.GetAuditSubjectId(subject));

        // Changing the options after construction does not change the governance.
        options.SubjectIdMode = AiSubjectIdMode.Raw;
        key[0] ^= 0xFF;
        governance.BeginAudit(subject, new AiFeatureDescriptor("lecture.summary")).Completed();
        Assert.All(sink.Events, e => Assert.Equal(expected, e.SubjectId));

        Assert.Equal(subject.Id, new AiGovernanceOptions { SubjectIdMode = AiSubjectIdMode.Raw }.GetAuditSubjectId(subject));
        Assert.Throws<ArgumentException>(() => options.GetAuditSubjectId(default));
    }

    [Fact]
    public void Private_by_default_subject_ids_are_pseudonymized_and_there_is_no_unkeyed_fallback()
    {
        // The defaults pseudonymize, so they need a key that only the application can give: a clear error, at construction.
        var defaults = new AiGovernanceOptions();
        Assert.Equal(AiSubjectIdMode.Hashed, defaults.SubjectIdMode);
        Assert.Null(defaults.SubjectIdHashKey);
        Assert.Contains("SubjectIdHashKey", defaults.Validate(), StringComparison.Ordinal);
        var error = Assert.Throws<InvalidOperationException>(() => new AiGovernance(new InMemoryAiConsentStore(), new InMemoryAiPreferenceStore(), new InMemoryAiAuditSink()));
        Assert.Contains("SubjectIdMode = AiSubjectIdMode.Raw", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => defaults.GetAuditSubjectId(new AiSubject("alice@example.edu")));

        // A short key is refused; raw ids only when chosen.
        var shortKey = new AiGovernanceOptions { SubjectIdHashKey = new byte[8] };
        Assert.Contains("at least 16 bytes", shortKey.Validate(), StringComparison.Ordinal);
        Assert.Null(new AiGovernanceOptions { SubjectIdHashKey = new byte[16] }.Validate());
        Assert.Null(Raw().Validate());

        // Traces carry no subject id unless opted in.
        Assert.False(new OpenTelemetryAiAuditSinkOptions().IncludeSubjectId);
    }

    [Fact]
    public void OpenTelemetry_activities_carry_no_subject_id_by_default()
    {
        using var capture = new TelemetryCapture();
        using var otel = new OpenTelemetryAiAuditSink();
        var governance = new AiGovernance(new InMemoryAiConsentStore(), new InMemoryAiPreferenceStore(), otel, Raw());
        governance.BeginAudit(new AiSubject("alice@example.edu"), new AiFeatureDescriptor("otel.private", AiCapability.Chat)).Completed();

        var activity = Assert.Single(capture.Activities, a => Equals(a.GetTagItem("responsibleai.feature.id"), "otel.private"));
        Assert.Null(activity.GetTagItem("responsibleai.subject.id"));
        Assert.DoesNotContain(activity.TagObjects, t => Equals(t.Value, "alice@example.edu"));
    }

    [Fact]
    public void Output_hashes_can_be_turned_off_and_the_model_resolved()
    {
        var (governance, sink) = NewGovernance(new AiGovernanceOptions { SubjectIdMode = AiSubjectIdMode.Raw, RecordOutputSha256 = false, ModelResolver = f => f.Id + "-model" });
        governance.BeginAudit(new AiSubject("s-1"), new AiFeatureDescriptor("quiz.grade", AiCapability.Classification)).Completed(AiAuditContent.Describe("yes"));
        var completed = sink.Events[1];
        Assert.Equal(3, completed.OutputLength);
        Assert.Null(completed.OutputSha256);
        Assert.All(sink.Events, e => Assert.Equal("quiz.grade-model", e.Model));
    }

    [Fact]
    public void Old_event_constructor_still_works()
    {
        var e = new AiAuditEvent(AiAuditEventKind.Completed, "lecture.summary", AiCapability.Summarization, null, "s-1", DateTimeOffset.UnixEpoch, TimeSpan.FromMilliseconds(1500), AiAuditEvent.SuccessOutcome);
        Assert.Null(e.Model);
        Assert.Null(e.OutputLength);
        Assert.Null(e.OutputSha256);
        Assert.Null(e.OutputItems);
        Assert.Equal("1970-01-01T00:00:00.0000000+00:00 Completed lecture.summary subject=s-1 duration=1500ms outcome=success", e.ToString());
    }

    // ---------------------------------------------------------------- OpenTelemetry names

    [Theory]
    [InlineData(AiCapability.Chat, "chat")]
    [InlineData(AiCapability.Embedding, "embeddings")]
    [InlineData(AiCapability.TextGeneration, "text_completion")]
    [InlineData(AiCapability.Summarization, "text_completion")]
    [InlineData(AiCapability.Translation, "text_completion")]
    [InlineData(AiCapability.QuizGeneration, "text_completion")]
    [InlineData(AiCapability.Chaptering, "text_completion")]
    [InlineData(AiCapability.Tagging, "text_completion")]
    [InlineData(AiCapability.Moderation, "text_completion")]
    [InlineData(AiCapability.Classification, "text_completion")]
    [InlineData(AiCapability.Captioning, "generate_content")]
    [InlineData(AiCapability.Transcription, "generate_content")]
    [InlineData(AiCapability.Dubbing, "generate_content")]
    [InlineData(AiCapability.AudioDescription, "generate_content")]
    [InlineData(AiCapability.SpeechSynthesis, "generate_content")]
    [InlineData(AiCapability.ImageGeneration, "generate_content")]
    [InlineData(AiCapability.VideoGeneration, "generate_content")]
    [InlineData(AiCapability.Clipping, "generate_content")]
    [InlineData(AiCapability.VisionAnalysis, "generate_content")]
    [InlineData(AiCapability.Other, "generate_content")]
    public void Operation_name_follows_the_capability(AiCapability capability, string expected) =>
        Assert.Equal(expected, AiAuditNames.GetOperationName(capability));

    [Fact]
    public void Every_capability_maps_to_a_GenAI_operation()
    {
        string[] known = ["chat", "create_agent", "embeddings", "execute_tool", "generate_content", "invoke_agent", "text_completion"];
        foreach (AiCapability capability in Enum.GetValues(typeof(AiCapability)))
        {
            Assert.Contains(AiAuditNames.GetOperationName(capability), known);
        }
    }

    [Theory]
    [InlineData("Azure OpenAI", "azure.ai.openai")]
    [InlineData("OpenAI", "openai")]
    [InlineData("AWS Bedrock", "aws.bedrock")]
    [InlineData("Amazon Bedrock", "aws.bedrock")]
    [InlineData("Gemini", "gcp.gemini")]
    [InlineData("Vertex AI", "gcp.vertex_ai")]
    [InlineData("Azure AI Inference", "azure.ai.inference")]
    [InlineData("anthropic", "anthropic")]
    [InlineData("Mistral AI", "mistral_ai")]
    [InlineData("xAI", "x_ai")]
    [InlineData("Kaltura REACH", "Kaltura REACH")]
    [InlineData("  self-hosted ", "self-hosted")]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    public void Provider_name_uses_the_well_known_GenAI_values(string? provider, string? expected) =>
        Assert.Equal(expected, AiAuditNames.GetProviderName(provider));

    [Fact]
    public void Names_are_the_GenAI_and_responsibleai_attribute_names()
    {
        Assert.Equal("ResponsibleAI", AiAuditNames.SourceName);
        Assert.Equal("gen_ai.operation.name", AiAuditNames.OperationName);
        Assert.Equal("gen_ai.provider.name", AiAuditNames.ProviderName);
        Assert.Equal("gen_ai.request.model", AiAuditNames.RequestModel);
        Assert.Equal("error.type", AiAuditNames.ErrorType);
        Assert.Equal("responsibleai.feature.id", AiAuditNames.FeatureId);
        Assert.Equal("responsibleai.feature.capability", AiAuditNames.FeatureCapability);
        Assert.Equal("responsibleai.subject.id", AiAuditNames.SubjectId);
        Assert.Equal("responsibleai.outcome", AiAuditNames.Outcome);
        Assert.Equal("responsibleai.duration", AiAuditNames.Duration);
        Assert.Equal("responsibleai.output.length", AiAuditNames.OutputLength);
        Assert.Equal("responsibleai.output.sha256", AiAuditNames.OutputSha256);
        Assert.Equal("responsibleai.output.items", AiAuditNames.OutputItems);
        Assert.Equal("responsibleai.feature.duration", AiAuditNames.DurationMetric);
        Assert.Equal("responsibleai.feature.calls", AiAuditNames.CallsMetric);
    }

    [Fact]
    public void Docs_page_lists_every_audit_name()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var page = File.ReadAllText(Path.Combine(directory!.FullName, "docs", "runtime.md"));
        var names = typeof(AiAuditNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(AiAuditNames.Operations).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.Equal(19, names.Count);
        foreach (var name in names)
        {
            Assert.Contains("`" + name + "`", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Event_tags_use_the_names_and_seconds()
    {
        var e = new AiAuditEvent(
            AiAuditEventKind.Completed, "lecture.summary", AiCapability.Summarization, "Azure OpenAI", "gpt-4o", "s-1",
            DateTimeOffset.UnixEpoch, TimeSpan.FromMilliseconds(1500), AiAuditEvent.SuccessOutcome, null, new AiAuditContent(3, AbcSha256, 2));
        KeyValuePair<string, object?>[] expected =
            [
                new("gen_ai.operation.name", "text_completion"),
                new("gen_ai.provider.name", "azure.ai.openai"),
                new("gen_ai.request.model", "gpt-4o"),
                new("responsibleai.feature.id", "lecture.summary"),
                new("responsibleai.feature.capability", "Summarization"),
                new("responsibleai.subject.id", "s-1"),
                new("responsibleai.outcome", "success"),
                new("responsibleai.duration", 1.5),
                new("responsibleai.output.length", 3L),
                new("responsibleai.output.sha256", AbcSha256),
                new("responsibleai.output.items", 2L),
            ];
        Assert.Equal(expected, e.GetTags());
        Assert.DoesNotContain(e.GetTags(includeSubjectId: false), t => t.Key == AiAuditNames.SubjectId);

        var begin = new AiAuditEvent(AiAuditEventKind.Begin, "lecture.summary", AiCapability.Summarization, null, "s-1", DateTimeOffset.UnixEpoch);
        Assert.Equal(["gen_ai.operation.name", "responsibleai.feature.id", "responsibleai.feature.capability", "responsibleai.subject.id"], begin.GetTags().Select(t => t.Key));
    }

    // ---------------------------------------------------------------- OpenTelemetryAiAuditSink

    [Fact]
    public void OpenTelemetry_sink_records_an_activity_a_counter_and_a_duration_histogram()
    {
        using var capture = new TelemetryCapture();
        using var otel = new OpenTelemetryAiAuditSink(new OpenTelemetryAiAuditSinkOptions { IncludeSubjectId = true });
        var memory = new InMemoryAiAuditSink();
        var governance = new AiGovernance(new InMemoryAiConsentStore(), new InMemoryAiPreferenceStore(), new CompositeAiAuditSink(memory, otel), new AiGovernanceOptions { SubjectIdMode = AiSubjectIdMode.Raw, ModelResolver = _ => "gpt-4o-mini" });
        var feature = new AiFeatureDescriptor("otel.success", AiCapability.Summarization, "Azure OpenAI");

        capture.Listen("ResponsibleAI.Tests.Parent");
        using var parentSource = new ActivitySource("ResponsibleAI.Tests.Parent");
        using (var parent = parentSource.StartActivity("request"))
        {
            Assert.NotNull(parent);
            using var audit = governance.BeginAudit(new AiSubject("s-1"), feature);
            audit.Completed(AiAuditContent.Describe(Secret));

            var activity = Assert.Single(capture.Activities, a => a.Source.Name == "ResponsibleAI" && Equals(a.GetTagItem("responsibleai.feature.id"), "otel.success"));
            Assert.Equal("text_completion otel.success", activity.DisplayName);
            Assert.Equal(ActivityKind.Internal, activity.Kind);
            Assert.Equal(parent.SpanId, activity.ParentSpanId);
            Assert.Equal(ActivityStatusCode.Unset, activity.Status);
            Assert.Equal("text_completion", activity.GetTagItem("gen_ai.operation.name"));
            Assert.Equal("azure.ai.openai", activity.GetTagItem("gen_ai.provider.name"));
            Assert.Equal("gpt-4o-mini", activity.GetTagItem("gen_ai.request.model"));
            Assert.Equal("Summarization", activity.GetTagItem("responsibleai.feature.capability"));
            Assert.Equal("s-1", activity.GetTagItem("responsibleai.subject.id"));
            Assert.Equal("success", activity.GetTagItem("responsibleai.outcome"));
            Assert.Equal((long)Secret.Length, activity.GetTagItem("responsibleai.output.length"));
            Assert.Equal(Sha256Hex(Secret), activity.GetTagItem("responsibleai.output.sha256"));
            Assert.Null(activity.GetTagItem("error.type"));
            Assert.DoesNotContain(activity.TagObjects, t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture)!.Contains("HIV", StringComparison.Ordinal));

            var completed = memory.Events.Single(e => e.Kind == AiAuditEventKind.Completed);
            Assert.Equal(completed.Duration, activity.Duration);
            Assert.Equal(completed.TimestampUtc.UtcDateTime, activity.StartTimeUtc + activity.Duration);

            var duration = Assert.Single(capture.Measurements, m => m.Instrument == "responsibleai.feature.duration" && Equals(m.Tags["responsibleai.feature.id"], "otel.success"));
            Assert.Equal(completed.Duration!.Value.TotalSeconds, (double)duration.Value, precision: 9);
            Assert.Equal("s", duration.Unit);
            var calls = Assert.Single(capture.Measurements, m => m.Instrument == "responsibleai.feature.calls" && Equals(m.Tags["responsibleai.feature.id"], "otel.success"));
            Assert.Equal(1L, calls.Value);
            foreach (var measurement in new[] { duration, calls })
            {
                Assert.Equal("text_completion", measurement.Tags["gen_ai.operation.name"]);
                Assert.Equal("azure.ai.openai", measurement.Tags["gen_ai.provider.name"]);
                Assert.Equal("gpt-4o-mini", measurement.Tags["gen_ai.request.model"]);
                Assert.Equal("Summarization", measurement.Tags["responsibleai.feature.capability"]);
                Assert.Equal("success", measurement.Tags["responsibleai.outcome"]);
                Assert.False(measurement.Tags.ContainsKey("responsibleai.subject.id"));
                Assert.False(measurement.Tags.ContainsKey("responsibleai.output.sha256"));
                Assert.False(measurement.Tags.ContainsKey("error.type"));
            }
        }
    }

    [Fact]
    public void OpenTelemetry_sink_marks_failures_and_abandoned_scopes_as_errors()
    {
        using var capture = new TelemetryCapture();
        using var otel = new OpenTelemetryAiAuditSink(new OpenTelemetryAiAuditSinkOptions { IncludeSubjectId = false });
        var governance = new AiGovernance(new InMemoryAiConsentStore(), new InMemoryAiPreferenceStore(), otel, Raw());
        var failing = new AiFeatureDescriptor("otel.failure", AiCapability.Chat);
        var abandoned = new AiFeatureDescriptor("otel.abandoned", AiCapability.Embedding);

        using (var audit = governance.BeginAudit(new AiSubject("s-1"), failing))
        {
            audit.Failed(new TimeoutException(Secret));
        }

        governance.BeginAudit(new AiSubject("s-1"), abandoned).Dispose();

        var failure = Assert.Single(capture.Activities, a => Equals(a.GetTagItem("responsibleai.feature.id"), "otel.failure"));
        Assert.Equal("chat otel.failure", failure.DisplayName);
        Assert.Equal(ActivityStatusCode.Error, failure.Status);
        Assert.Equal("System.TimeoutException", failure.StatusDescription);
        Assert.Equal("System.TimeoutException", failure.GetTagItem("error.type"));
        Assert.Equal("error", failure.GetTagItem("responsibleai.outcome"));
        Assert.Null(failure.GetTagItem("responsibleai.subject.id"));
        Assert.Null(failure.GetTagItem("gen_ai.provider.name"));

        var gone = Assert.Single(capture.Activities, a => Equals(a.GetTagItem("responsibleai.feature.id"), "otel.abandoned"));
        Assert.Equal("embeddings otel.abandoned", gone.DisplayName);
        Assert.Equal(ActivityStatusCode.Error, gone.Status);
        Assert.Equal("abandoned", gone.StatusDescription);
        Assert.Equal("abandoned", gone.GetTagItem("responsibleai.outcome"));

        var failedCall = Assert.Single(capture.Measurements, m => m.Instrument == "responsibleai.feature.calls" && Equals(m.Tags["responsibleai.feature.id"], "otel.failure"));
        Assert.Equal("error", failedCall.Tags["responsibleai.outcome"]);
        Assert.Equal("System.TimeoutException", failedCall.Tags["error.type"]);
        var abandonedCall = Assert.Single(capture.Measurements, m => m.Instrument == "responsibleai.feature.calls" && Equals(m.Tags["responsibleai.feature.id"], "otel.abandoned"));
        Assert.Equal("abandoned", abandonedCall.Tags["responsibleai.outcome"]);
        Assert.Single(capture.Measurements, m => m.Instrument == "responsibleai.feature.duration" && Equals(m.Tags["responsibleai.feature.id"], "otel.abandoned"));
    }

    [Fact]
    public void OpenTelemetry_sink_records_nothing_for_begin_events_and_nothing_after_dispose()
    {
        using var capture = new TelemetryCapture();
        var otel = new OpenTelemetryAiAuditSink();
        otel.Write(new AiAuditEvent(AiAuditEventKind.Begin, "otel.begin", AiCapability.Chat, null, "s-1", DateTimeOffset.UtcNow));
        otel.Dispose();
        otel.Write(new AiAuditEvent(AiAuditEventKind.Completed, "otel.begin", AiCapability.Chat, null, "s-1", DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1), "success"));
        Assert.DoesNotContain(capture.Activities, a => Equals(a.GetTagItem("responsibleai.feature.id"), "otel.begin"));
        Assert.DoesNotContain(capture.Measurements, m => Equals(m.Tags.GetValueOrDefault("responsibleai.feature.id"), "otel.begin"));
        Assert.Throws<ArgumentNullException>(() => otel.Write(null!));
    }

    // ---------------------------------------------------------------- CompositeAiAuditSink

    [Fact]
    public void Composite_sink_writes_every_event_to_every_sink_in_order()
    {
        var order = new List<string>();
        var first = new InMemoryAiAuditSink();
        var second = new InMemoryAiAuditSink();
        var composite = new CompositeAiAuditSink(new RecordingSink("a", order), first, new RecordingSink("b", order), second);
        var governance = new AiGovernance(new InMemoryAiConsentStore(), new InMemoryAiPreferenceStore(), composite, Raw());
        governance.BeginAudit(new AiSubject("s-1"), new AiFeatureDescriptor("lecture.summary")).Completed(AiAuditContent.Describe("abc"));

        Assert.Equal(4, composite.Sinks.Count);
        Assert.Equal(2, first.Events.Count);
        Assert.Equal(first.Events, second.Events);
        Assert.Equal(["a", "b", "a", "b"], order);
        Assert.Equal(AbcSha256, second.Events[1].OutputSha256);
    }

    [Fact]
    public void Composite_sink_reaches_every_sink_when_one_throws()
    {
        var memory = new InMemoryAiAuditSink();
        var e = new AiAuditEvent(AiAuditEventKind.Begin, "lecture.summary", AiCapability.Other, null, "s-1", DateTimeOffset.UtcNow);

        var one = new CompositeAiAuditSink(new ThrowingSink("disk full"), memory);
        var single = Assert.Throws<InvalidOperationException>(() => one.Write(e));
        Assert.Equal("disk full", single.Message);
        Assert.Single(memory.Events);

        var two = new CompositeAiAuditSink(new List<IAiAuditSink> { new ThrowingSink("a"), memory, new ThrowingSink("b") });
        var aggregate = Assert.Throws<AggregateException>(() => two.Write(e));
        Assert.Equal(["a", "b"], aggregate.InnerExceptions.Select(x => x.Message));
        Assert.Equal(2, memory.Events.Count);
    }

    [Fact]
    public void Composite_sink_rejects_null_sinks()
    {
        Assert.Throws<ArgumentNullException>(() => new CompositeAiAuditSink((IAiAuditSink[])null!));
        Assert.Throws<ArgumentNullException>(() => new CompositeAiAuditSink(new InMemoryAiAuditSink(), null!));
        Assert.Throws<ArgumentNullException>(() => new CompositeAiAuditSink().Write(null!));
        new CompositeAiAuditSink().Write(new AiAuditEvent(AiAuditEventKind.Begin, "x", AiCapability.Other, null, "s", DateTimeOffset.UtcNow));
    }

    // ---------------------------------------------------------------- AiFeatureDescriptor.DeclaredBy

    [Fact]
    public void DeclaredBy_from_the_generator_call()
    {
        // The exact shape the generator emits.
        var feature = new global::ResponsibleAI.AiFeatureDescriptor("lecture.summary", global::ResponsibleAI.AiCapability.Summarization, "Azure OpenAI", null, null, new string[] { "M:Contoso.Lectures.SummarizeAsync(ResponsibleAI.AiSubject,System.String)", "T:Contoso.Summaries" });
        Assert.Equal(["M:Contoso.Lectures.SummarizeAsync(ResponsibleAI.AiSubject,System.String)", "T:Contoso.Summaries"], feature.DeclaredBy);
        Assert.True(feature.GeneratesContent);

        var minimal = new global::ResponsibleAI.AiFeatureDescriptor("reach.captions", global::ResponsibleAI.AiCapability.Captioning, null, false, "Captions by REACH.", new string[] { });
        Assert.Empty(minimal.DeclaredBy);
        Assert.False(minimal.GeneratesContent);
        Assert.Equal("Captions by REACH.", minimal.Disclosure);

        Assert.Empty(new AiFeatureDescriptor("lecture.summary").DeclaredBy);
        Assert.Empty(new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, null, null, null, null).DeclaredBy);
    }

    [Fact]
    public void DeclaredBy_is_a_read_only_copy_and_not_part_of_equality()
    {
        var members = new[] { "M:A.One", "M:B.Two" };
        var declared = new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, "self-hosted", null, null, members);
        members[0] = "M:Changed";
        Assert.Equal("M:A.One", declared.DeclaredBy[0]);
        Assert.IsNotType<string[]>(declared.DeclaredBy);
        Assert.True(((IList<string>)declared.DeclaredBy).IsReadOnly);

        var plain = new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, "self-hosted");
        var other = new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, "self-hosted", null, null, ["M:C.Three"]);
        Assert.Equal(plain, declared);
        Assert.True(plain == other);
        Assert.Equal(plain.GetHashCode(), declared.GetHashCode());
        Assert.Equal(plain.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(plain, new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, "other", null, null, ["M:A.One"]));

        Assert.Throws<ArgumentException>(() => new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, null, null, null, ["M:A", null!]));
        Assert.Throws<ArgumentException>(() => new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, null, null, null, [""]));
        Assert.Throws<ArgumentException>(() => new AiFeatureDescriptor("Not Valid", AiCapability.Summarization, null, null, null, ["M:A"]));
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>Options that record subject ids as they are, chosen explicitly (these tests read the ids back).</summary>
    private static AiGovernanceOptions Raw() => new() { SubjectIdMode = AiSubjectIdMode.Raw };

    private static (AiGovernance Governance, InMemoryAiAuditSink Sink) NewGovernance(AiGovernanceOptions? options = null)
    {
        var sink = new InMemoryAiAuditSink();
        return (new AiGovernance(new InMemoryAiConsentStore(), new InMemoryAiPreferenceStore(), sink, options ?? Raw()), sink);
    }

    private sealed record TextHolder(string Text);

    private sealed class ReadOnlyOnly(int count) : IReadOnlyCollection<int>
    {
        public int Count => count;

        public IEnumerator<int> GetEnumerator() => throw new InvalidOperationException("must not be enumerated");

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class RecordingSink(string name, List<string> order) : IAiAuditSink
    {
        public void Write(AiAuditEvent auditEvent) => order.Add(name);
    }

    private sealed class ThrowingSink(string message) : IAiAuditSink
    {
        public void Write(AiAuditEvent auditEvent) => throw new InvalidOperationException(message);
    }

    private sealed record Measurement(string Instrument, string? Unit, object Value, Dictionary<string, object?> Tags);

    /// <summary>Captures the ResponsibleAI activities and measurements (and any other source it is told to listen to).</summary>
    private sealed class TelemetryCapture : IDisposable
    {
        private readonly HashSet<string> _sources = new(StringComparer.Ordinal) { "ResponsibleAI" };
        private readonly ActivityListener _activityListener;
        private readonly MeterListener _meterListener;
        private readonly ConcurrentQueue<Activity> _activities = new();
        private readonly ConcurrentQueue<Measurement> _measurements = new();

        public TelemetryCapture()
        {
            _activityListener = new ActivityListener
            {
                ShouldListenTo = source => { lock (_sources) { return _sources.Contains(source.Name); } },
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _activities.Enqueue,
            };
            ActivitySource.AddActivityListener(_activityListener);

            _meterListener = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == "ResponsibleAI")
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
            _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
            _meterListener.Start();
        }

        public IReadOnlyList<Activity> Activities => _activities.ToArray();

        public IReadOnlyList<Measurement> Measurements => _measurements.ToArray();

        /// <summary>Also listens to a source created after this call (ShouldListenTo runs when a source is created).</summary>
        public void Listen(string sourceName)
        {
            lock (_sources)
            {
                _sources.Add(sourceName);
            }
        }

        public void Dispose()
        {
            _activityListener.Dispose();
            _meterListener.Dispose();
        }

        private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
            where T : struct
        {
            var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            _measurements.Enqueue(new Measurement(instrument.Name, instrument.Unit, value, copy));
        }
    }
}
