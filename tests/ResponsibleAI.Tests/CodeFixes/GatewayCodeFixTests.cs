using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibleAI.Analyzers.Rules;
using ResponsibleAI.CodeFixes;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;
using PartialType = ResponsibleAI.Tests.Infrastructure.CodeFixVerifier<ResponsibleAI.Analyzers.Rules.GatewayAnalyzer, ResponsibleAI.CodeFixes.GatewayPartialTypeCodeFixProvider>;
using ReturnType = ResponsibleAI.Tests.Infrastructure.CodeFixVerifier<ResponsibleAI.Analyzers.Rules.GatewayAnalyzer, ResponsibleAI.CodeFixes.GatewayReturnTypeCodeFixProvider>;
using Subject = ResponsibleAI.Tests.Infrastructure.CodeFixVerifier<ResponsibleAI.Analyzers.Rules.GatewayAnalyzer, ResponsibleAI.CodeFixes.GatewaySubjectCodeFixProvider>;

namespace ResponsibleAI.Tests.CodeFixes;

/// <summary>
/// RAI3002, RAI3005 and RAI3007 fixes: the result compiles and clears the diagnostic; Fix All included. The generator
/// does not run here, so the fixed gateways keep the compiler's CS8795 (no implementing part yet), which the generator
/// then writes.
/// </summary>
public class GatewayCodeFixTests
{
    // ------------------------------------------------------------------ RAI3002: make containing types partial

