using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ResponsibleAI.Analyzers.Rules;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.GatewayAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>
/// RAI3001–RAI3009: every rule has a reported case and a valid twin that is quiet. The generator does not run in these
/// tests, so each valid gateway comes with a second source that stands in for the generated implementing part (without
/// it, the compiler reports CS8795: a partial method with accessibility needs an implementation). Invalid gateways get
/// no generated part, as with the real generator, so they show the CS8795 a user sees next to the RAI3xxx error.
/// </summary>
public class GatewayAnalyzerTests
{
    private static DiagnosticResult Error(string id, int location, string message) =>
        new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(location).WithMessage(message);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync(new[] { source }, null, expected);

    /// <summary>The gateway source plus the part the generator would write.</summary>
    private static Task VerifyValidAsync(string source, string generated) =>
        Verify.VerifyAsync(new[] { source, generated });

    // ------------------------------------------------------------------ valid gateways (every rule quiet)

    [Fact]
    public Task Instance_gateway_with_field_governance_and_Task_of_AiGenerated_is_quiet() => VerifyValidAsync(
        """
        namespace Contoso.Lectures
        {
            public sealed partial class LectureSummaries
            {
                private readonly IAiGovernance _governance;
                private readonly IChatClient _chat;

                public LectureSummaries(IAiGovernance governance, IChatClient chat)
                {
                    _governance = governance;
                    _chat = chat;
                }

                [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Provider = "Azure OpenAI", Implementation = nameof(SummarizeCoreAsync))]
                public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject student, string transcript, CancellationToken ct);

                private async Task<string> SummarizeCoreAsync(AiSubject student, string transcript, CancellationToken ct) =>
                    (await _chat.GetResponseAsync(transcript, cancellationToken: ct)).Text;
            }
        }
        """,
        """
        namespace Contoso.Lectures
        {
            partial class LectureSummaries
            {
                public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject student, string transcript, CancellationToken ct) => throw new NotImplementedException();
            }
        }
        """);

    [Fact]
    public Task Static_gateway_with_static_property_governance_and_ValueTask_of_AiGenerated_is_quiet() => VerifyValidAsync(
        """
        namespace Contoso.Captions;

        public static partial class Captions
        {
            public static IAiGovernance Governance { get; set; } = null!;

            [AiFeature("reach.captions-v2", Capability = AiCapability.Captioning, Implementation = nameof(CaptionCore))]
            public static partial ValueTask<AiGenerated<string>> CaptionAsync(AiSubject subject, string audioUrl);

            // A Task<T> implementation fits a ValueTask<AiGenerated<T>> gateway.
            private static Task<string> CaptionCore(AiSubject subject, string audioUrl) => Task.FromResult("captions");
        }
        """,
        """
        namespace Contoso.Captions;

        partial class Captions
        {
            public static partial ValueTask<AiGenerated<string>> CaptionAsync(AiSubject subject, string audioUrl) => throw new NotImplementedException();
        }
        """);

    [Fact]
    public Task Primary_constructor_governance_is_quiet() => VerifyValidAsync(
        """
        public sealed partial class Drafts(IAiGovernance governance)
        {
            [AiFeature("support.reply-draft", Capability = AiCapability.TextGeneration, Implementation = nameof(DraftCore))]
            internal partial Task<AiGenerated<string>> DraftAsync(AiSubject customer, string ticket);

            private Task<string> DraftCore(AiSubject customer, string ticket) => Task.FromResult("Dear customer, " + ticket);
        }
        """,
        """
        partial class Drafts
        {
            internal partial Task<AiGenerated<string>> DraftAsync(AiSubject customer, string ticket) => throw new NotImplementedException();
        }
        """);

    [Fact]
    public Task Generic_containing_type_and_generic_gateway_are_quiet() => VerifyValidAsync(
        """
        public partial class Translator<TDocument>(IAiGovernance governance)
            where TDocument : class
        {
            [AiFeature("docs.translation", Capability = AiCapability.Translation, Implementation = nameof(TranslateCore))]
            public partial Task<AiGenerated<TDocument>> TranslateAsync(AiSubject subject, TDocument document, string language);

            private Task<TDocument> TranslateCore(AiSubject subject, TDocument document, string language) => Task.FromResult(document);

            [AiFeature("docs.rewrite", Capability = AiCapability.TextGeneration, Implementation = nameof(RewriteCore))]
            public partial Task<AiGenerated<TItem>> RewriteAsync<TItem>(AiSubject subject, TItem item, IList<TItem> context);

            private static Task<TItem> RewriteCore<TItem>(AiSubject subject, TItem item, IList<TItem> context) => Task.FromResult(item);
        }
        """,
        """
        partial class Translator<TDocument>
        {
            public partial Task<AiGenerated<TDocument>> TranslateAsync(AiSubject subject, TDocument document, string language) => throw new NotImplementedException();
            public partial Task<AiGenerated<TItem>> RewriteAsync<TItem>(AiSubject subject, TItem item, IList<TItem> context) => throw new NotImplementedException();
        }
        """);