    [Fact]
    public Task Partial_is_added_to_the_containing_type() => PartialType.VerifyAsync(
        """
        public sealed class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|RAI3002:{|CS0751:{|CS8795:SummarizeAsync|}|}|}(AiSubject subject, string text);

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
        }
        """,
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|CS8795:SummarizeAsync|}(AiSubject subject, string text);

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
        }
        """);

    [Fact]
    public Task Fix_all_makes_every_containing_type_partial_once() => PartialType.VerifyAsync(
        """
        public static class Outer
        {
            public partial class Middle
            {
                [System.Obsolete]
                class Inner(IAiGovernance governance)
                {
                    [AiFeature("lecture.summary", Implementation = nameof(Core))]
                    public partial Task<AiGenerated<string>> {|RAI3002:{|CS0751:{|CS8795:SummarizeAsync|}|}|}(AiSubject subject, string text);

                    [AiFeature("lecture.title", Implementation = nameof(TitleCore))]
                    public partial Task<AiGenerated<string>> {|RAI3002:{|CS0751:{|CS8795:Title|}|}|}(AiSubject subject, string text);

                    private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
                    private Task<string> TitleCore(AiSubject subject, string text) => Task.FromResult(text);
                }
            }
        }

        public readonly record struct Point(IAiGovernance Governance)
        {
            [AiFeature("geo.describe", Implementation = nameof(DescribeCore))]
            public partial Task<AiGenerated<string>> {|RAI3002:{|CS0751:{|CS8795:Describe|}|}|}(AiSubject subject);

            private Task<string> DescribeCore(AiSubject subject) => Task.FromResult("");
        }
        """,
        """
        public static partial class Outer
        {
            public partial class Middle
            {
                [System.Obsolete]
                partial class Inner(IAiGovernance governance)
                {
                    [AiFeature("lecture.summary", Implementation = nameof(Core))]
                    public partial Task<AiGenerated<string>> {|CS8795:SummarizeAsync|}(AiSubject subject, string text);

                    [AiFeature("lecture.title", Implementation = nameof(TitleCore))]
                    public partial Task<AiGenerated<string>> {|CS8795:Title|}(AiSubject subject, string text);

                    private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
                    private Task<string> TitleCore(AiSubject subject, string text) => Task.FromResult(text);
                }
            }
        }

        public readonly partial record struct Point(IAiGovernance Governance)
        {
            [AiFeature("geo.describe", Implementation = nameof(DescribeCore))]
            public partial Task<AiGenerated<string>> {|CS8795:Describe|}(AiSubject subject);

            private Task<string> DescribeCore(AiSubject subject) => Task.FromResult("");
        }
        """);

    // ------------------------------------------------------------------ RAI3007: return AiGenerated<T>

    [Fact]
    public Task Return_type_is_wrapped_keeping_Task_ValueTask_and_IAsyncEnumerable() => ReturnType.VerifyAsync(
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Implementation = nameof(Core))]
            public partial {|RAI3007:Task<string>|} {|CS8795:SummarizeAsync|}(AiSubject subject, string text);

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);

            [AiFeature("lecture.chat", Capability = AiCapability.Chat, Implementation = nameof(ChatCore))]
            public partial {|RAI3007:IAsyncEnumerable<string>|} {|CS8795:ChatAsync|}(AiSubject subject, string text);

            private IAsyncEnumerable<string> ChatCore(AiSubject subject, string text) => throw new NotImplementedException();

            [AiFeature("lecture.outline", Implementation = nameof(OutlineCore))]
            public partial {|RAI3007:System.Threading.Tasks.ValueTask<string[]>|} {|CS8795:OutlineAsync|}(AiSubject subject, string text);

            private ValueTask<string[]> OutlineCore(AiSubject subject, string text) => default;
        }
        """,
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|CS8795:SummarizeAsync|}(AiSubject subject, string text);

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);

            [AiFeature("lecture.chat", Capability = AiCapability.Chat, Implementation = nameof(ChatCore))]
            public partial IAsyncEnumerable<AiGenerated<string>> {|CS8795:ChatAsync|}(AiSubject subject, string text);

            private IAsyncEnumerable<string> ChatCore(AiSubject subject, string text) => throw new NotImplementedException();

            [AiFeature("lecture.outline", Implementation = nameof(OutlineCore))]
            public partial System.Threading.Tasks.ValueTask<AiGenerated<string[]>> {|CS8795:OutlineAsync|}(AiSubject subject, string text);

            private ValueTask<string[]> OutlineCore(AiSubject subject, string text) => default;
        }
        """);

    // ------------------------------------------------------------------ RAI3005: add an AiSubject parameter

    [Fact]
    public Task Subject_is_added_to_the_gateway_and_the_implementation() => Subject.VerifyAsync(
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|RAI3005:{|CS8795:SummarizeAsync|}|}(string text, CancellationToken ct);

            private Task<string> Core(string text, CancellationToken ct) => Task.FromResult(text);

            [AiFeature("lecture.title", Implementation = nameof(TitleCore))]
            public partial Task<AiGenerated<string>> {|RAI3005:{|CS8795:Title|}|}();

            private Task<string> TitleCore() => Task.FromResult("");
        }
        """,
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|CS8795:SummarizeAsync|}(AiSubject subject, string text, CancellationToken ct);

            private Task<string> Core(AiSubject subject, string text, CancellationToken ct) => Task.FromResult(text);

            [AiFeature("lecture.title", Implementation = nameof(TitleCore))]
            public partial Task<AiGenerated<string>> {|CS8795:Title|}(AiSubject subject);

            private Task<string> TitleCore(AiSubject subject) => Task.FromResult("");
        }
        """);

    [Fact]
    public Task Subject_keeps_the_layout_a_free_name_and_the_extension_receiver_first() => Subject.VerifyAsync(
        """
        public static partial class TranscriptExtensions
        {
            private static IAiGovernance Governance { get; } = null!;

            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public static partial Task<AiGenerated<string>> {|RAI3005:{|CS8795:SummarizeAsync|}|}(this string transcript, string subject);

            private static Task<string> Core(this string transcript, string subject) => Task.FromResult(transcript);

            [AiFeature("lecture.keywords", Implementation = nameof(KeywordsCore))]
            public static partial Task<AiGenerated<string>> {|RAI3005:{|CS8795:KeywordsAsync|}|}(
                string transcript,
                int count);

            private static Task<string> KeywordsCore(string transcript, int count) => Task.FromResult(transcript);
            private static Task<string> KeywordsCore(string transcript) => Task.FromResult(transcript);
        }
        """,
        """
        public static partial class TranscriptExtensions
        {
            private static IAiGovernance Governance { get; } = null!;

            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public static partial Task<AiGenerated<string>> {|CS8795:SummarizeAsync|}(this string transcript, AiSubject subject2, string subject);

            private static Task<string> Core(this string transcript, AiSubject subject2, string subject) => Task.FromResult(transcript);

            [AiFeature("lecture.keywords", Implementation = nameof(KeywordsCore))]
            public static partial Task<AiGenerated<string>> {|CS8795:KeywordsAsync|}(
                AiSubject subject,
                string transcript,
                int count);

            private static Task<string> KeywordsCore(AiSubject subject, string transcript, int count) => Task.FromResult(transcript);
            private static Task<string> KeywordsCore(string transcript) => Task.FromResult(transcript);
        }
        """);

    [Fact]
    public async Task Fix_all_updates_implementations_in_other_files_and_hand_written_parts()
    {
        var test = new CodeFixVerifier<GatewayAnalyzer, GatewaySubjectCodeFixProvider>.Test();
        test.TestState.Sources.Add("""
            public sealed partial class Summaries(IAiGovernance governance)
            {
                [AiFeature("lecture.summary", Implementation = nameof(Core))]
                public partial Task<AiGenerated<string>> {|RAI3005:SummarizeAsync|}(string text);

                [AiFeature("lecture.title", Implementation = nameof(TitleCore))]
                public partial Task<AiGenerated<string>> {|RAI3005:Title|}(string text);
            }
            """);
        test.TestState.Sources.Add("""
            partial class Summaries
            {
                private Task<string> Core(string text) => Task.FromResult(text);
                private Task<string> TitleCore(string text) => Task.FromResult(text);

                // Stands in for the generated part.
                public partial Task<AiGenerated<string>> SummarizeAsync(string text) => throw new NotImplementedException();
                public partial Task<AiGenerated<string>> Title(string text) => throw new NotImplementedException();
            }
            """);
        TestSetup.Apply(test.TestState, null);
        test.FixedState.Sources.Add("""
            public sealed partial class Summaries(IAiGovernance governance)
            {
                [AiFeature("lecture.summary", Implementation = nameof(Core))]
                public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject subject, string text);

                [AiFeature("lecture.title", Implementation = nameof(TitleCore))]
                public partial Task<AiGenerated<string>> Title(AiSubject subject, string text);
            }
            """);
        test.FixedState.Sources.Add("""
            partial class Summaries
            {
                private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
                private Task<string> TitleCore(AiSubject subject, string text) => Task.FromResult(text);

                // Stands in for the generated part.
                public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject subject, string text) => throw new NotImplementedException();
                public partial Task<AiGenerated<string>> Title(AiSubject subject, string text) => throw new NotImplementedException();
            }
            """);
        test.FixedState.Sources.Add(("GlobalUsings.cs", TestSetup.GlobalUsings));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Callers_are_not_updated() => Subject.VerifyAsync(
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|RAI3005:{|CS8795:SummarizeAsync|}|}(string text);

            private Task<string> Core(string text) => Task.FromResult(text);
        }

        public sealed class Page(Summaries summaries)
        {
            public Task<AiGenerated<string>> Render(string text) => summaries.SummarizeAsync(text);
        }
        """,
        """
        public sealed partial class Summaries(IAiGovernance governance)
        {
            [AiFeature("lecture.summary", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|CS8795:SummarizeAsync|}(AiSubject subject, string text);

            private Task<string> Core(AiSubject subject, string text) => Task.FromResult(text);
        }

        public sealed class Page(Summaries summaries)
        {
            public Task<AiGenerated<string>> Render(string text) => summaries.{|CS7036:SummarizeAsync|}(text);
        }
        """);

    [Fact]
    public Task No_fix_for_an_ambiguous_subject() => Subject.VerifyAsync(
        """
        public sealed partial class Messages(IAiGovernance governance)
        {
            [AiFeature("chat.reply", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|RAI3005:{|CS8795:ReplyAsync|}|}(AiSubject sender, AiSubject recipient, string text);

            private Task<string> Core(AiSubject sender, AiSubject recipient, string text) => Task.FromResult(text);
        }
        """,
        """
        public sealed partial class Messages(IAiGovernance governance)
        {
            [AiFeature("chat.reply", Implementation = nameof(Core))]
            public partial Task<AiGenerated<string>> {|RAI3005:{|CS8795:ReplyAsync|}|}(AiSubject sender, AiSubject recipient, string text);

            private Task<string> Core(AiSubject sender, AiSubject recipient, string text) => Task.FromResult(text);
        }
        """);
}