    [Fact]
    public Task Nested_type_gateway_is_quiet() => VerifyValidAsync(
        """
        namespace Contoso;

        public static partial class Features
        {
            public sealed partial class Chapters
            {
                private IAiGovernance Governance { get; }

                public Chapters(IAiGovernance governance) => Governance = governance;

                [AiFeature("lecture.chapters", Capability = AiCapability.Chaptering, Implementation = nameof(ChapterCore))]
                protected internal partial Task<AiGenerated<IReadOnlyList<string>>> ChapterAsync(AiSubject subject, string transcript);

                private Task<IReadOnlyList<string>> ChapterCore(AiSubject subject, string transcript) =>
                    Task.FromResult<IReadOnlyList<string>>(new[] { "Intro" });
            }
        }
        """,
        """
        namespace Contoso;

        partial class Features
        {
            partial class Chapters
            {
                protected internal partial Task<AiGenerated<IReadOnlyList<string>>> ChapterAsync(AiSubject subject, string transcript) => throw new NotImplementedException();
            }
        }
        """);

    [Fact]
    public Task Streaming_gateway_is_quiet() => VerifyValidAsync(
        """
        public partial class Tutor(IAiGovernance governance, IChatClient chat)
        {
            [AiFeature("tutor.chat", Capability = AiCapability.Chat, Implementation = nameof(AskCore))]
            public partial IAsyncEnumerable<AiGenerated<string>> AskAsync(AiSubject student, string question, CancellationToken cancellationToken);

            private async IAsyncEnumerable<string> AskCore(AiSubject student, string question, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
            {
                await foreach (var update in chat.GetStreamingResponseAsync(question, cancellationToken: cancellationToken))
                {
                    yield return update.Text;
                }
            }
        }
        """,
        """
        partial class Tutor
        {
            public partial IAsyncEnumerable<AiGenerated<string>> AskAsync(AiSubject student, string question, CancellationToken cancellationToken) => throw new NotImplementedException();
        }
        """);

    [Fact]
    public Task Non_content_feature_may_return_raw_results() => VerifyValidAsync(
        """
        public partial class Indexer(IAiGovernance governance)
        {
            [AiFeature("search.embedding", Capability = AiCapability.Embedding, Implementation = nameof(EmbedCore))]
            public partial Task<float[]> EmbedAsync(AiSubject subject, string text);

            // A raw Task<T> gateway takes a Task<T> or ValueTask<T> implementation.
            private ValueTask<float[]> EmbedCore(AiSubject subject, string text) => new(new float[3]);

            [AiFeature("forum.moderation", Capability = AiCapability.Moderation, Implementation = nameof(ModerateCore))]
            public partial Task<bool> IsFlaggedAsync(AiSubject author, string post);

            private Task<bool> ModerateCore(AiSubject author, string post) => Task.FromResult(false);

            [AiFeature("lecture.tags", Capability = AiCapability.Tagging, GeneratesContent = false, Implementation = nameof(TagCore))]
            public partial IAsyncEnumerable<string> TagAsync(AiSubject subject, string text);

            private IAsyncEnumerable<string> TagCore(AiSubject subject, string text) => throw new NotImplementedException();
        }
        """,
        """
        partial class Indexer
        {
            public partial Task<float[]> EmbedAsync(AiSubject subject, string text) => throw new NotImplementedException();
            public partial Task<bool> IsFlaggedAsync(AiSubject author, string post) => Task.FromResult(false);
            public partial IAsyncEnumerable<string> TagAsync(AiSubject subject, string text) => throw new NotImplementedException();
        }
        """);

    [Fact]
    public Task Gateways_without_a_result_are_quiet_for_content_features() => VerifyValidAsync(
        """
        public partial class Dubbing(IAiGovernance governance)
        {
            [AiFeature("lecture.dubbing", Capability = AiCapability.Dubbing, Implementation = nameof(DubCore))]
            public partial Task DubAsync(AiSubject subject, string entryId, CancellationToken ct);

            private ValueTask DubCore(AiSubject subject, string entryId, CancellationToken ct) => default;

        }
        """,
        """
        partial class Dubbing
        {
            public partial Task DubAsync(AiSubject subject, string entryId, CancellationToken ct) => throw new NotImplementedException();
        }
        """);

    [Fact]
    public Task Overloads_are_fine_when_one_fits_and_a_record_positional_governance_counts_once() => VerifyValidAsync(
        """
        public sealed partial record Assistant(IAiGovernance Governance)
        {
            [AiFeature("assistant.answer", Capability = AiCapability.Chat, Implementation = nameof(AnswerCore))]
            public partial Task<AiGenerated<string>> AnswerAsync(AiSubject subject, string question);

            private Task<string> AnswerCore(string question) => Task.FromResult(question);
            private Task<string> AnswerCore(AiSubject subject, string question) => Task.FromResult(question);
        }
        """,
        """
        partial record Assistant
        {
            public partial Task<AiGenerated<string>> AnswerAsync(AiSubject subject, string question) => throw new NotImplementedException();
        }
        """);

    [Fact]
    public Task Inherited_protected_governance_is_reachable_and_private_base_fields_are_not_candidates() => VerifyValidAsync(
        """
        public abstract class ServiceBase
        {
            private readonly IAiGovernance _hidden = null!;
            protected AiGovernance Governance { get; } = null!;   // the class implements IAiGovernance
        }

        public sealed partial class Quizzes : ServiceBase
        {
            [AiFeature("lecture.quiz", Capability = AiCapability.QuizGeneration, Implementation = nameof(QuizCore))]
            public partial Task<AiGenerated<string>> QuizAsync(AiSubject subject, string transcript);

            private Task<string> QuizCore(AiSubject subject, string transcript) => Task.FromResult("Q1");
        }
        """,
        """
        partial class Quizzes
        {
            public partial Task<AiGenerated<string>> QuizAsync(AiSubject subject, string transcript) => throw new NotImplementedException();
        }
        """);

    // ------------------------------------------------------------------ RAI3001

    [Fact]
    public Task RAI3001_method_with_a_body() => VerifyAsync(
        """
        public sealed class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public Task<AiGenerated<string>> {|#0:SummarizeAsync|}(AiSubject subject, string text) => throw new NotImplementedException();

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
        }
        """,
        Error("RAI3001", 0, "'SummarizeAsync' sets Implementation = \"Core\" but is not a body-less partial method declaration: it has a body and it is not partial"));

    [Fact]
    public Task RAI3001_body_less_method_that_is_not_partial() => VerifyAsync(
        """
        public sealed class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public Task<AiGenerated<string>> {|#0:{|CS0501:SummarizeAsync|}|}(AiSubject subject, string text);

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
        }
        """,
        Error("RAI3001", 0, "'SummarizeAsync' sets Implementation = \"Core\" but is not a body-less partial method declaration: it is not partial"));

    [Fact]
    public Task RAI3001_abstract_and_interface_members_properties_and_types() => VerifyAsync(
        """
        public interface ISummaries
        {
            [AiFeature("lecture.summary", Implementation = "Core")]
            Task<AiGenerated<string>> {|#0:SummarizeAsync|}(AiSubject subject, string text);
        }

        public abstract class SummariesBase
        {
            [AiFeature("lecture.summary", Implementation = "Core")]
            public abstract Task<AiGenerated<string>> {|#1:SummarizeAsync|}(AiSubject subject, string text);
        }

        public partial class Settings
        {
            [AiFeature("settings.model", Implementation = "Core")]
            public string {|#2:Model|} { get; set; } = "";
        }

        [AiFeature("lecture.tools", Implementation = "Core")]
        public partial class {|#3:Tools|}
        {
        }
        """,
        Error("RAI3001", 0, "'SummarizeAsync' sets Implementation = \"Core\" but is not a body-less partial method declaration: it is an interface member"),
        Error("RAI3001", 1, "'SummarizeAsync' sets Implementation = \"Core\" but is not a body-less partial method declaration: it is abstract"),
        Error("RAI3001", 2, "'Model' sets Implementation = \"Core\" but is not a body-less partial method declaration: it is a property"),
        Error("RAI3001", 3, "'Tools' sets Implementation = \"Core\" but is not a body-less partial method declaration: it is a type"));

    [Fact]
    public Task RAI3001_attribute_on_the_implementing_part_of_a_partial_method() => VerifyAsync(
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject subject, string text);

            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|#0:SummarizeAsync|}(AiSubject subject, string text) => throw new NotImplementedException();

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
        }
        """,
        Error("RAI3001", 0, "'SummarizeAsync' sets Implementation = \"Core\" but is not a body-less partial method declaration: it has a body"));

    [Fact]
    public Task RAI3001_twin_without_Implementation_is_not_a_gateway() => VerifyAsync(
        """
        public sealed class Summaries(IChatClient chat)
        {
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
            public async Task<string> SummarizeAsync(string text) => (await chat.GetResponseAsync(text)).Text;

            [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Implementation = null)]
            public string Model { get; set; } = "";
        }
        """);

    // ------------------------------------------------------------------ RAI3002

    [Fact]
    public Task RAI3002_containing_type_not_partial() => VerifyAsync(
        """
        public sealed class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|#0:{|CS0751:{|CS8795:SummarizeAsync|}|}|}(AiSubject subject, string text);

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
        }
        """,
        Error("RAI3002", 0, "Gateway 'SummarizeAsync' cannot be generated: type 'Summaries' is not partial"));

    [Fact]
    public Task RAI3002_every_containing_type_is_named() => VerifyAsync(
        """
        public static class Outer
        {
            public partial class Middle
            {
                public sealed class Inner(IAiGovernance governance)
                {
                    [AiFeature("lecture.summary", Implementation = nameof(Core))]
                    public partial Task<AiGenerated<string>> {|#0:{|CS0751:{|CS8795:SummarizeAsync|}|}|}(AiSubject subject, string text);

                    private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
                }
            }
        }
        """,
        Error("RAI3002", 0, "Gateway 'SummarizeAsync' cannot be generated: types 'Outer', 'Inner' are not partial"));

    // ------------------------------------------------------------------ RAI3003

    [Fact]
    public Task RAI3003_implementation_method_missing() => VerifyAsync(
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", {|#0:Implementation = "SummarizeCore"|})]
            public partial Task<AiGenerated<string>> {|CS8795:SummarizeAsync|}(AiSubject subject, string text);

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);

            public string SummarizeCore => "a property is not a method";
        }
        """,
        Error("RAI3003", 0, "Implementation 'SummarizeCore' of gateway 'SummarizeAsync' names no method: 'Summaries' has no method of that name"));

    [Fact]
    public Task RAI3003_implementation_names_the_gateway_itself() => VerifyAsync(
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", {|#0:Implementation = nameof(SummarizeAsync)|})]
            public partial Task<AiGenerated<string>> {|CS8795:SummarizeAsync|}(AiSubject subject, string text);
        }
        """,
        Error("RAI3003", 0, "Implementation 'SummarizeAsync' of gateway 'SummarizeAsync' names no method: that is the gateway itself; name the separate method that does the AI work"));

    [Fact]
    public Task RAI3003_inherited_implementation_does_not_count() => VerifyAsync(
        """
        public class SummariesBase
        {
            protected Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
        }

        public sealed partial class Summaries(IAiGovernance governance) : SummariesBase
        {
            [AiFeature("lecture.summary", {|#0:Implementation = nameof(Core)|})]
            public partial Task<AiGenerated<string>> {|CS8795:SummarizeAsync|}(AiSubject subject, string text);
        }
        """,
        Error("RAI3003", 0, "Implementation 'Core' of gateway 'SummarizeAsync' names no method: 'Summaries' has no method of that name"));

    // ------------------------------------------------------------------ RAI3004

    [Fact]
    public Task RAI3004_wrong_return_type() => VerifyAsync(
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", {|#0:Implementation = nameof(Core)|})]
            public partial Task<AiGenerated<string>> {|CS8795:SummarizeAsync|}(AiSubject subject, string text, CancellationToken ct);

            private Task<AiGenerated<string>> Core(AiSubject subject, string text, CancellationToken ct) => throw new NotImplementedException();
        }
        """,
        Error("RAI3004", 0, "Implementation 'Core' does not match gateway 'SummarizeAsync': expected a method 'Core(AiSubject, string, CancellationToken)' returning 'Task<string>' or 'ValueTask<string>' (it returns 'Task<AiGenerated<string>>')"));

    [Fact]
    public Task RAI3004_wrong_parameters() => VerifyAsync(
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", {|#0:Implementation = nameof(Core)|})]
            public partial AiGenerated<string> {|RAI3011:{|CS8795:Summarize|}|}(AiSubject subject, string text);

            private string Core(string text) => text;

            [AiFeature("lecture.outline", {|#1:Implementation = nameof(OutlineCore)|})]
            public partial AiGenerated<string> {|RAI3011:{|CS8795:Outline|}|}(AiSubject subject, string text);

            private string OutlineCore(AiSubject subject, ref string text) => text;

            [AiFeature("lecture.keywords", {|#2:Implementation = nameof(KeywordsCore)|})]
            public partial AiGenerated<string> {|RAI3011:{|CS8795:Keywords|}|}(AiSubject subject, string text);

            private string KeywordsCore(AiSubject subject, object text) => "";
        }
        """,
        Error("RAI3004", 0, "Implementation 'Core' does not match gateway 'Summarize': expected a method 'Core(AiSubject, string)' returning 'string' (it has 1 parameter, the gateway 2)"),
        Error("RAI3004", 1, "Implementation 'OutlineCore' does not match gateway 'Outline': expected a method 'OutlineCore(AiSubject, string)' returning 'string' (its parameter 'text' is 'ref string' where the gateway has 'string')"),
        Error("RAI3004", 2, "Implementation 'KeywordsCore' does not match gateway 'Keywords': expected a method 'KeywordsCore(AiSubject, string)' returning 'string' (its parameter 'text' is 'object' where the gateway has 'string')"));

    [Fact]
    public Task RAI3004_static_gateway_needs_a_static_implementation_and_generic_arity_must_match() => VerifyAsync(
        """
        public static partial class Captions
        {
            public static IAiGovernance Governance { get; set; } = null!;

            [AiFeature("lecture.captions", Capability = AiCapability.Captioning, {|#0:Implementation = nameof(Helpers.CaptionCore)|})]
            public static partial Task<AiGenerated<string>> {|CS8795:CaptionAsync|}(AiSubject subject, string url);

            [AiFeature("lecture.tags", Capability = AiCapability.Tagging, {|#1:Implementation = nameof(TagCore)|})]
            public static partial Task<AiGenerated<string>> {|CS8795:TagAsync|}(AiSubject subject, string url);

            private static Task<string> TagCore<T>(AiSubject subject, string url) => Task.FromResult(url);
        }

        public partial class Helpers
        {
            public Task<string> CaptionCore(AiSubject subject, string url) => Task.FromResult(url);
        }

        public static partial class Captions
        {
            public static Task<string> CaptionCore(AiSubject subject, string url, int x) => Task.FromResult(url);
            public static Task<string> CaptionCore(string url) => Task.FromResult(url);
        }

        public partial class Instance(IAiGovernance governance)
        {
            [AiFeature("lecture.captions", Capability = AiCapability.Captioning, {|#2:Implementation = nameof(Core)|})]
            public static partial Task<AiGenerated<string>> {|CS8795:CaptionAsync|}(AiSubject subject, string url);

            private Task<string> Core(AiSubject subject, string url) => Task.FromResult(url);

            private static IAiGovernance StaticGovernance => null!;
        }
        """,
        Error("RAI3004", 0, "Implementation 'CaptionCore' does not match gateway 'CaptionAsync': expected a static method 'CaptionCore(AiSubject, string)' returning 'Task<string>' or 'ValueTask<string>' (none of the 2 methods named 'CaptionCore' fits)"),
        Error("RAI3004", 1, "Implementation 'TagCore' does not match gateway 'TagAsync': expected a static method 'TagCore(AiSubject, string)' returning 'Task<string>' or 'ValueTask<string>' (it has 1 type parameter, the gateway 0)"),
        Error("RAI3004", 2, "Implementation 'Core' does not match gateway 'CaptionAsync': expected a static method 'Core(AiSubject, string)' returning 'Task<string>' or 'ValueTask<string>' (it is an instance method, and a static gateway needs a static implementation)"));

    [Fact]
    public Task RAI3004_return_shapes_that_do_not_fit() => VerifyAsync(
        """
        public partial class Shapes(IAiGovernance governance)
        {
            [AiFeature("a.sync", {|#0:Implementation = nameof(SyncCore)|})]
            public partial AiGenerated<string> {|RAI3011:{|CS8795:Sync|}|}(AiSubject subject);

            private Task<string> SyncCore(AiSubject subject) => Task.FromResult("");

            [AiFeature("a.stream", {|#1:Implementation = nameof(StreamCore)|})]
            public partial IAsyncEnumerable<AiGenerated<string>> {|CS8795:Stream|}(AiSubject subject);

            private Task<string> StreamCore(AiSubject subject) => Task.FromResult("");

            [AiFeature("a.void", {|#2:Implementation = nameof(VoidCore)|})]
            public partial Task {|CS8795:Void|}(AiSubject subject);

            private string VoidCore(AiSubject subject) => "";

            [AiFeature("a.raw", GeneratesContent = false, {|#3:Implementation = nameof(RawCore)|})]
            public partial int {|RAI3011:{|CS8795:Raw|}|}(AiSubject subject);

            private long RawCore(AiSubject subject) => 0;
        }
        """,
        Error("RAI3004", 0, "Implementation 'SyncCore' does not match gateway 'Sync': expected a method 'SyncCore(AiSubject)' returning 'string' (it returns 'Task<string>')"),
        Error("RAI3004", 1, "Implementation 'StreamCore' does not match gateway 'Stream': expected a method 'StreamCore(AiSubject)' returning 'IAsyncEnumerable<string>' (it returns 'Task<string>')"),
        Error("RAI3004", 2, "Implementation 'VoidCore' does not match gateway 'Void': expected a method 'VoidCore(AiSubject)' returning 'Task' or 'ValueTask' (it returns 'string')"),
        Error("RAI3004", 3, "Implementation 'RawCore' does not match gateway 'Raw': expected a method 'RawCore(AiSubject)' returning 'int' (it returns 'long')"));

    // ------------------------------------------------------------------ RAI3005

    [Fact]
    public Task RAI3005_no_subject_parameter() => VerifyAsync(
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|#0:{|CS8795:SummarizeAsync|}|}(string studentId, string text);

            private Task<string> Core(string studentId, string text) => Task.FromResult(text);
        }
        """,
        Error("RAI3005", 0, "Gateway 'SummarizeAsync' needs exactly one AiSubject parameter, whose consent and opt-out it checks: it has none"));

    [Fact]
    public Task RAI3005_two_subject_parameters_are_ambiguous() => VerifyAsync(
        """
        public sealed partial class Messages(IAiGovernance governance)
        {
            [AiFeature("chat.reply", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|#0:{|CS8795:ReplyAsync|}|}(AiSubject sender, AiSubject recipient, string text);

            private Task<string> Core(AiSubject sender, AiSubject recipient, string text) => Task.FromResult(text);
        }
        """,
        Error("RAI3005", 0, "Gateway 'ReplyAsync' needs exactly one AiSubject parameter, whose consent and opt-out it checks: it has 2 ('sender', 'recipient'), so the subject is ambiguous"));

    // ------------------------------------------------------------------ RAI3006

    [Fact]
    public Task RAI3006_no_governance() => VerifyAsync(
        """
        public sealed partial class Summaries(IChatClient chat)
        {
            private readonly AiFeatureDescriptor _feature = new("lecture.summary", AiCapability.Summarization);

            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|#0:{|CS8795:SummarizeAsync|}|}(AiSubject subject, string text);

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
        }
        """,
        Error("RAI3006", 0, "Gateway 'SummarizeAsync' needs exactly one IAiGovernance in 'Summaries': none found; declare a field, property or primary-constructor parameter of that type"));

    [Fact]
    public Task RAI3006_static_gateway_cannot_use_instance_governance() => VerifyAsync(
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            private readonly IAiGovernance _governance = governance;

            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public static partial Task<AiGenerated<string>> {|#0:{|CS8795:SummarizeAsync|}|}(AiSubject subject, string text);

            private static Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
        }
        """,
        Error("RAI3006", 0, "Gateway 'SummarizeAsync' needs exactly one IAiGovernance in 'Summaries': none found; a static gateway needs a static field or property of that type"));

    [Fact]
    public Task RAI3006_several_candidates_are_ambiguous() => VerifyAsync(
        """
        public class ServiceBase
        {
            protected IAiGovernance Audit { get; } = null!;
        }

        public sealed partial class Summaries(IAiGovernance governance) : ServiceBase
        {
            private readonly IAiGovernance _governance = governance;

            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|#0:{|CS8795:SummarizeAsync|}|}(AiSubject subject, string text);

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
        }
        """,
        Error("RAI3006", 0, "Gateway 'SummarizeAsync' needs exactly one IAiGovernance in 'Summaries': field '_governance', property 'Audit', primary-constructor parameter 'governance' are all candidates, so it is ambiguous"));

    [Fact]
    public Task RAI3006_twin_static_governance_serves_instance_gateways_too() => VerifyValidAsync(
        """
        public sealed partial class Summaries
        {
            private static readonly IAiGovernance Governance = null!;
            private const string Name = "not a candidate";

            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject subject, string text);

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
        }
        """,
        """
        partial class Summaries
        {
            public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject subject, string text) => throw new NotImplementedException();
        }
        """);

    // ------------------------------------------------------------------ RAI3007

    [Fact]
    public Task RAI3007_content_feature_returning_raw_results() => VerifyAsync(
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Implementation = nameof(Core))]
            public partial {|#0:Task<string>|} {|CS8795:SummarizeAsync|}(AiSubject subject, string text);

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);

            [AiFeature("lecture.title", Implementation = nameof(TitleCore))]
            public partial {|#1:string|} {|RAI3011:{|CS8795:Title|}|}(AiSubject subject, string text);

            private string TitleCore(AiSubject subject, string text) => text;

            [AiFeature("lecture.chat", Capability = AiCapability.Chat, Implementation = nameof(ChatCore))]
            public partial {|#2:IAsyncEnumerable<string>|} {|CS8795:ChatAsync|}(AiSubject subject, string text);

            private IAsyncEnumerable<string> ChatCore(AiSubject subject, string text) => throw new NotImplementedException();

            [AiFeature("forum.labels", Capability = AiCapability.Classification, GeneratesContent = true, Implementation = nameof(LabelCore))]
            public partial {|#3:ValueTask<string[]>|} {|CS8795:LabelAsync|}(AiSubject subject, string text);

            private ValueTask<string[]> LabelCore(AiSubject subject, string text) => default;
        }
        """,
        Error("RAI3007", 0, "Gateway 'SummarizeAsync' of content-generating feature 'lecture.summary' returns 'Task<string>'; return 'Task<AiGenerated<string>>' so that the output carries its disclosure"),
        Error("RAI3007", 1, "Gateway 'Title' of content-generating feature 'lecture.title' returns 'string'; return 'AiGenerated<string>' so that the output carries its disclosure"),
        Error("RAI3007", 2, "Gateway 'ChatAsync' of content-generating feature 'lecture.chat' returns 'IAsyncEnumerable<string>'; return 'IAsyncEnumerable<AiGenerated<string>>' so that the output carries its disclosure"),
        Error("RAI3007", 3, "Gateway 'LabelAsync' of content-generating feature 'forum.labels' returns 'ValueTask<string[]>'; return 'ValueTask<AiGenerated<string[]>>' so that the output carries its disclosure"));

    // ------------------------------------------------------------------ RAI3008

    [Fact]
    public Task RAI3008_same_id_with_conflicting_metadata() => Verify.VerifyAsync(
        new[]
        {
            """
            public interface ISummaries
            {
                [AiFeature({|#9:"lecture.summary"|}, Capability = AiCapability.Summarization, Provider = "Azure OpenAI")]
                Task<string> SummarizeAsync(string text);
            }

            [AiFeature({|#0:"lecture.summary"|}, Capability = AiCapability.Chat, Provider = "Azure OpenAI")]
            public sealed class ChatSummaries
            {
            }
            """,
            """
            public sealed class Other
            {
                [AiFeature({|#1:"lecture.summary"|}, Capability = AiCapability.Summarization, Provider = "OpenAI", Disclosure = "Made by AI.")]
                public string Summary { get; set; } = "";

                [AiFeature({|#2:"lecture.summary"|}, Capability = AiCapability.Summarization, Provider = "Azure OpenAI", GeneratesContent = false)]
                public string Short(string text) => text;

                [AiFeature({|#3:"lecture.summary"|}, Capability = AiCapability.Summarization, Provider = "Azure OpenAI", PersonalData = false)]
                public string Public(string text) => text;
            }
            """,
        },
        null,
        Error("RAI3008", 0, "Feature 'lecture.summary' is also declared at Test0.cs(3,16) with different metadata: Capability is Chat here and Summarization there").WithLocation(9),
        Error("RAI3008", 1, "Feature 'lecture.summary' is also declared at Test0.cs(3,16) with different metadata: Provider is \"OpenAI\" here and \"Azure OpenAI\" there; Disclosure is \"Made by AI.\" here and not set there").WithLocation(9),
        Error("RAI3008", 2, "Feature 'lecture.summary' is also declared at Test0.cs(3,16) with different metadata: GeneratesContent is false here and true there").WithLocation(9),
        Error("RAI3008", 3, "Feature 'lecture.summary' is also declared at Test0.cs(3,16) with different metadata: PersonalData is false here and true there").WithLocation(9));

    [Fact]
    public Task RAI3008_twin_same_effective_metadata_is_quiet() => VerifyAsync(
        """
        public interface ISummaries
        {
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
            Task<string> SummarizeAsync(string text);
        }

        public sealed class Summaries : ISummaries
        {
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization, GeneratesContent = true, Provider = null)]
            public Task<string> SummarizeAsync(string text) => Task.FromResult(text);

            [AiFeature("search.embedding", Capability = AiCapability.Embedding)]
            public float[] Embed(string text) => new float[1];

            [AiFeature("search.embedding", Capability = AiCapability.Embedding, GeneratesContent = false)]
            public float[] EmbedMany(string text) => new float[1];

            [AiFeature("other.feature")]
            public string A(string text) => text;

            [AiFeature("other.feature", Capability = AiCapability.Other)]
            public string B(string text) => text;
        }
        """);

    // ------------------------------------------------------------------ RAI3009

    [Fact]
    public Task RAI3009_invalid_ids() => VerifyAsync(
        """
        public sealed class Features
        {
            [AiFeature({|#0:"Lecture.Summary"|})] public string A() => "";
            [AiFeature({|#1:"lecture..summary"|})] public string B() => "";
            [AiFeature({|#2:"lecture.summary-"|})] public string C() => "";
            [AiFeature({|#3:"1lecture"|})] public string D() => "";
            [AiFeature({|#4:""|})] public string E() => "";
            [AiFeature({|#5:"lecture summary"|})] public string F() => "";
            [AiFeature({|#6:null|})] public string G() => "";
            [AiFeature(id: {|#7:"lecture.summary\n"|})] public string H() => "";
        }
        """,
        Error("RAI3009", 0, "Feature id 'Lecture.Summary' is not a lower.dotted id: it must match ^[a-z][a-z0-9]*([.-][a-z0-9]+)*$, e.g. 'lecture.summary'"),
        Error("RAI3009", 1, "Feature id 'lecture..summary' is not a lower.dotted id: it must match ^[a-z][a-z0-9]*([.-][a-z0-9]+)*$, e.g. 'lecture.summary'"),
        Error("RAI3009", 2, "Feature id 'lecture.summary-' is not a lower.dotted id: it must match ^[a-z][a-z0-9]*([.-][a-z0-9]+)*$, e.g. 'lecture.summary'"),
        Error("RAI3009", 3, "Feature id '1lecture' is not a lower.dotted id: it must match ^[a-z][a-z0-9]*([.-][a-z0-9]+)*$, e.g. 'lecture.summary'"),
        Error("RAI3009", 4, "Feature id '' is not a lower.dotted id: it must match ^[a-z][a-z0-9]*([.-][a-z0-9]+)*$, e.g. 'lecture.summary'"),
        Error("RAI3009", 5, "Feature id 'lecture summary' is not a lower.dotted id: it must match ^[a-z][a-z0-9]*([.-][a-z0-9]+)*$, e.g. 'lecture.summary'"),
        Error("RAI3009", 6, "Feature id 'null' is not a lower.dotted id: it must match ^[a-z][a-z0-9]*([.-][a-z0-9]+)*$, e.g. 'lecture.summary'"),
        Error("RAI3009", 7, "Feature id 'lecture.summary\n' is not a lower.dotted id: it must match ^[a-z][a-z0-9]*([.-][a-z0-9]+)*$, e.g. 'lecture.summary'"));

    [Fact]
    public Task RAI3009_twin_valid_ids_are_quiet() => VerifyAsync(
        """
        [AiFeature("reach.captions-v2", Capability = AiCapability.Captioning)]
        public sealed class Captions
        {
            private const string Prefix = "lecture";

            [AiFeature("lecture.summary")] public string A() => "";
            [AiFeature("a")] public string B() => "";
            [AiFeature("x1.y2-z3.q")] public string C() => "";
            [AiFeature(Prefix + ".quiz")] public string D() => "";
        }
        """);

    // ------------------------------------------------------------------ incomplete code: no exception, no noise

    [Fact]
    public Task Incomplete_code_does_not_throw() => VerifyAsync(
        """
        public sealed partial class Broken(IAiGovernance governance)
        {
            [{|CS7036:AiFeature|}]
            public partial Task<AiGenerated<string>> {|CS8795:A|}(AiSubject subject);

            // nameof of an unknown name still gives "Missing": RAI3003 says what the compiler's CS0103 means here.
            [AiFeature("b.feature", {|#0:Implementation = nameof({|CS0103:Missing|})|})]
            public partial Task<AiGenerated<string>> {|CS8795:B|}(AiSubject subject);

            [AiFeature("c.feature", Implementation = nameof(CCore))]
            public partial Task<AiGenerated<{|CS0246:Unknown|}>> {|CS8795:C|}(AiSubject subject);

            private Task<string> CCore(AiSubject subject) => Task.FromResult("");

            [AiFeature("d.feature", Implementation = nameof(DCore))]
            public partial Task<AiGenerated<string>> {|CS8795:D|}(AiSubject subject, {|CS0246:Unknown|} value);

            private Task<string> DCore(AiSubject subject, {|CS0246:Unknown|} value) => Task.FromResult("");

            [AiFeature({|CS1503:42|}, Implementation = "")]
            public partial Task<AiGenerated<string>> {|CS8795:E|}(AiSubject subject);

            [AiFeature("f.feature", Capability = (AiCapability)99, Implementation = nameof(FCore))]
            public partial Task<AiGenerated<string>> {|CS8795:F|}(AiSubject subject);

            private Task<string> FCore(AiSubject subject) => Task.FromResult("");
        }
        """,
        Error("RAI3003", 0, "Implementation 'Missing' of gateway 'B' names no method: 'Broken' has no method of that name"));
    /// <summary>Runs the analyzer outside the test framework, failing on any analyzer exception (AD0001).</summary>
    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source)
    {
        var compilation = CSharpCompilation.Create(
            "GatewayRobustness",
            new[] { CSharpSyntaxTree.ParseText(TestSetup.GlobalUsings, path: "GlobalUsings.cs"), CSharpSyntaxTree.ParseText(source, path: "Test.cs") },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (ex, _, _) => exceptions.Add(ex), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new GatewayAnalyzer()), options).GetAllDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    public static TheoryData<string> OddCode() => new()
    {
        "partial class C { [AiFeature(\"a\", Implementation = nameof(C))] public partial Task<AiGenerated<string>> M(AiSubject s); }",
        "class C { void M() { [AiFeature(\"a\", Implementation = \"X\")] static void F() { } F(); } }",
        "partial class C<T>(IAiGovernance g) { [AiFeature(\"a\", Implementation = nameof(Core))] public partial AiGenerated<T> M<U>(AiSubject s, U u); AiGenerated<T> Core<U, V>(AiSubject s, U u) => null!; }",
        "[AiFeature(\"a\", Implementation = \"X\")] delegate void D(); [AiFeature(\"b\", Implementation = \"X\")] enum E { A }",
        "partial class C { [AiFeature(\"a\", Implementation = nameof(Core), Implementation = \"x\")] public partial void M(AiSubject s); void Core(AiSubject s) { } }",
        "partial interface I { [AiFeature(\"a\", Implementation = \"X\")] partial void M(); }",
        "partial class C : Missing { [AiFeature(\"a\", Implementation = nameof(Core))] public partial Task<AiGenerated<string>> M(AiSubject s); Task<string> Core(AiSubject s) => null!; }",
        "partial class C(Missing g) { [AiFeature(\"a\", Implementation = nameof(Core))] public partial Task<AiGenerated<string>> M(AiSubject s); Task<string> Core(AiSubject s) => null!; }",
        "partial class C { [AiFeature(\"a\"), AiFeature(\"b\", Implementation = \"Core\")] public partial Task<AiGenerated<string>> M(AiSubject s); }",
        "unsafe partial class C(IAiGovernance g) { [AiFeature(\"a\", Implementation = nameof(Core))] public partial int* M(AiSubject s); int* Core(AiSubject s) => null; }",
        "partial class C<T> where T : IAiGovernance { static T G = default!; [AiFeature(\"a\", Implementation = nameof(Core))] public static partial Task<AiGenerated<string>> M(AiSubject s); static Task<string> Core(AiSubject s) => null!; }",
        "partial class C { [AiFeature(\"a\", Implementation = nameof(Core))] public partial Task<AiGenerated<string>> M(AiSubject s, __arglist); Task<string> Core(AiSubject s, __arglist) => null!; }",
        "partial class C { [AiFeature(\"a\", Implementation = nameof(Core))] public partial Task<AiGenerated<string>> M(AiSubject s, params string[] rest); Task<string> Core(AiSubject s, params string[] rest) => null!; IAiGovernance this[int i] => null!; }",
        "partial record R(IAiGovernance G, IAiGovernance H) { [AiFeature(\"a.b\", Implementation = nameof(Core))] public partial Task M(AiSubject s); Task Core(AiSubject s) => null!; }",
        "[AiFeature(\"a\", Provider = null, Disclosure = null, GeneratesContent = false, Capability = AiCapability.Chat)] class A { } [AiFeature(\"a\")] class B { } [AiFeature(\"a\", Capability = (AiCapability)(-1))] class D { }",
        "partial class C { [AiFeature(\"a\", Implementation = nameof(Core))] public partial ref int M(AiSubject s); ref int Core(AiSubject s) => throw null!; }",
        "partial class C { [AiFeature(\"a\", Implementation = nameof(Core))] public partial (string, int) M(AiSubject s); (string A, int B) Core(AiSubject s) => default; }",
        "partial class C { [AiFeature(\"a\", Implementation = nameof(Core))] public partial Task<AiGenerated<string>> M(AiSubject s) }",
        "partial class C { [AiFeature(\"a\", Implementation = nameof(",
        "partial class C { [AiFeature(\"a\", Implementation = ",
        "[AiFeature(",
    };

    [Theory]
    [MemberData(nameof(OddCode))]
    public async Task Odd_or_incomplete_code_never_throws(string source)
    {
        await RunAsync(source);
    }

    [Fact]
    public async Task Typing_simulation_every_prefix_of_a_gateway_file_is_safe()
    {
        const string full = """
            namespace Contoso;

            public sealed partial class Lectures(IAiGovernance governance, IChatClient chat)
            {
                [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Provider = "Azure OpenAI", Implementation = nameof(SummarizeCoreAsync))]
                public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject student, string transcript, CancellationToken ct);

                private async Task<string> SummarizeCoreAsync(AiSubject student, string transcript, CancellationToken ct) =>
                    (await chat.GetResponseAsync(transcript, cancellationToken: ct)).Text;

                [AiFeature("lecture.chat", Capability = AiCapability.Chat, Implementation = nameof(ChatCore))]
                public partial IAsyncEnumerable<AiGenerated<string>> ChatAsync<T>(AiSubject student, T question, ref int n);

                private static IAsyncEnumerable<string> ChatCore<T>(AiSubject student, T question, ref int n) => throw null!;

                public static partial class Nested
                {
                    private static IAiGovernance Governance => null!;

                    [AiFeature("lecture.summary", Capability = AiCapability.Chat, Implementation = nameof(EmbedCore))]
                    public static partial ValueTask<float[]> EmbedAsync(AiSubject subject, string text);

                    private static Task<float[]> EmbedCore(AiSubject subject, string text) => null!;
                }
            }
            """;
        for (var length = 0; length <= full.Length; length += 5)
        {
            await RunAsync(full.Substring(0, length));
        }
    }
}
