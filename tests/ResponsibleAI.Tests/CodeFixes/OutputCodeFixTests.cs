using System.Threading.Tasks;
using ResponsibleAI.CodeFixes;
using Xunit;
using Disclose = ResponsibleAI.Tests.Infrastructure.CodeFixVerifier<ResponsibleAI.Analyzers.Rules.AiOutputAnalyzer, ResponsibleAI.CodeFixes.DiscloseOutputCodeFixProvider>;
using Review = ResponsibleAI.Tests.Infrastructure.CodeFixVerifier<ResponsibleAI.Analyzers.Rules.AiOutputAnalyzer, ResponsibleAI.CodeFixes.RouteThroughReviewCodeFixProvider>;

namespace ResponsibleAI.Tests.CodeFixes;

/// <summary>RAI1003 and RAI1004 fixes: the result compiles and clears the diagnostic; Fix All included.</summary>
public class OutputCodeFixTests
{
    [Fact]
    public Task Wrap_uses_the_feature_descriptor_in_scope_and_text_where_a_string_is_expected() => Disclose.VerifyAsync(
        """
        public sealed class Lecture { public string? Summary { get; set; } }

        public sealed class Service(IChatClient chat)
        {
            private static readonly AiFeatureDescriptor Summary = new("lecture.summary", AiCapability.Summarization);

            [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
            private async Task<string> RawAsync(string t) => (await chat.GetResponseAsync(t)).Text;

            public async Task SaveAsync(Lecture lecture, string t)
            {
                var text = await RawAsync(t);
                lecture.Summary = {|RAI1003:text|};
                Console.WriteLine({|RAI1003:text|});
            }
        }
        """,
        """
        public sealed class Lecture { public string? Summary { get; set; } }

        public sealed class Service(IChatClient chat)
        {
            private static readonly AiFeatureDescriptor Summary = new("lecture.summary", AiCapability.Summarization);

            [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
            private async Task<string> RawAsync(string t) => (await chat.GetResponseAsync(t)).Text;

            public async Task SaveAsync(Lecture lecture, string t)
            {
                var text = await RawAsync(t);
                lecture.Summary = AiGenerated.Create(text, Summary).ToString();
                Console.WriteLine(AiGenerated.Create(text, Summary).ToString());
            }
        }
        """,
        equivalenceKey: DiscloseOutputCodeFixProvider.PreferredKey);

    [Fact]
    public Task Wrap_builds_a_descriptor_when_none_is_in_scope() => Disclose.VerifyAsync(
        """
        public sealed class Service(IChatClient chat)
        {
            public async Task<object> AnswerAsync() => {|RAI1003:(await chat.GetResponseAsync("Tell a joke")).Text|};
        }
        """,
        """
        public sealed class Service(IChatClient chat)
        {
            private static readonly AiFeatureDescriptor ServiceAnswer = new("service.answer", AiCapability.Chat);

            public async Task<object> AnswerAsync() => AiGenerated.Create((await chat.GetResponseAsync("Tell a joke")).Text, ServiceAnswer);
        }
        """,
        equivalenceKey: DiscloseOutputCodeFixProvider.PreferredKey);

    [Fact]
    public Task Fix_all_leaves_the_returns_of_a_member_that_the_guard_fix_marks_as_a_feature() => Disclose.VerifyAsync(
        """
        public sealed class Service(IChatClient chat)
        {
            // No guard in reach: the RAI1001/RAI1002 bulk fix marks this member [AiFeature], and then its return is not RAI1003.
            public async Task<object> AnswerAsync(string q) => {|RAI1003:(await chat.GetResponseAsync(q)).Text|};

            public async Task<object> JokeAsync() => {|RAI1003:(await chat.GetResponseAsync("Tell a joke")).Text|};
        }
        """,
        """
        public sealed class Service(IChatClient chat)
        {
            private static readonly AiFeatureDescriptor ServiceAnswer = new("service.answer", AiCapability.Chat);

            // No guard in reach: the RAI1001/RAI1002 bulk fix marks this member [AiFeature], and then its return is not RAI1003.
            public async Task<object> AnswerAsync(string q) => AiGenerated.Create((await chat.GetResponseAsync(q)).Text, ServiceAnswer);

            public async Task<object> JokeAsync() => AiGenerated.Create((await chat.GetResponseAsync("Tell a joke")).Text, ServiceAnswer);
        }
        """,
        equivalenceKey: DiscloseOutputCodeFixProvider.PreferredKey,
        iterations: 2,
        fixAllIterations: 2,
        batchFixedSource: """
        public sealed class Service(IChatClient chat)
        {
            private static readonly AiFeatureDescriptor ServiceJoke = new("service.joke", AiCapability.Chat);

            // No guard in reach: the RAI1001/RAI1002 bulk fix marks this member [AiFeature], and then its return is not RAI1003.
            public async Task<object> AnswerAsync(string q) => {|RAI1003:(await chat.GetResponseAsync(q)).Text|};

            public async Task<object> JokeAsync() => AiGenerated.Create((await chat.GetResponseAsync("Tell a joke")).Text, ServiceJoke);
        }
        """);

    [Fact]
    public Task Return_type_becomes_AiGenerated_and_every_return_is_wrapped() => Disclose.VerifyAsync(
        """
        public sealed class Service(IChatClient chat)
        {
            private static readonly AiFeatureDescriptor Answer = new("support.answer", AiCapability.Chat);

            public async Task<string> AnswerAsync(string q)
            {
                if (q.Length == 0)
                {
                    return "";
                }

                return {|RAI1003:(await chat.GetResponseAsync("Answer politely")).Text|};
            }
        }
        """,
        """
        public sealed class Service(IChatClient chat)
        {
            private static readonly AiFeatureDescriptor Answer = new("support.answer", AiCapability.Chat);

            public async Task<AiGenerated<string>> AnswerAsync(string q)
            {
                if (q.Length == 0)
                {
                    return AiGenerated.Create("", Answer);
                }

                return AiGenerated.Create((await chat.GetResponseAsync("Answer politely")).Text, Answer);
            }
        }
        """,
        equivalenceKey: DiscloseOutputCodeFixProvider.PreferredKey);

    [Fact]
    public Task A_string_returned_from_a_method_is_wrapped_only_when_asked() => Disclose.VerifyAsync(
        """
        public sealed class Service(IChatClient chat)
        {
            private static readonly AiFeatureDescriptor Answer = new("support.answer", AiCapability.Chat);

            public async Task<string> AnswerAsync() => {|RAI1003:(await chat.GetResponseAsync("Answer politely")).Text|};
        }
        """,
        """
        public sealed class Service(IChatClient chat)
        {
            private static readonly AiFeatureDescriptor Answer = new("support.answer", AiCapability.Chat);

            public async Task<string> AnswerAsync() => AiGenerated.Create((await chat.GetResponseAsync("Answer politely")).Text, Answer).ToString();
        }
        """,
        equivalenceKey: DiscloseOutputCodeFixProvider.WrapKey);

    [Fact]
    public Task An_endpoint_lambda_returns_the_disclosed_value_not_text_with_the_notice_glued_on() => Disclose.VerifyAsync(
        """
        using Microsoft.AspNetCore.Builder;

        public sealed class Endpoints(IChatClient chat)
        {
            private static readonly AiFeatureDescriptor Answer = new("support.answer", AiCapability.Chat);

            public void Register(WebApplication app) => app.MapGet("/answer", async () => {|RAI1003:(await chat.GetResponseAsync("Answer politely")).Text|});
        }
        """,
        """
        using Microsoft.AspNetCore.Builder;

        public sealed class Endpoints(IChatClient chat)
        {
            private static readonly AiFeatureDescriptor Answer = new("support.answer", AiCapability.Chat);

            public void Register(WebApplication app) => app.MapGet("/answer", async () => AiGenerated.Create((await chat.GetResponseAsync("Answer politely")).Text, Answer));
        }
        """,
        equivalenceKey: DiscloseOutputCodeFixProvider.PreferredKey,
        aspNetCore: true);

    [Fact]
    public async Task A_top_level_endpoint_does_not_take_the_feature_another_statement_names()
    {
        // The /summary statement and the Summaries type name lecture.summary; the /ask handler is another feature, so its
        // fix must not borrow that descriptor (the notice and the audit would say "summary" for a chat answer).
        var test = new Disclose.Test
        {
            TestCode = """
                using Microsoft.AspNetCore.Builder;

                var app = WebApplication.Create(args);
                IChatClient chat = null!;
                app.MapGet("/ask", async (string q) => {|RAI1003:(await chat.GetResponseAsync(q)).Text|});
                app.MapGet("/summary-id", () => Summaries.Summary.Id);
                app.Run();

                public static class Summaries
                {
                    public static readonly AiFeatureDescriptor Summary = new("lecture.summary", AiCapability.Summarization);
                }
                """,
            FixedCode = """
                using Microsoft.AspNetCore.Builder;

                var app = WebApplication.Create(args);
                IChatClient chat = null!;
                app.MapGet("/ask", async (string q) => AiGenerated.Create((await chat.GetResponseAsync(q)).Text, new AiFeatureDescriptor("program.main", AiCapability.Chat)));
                app.MapGet("/summary-id", () => Summaries.Summary.Id);
                app.Run();

                public static class Summaries
                {
                    public static readonly AiFeatureDescriptor Summary = new("lecture.summary", AiCapability.Summarization);
                }
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        ResponsibleAI.Tests.Infrastructure.TestSetup.Apply(test.TestState, null, aspNetCore: true);
        test.FixedState.Sources.Add(("GlobalUsings.cs", ResponsibleAI.Tests.Infrastructure.TestSetup.GlobalUsings));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_fix_adds_the_using_directive_it_needs_and_writes_simple_names()
    {
        // No global using of ResponsibleAI here: the fix adds "using ResponsibleAI;" and writes AiGenerated, not
        // global::ResponsibleAI.AiGenerated.
        var test = new Disclose.Test
        {
            TestCode = """
                namespace Contoso;

                public sealed class Service(IChatClient chat)
                {
                    private static readonly ResponsibleAI.AiFeatureDescriptor Answer = new("support.answer", ResponsibleAI.AiCapability.Chat);

                    public async Task PrintAsync() => Console.WriteLine({|RAI1003:(await chat.GetResponseAsync("Tell a joke")).Text|});
                }
                """,
            FixedCode = """
                using ResponsibleAI;

                namespace Contoso;

                public sealed class Service(IChatClient chat)
                {
                    private static readonly ResponsibleAI.AiFeatureDescriptor Answer = new("support.answer", ResponsibleAI.AiCapability.Chat);

                    public async Task PrintAsync() => Console.WriteLine(AiGenerated.Create((await chat.GetResponseAsync("Tell a joke")).Text, Answer).ToString());
                }
                """,
        };
        var usings = ResponsibleAI.Tests.Infrastructure.TestSetup.GlobalUsings.Replace("global using ResponsibleAI;", "", System.StringComparison.Ordinal);
        ResponsibleAI.Tests.Infrastructure.TestSetup.Apply(test.TestState, null);
        test.TestState.Sources.RemoveAt(test.TestState.Sources.Count - 1);
        test.TestState.Sources.Add(("GlobalUsings.cs", usings));
        test.FixedState.Sources.Add(("GlobalUsings.cs", usings));
        await test.RunAsync();
    }

    [Fact]
    public Task Route_through_an_awaited_review() => Review.VerifyAsync(
        """
        public sealed class Gradebook { public void Record(string student, [HumanReviewRequired] string grade) { } }

        public sealed class ReviewQueue
        {
            [HumanReview] public Task<string> ApproveAsync(string proposal) => Task.FromResult(proposal);
        }

        public sealed class Grader(IChatClient chat, Gradebook book, ReviewQueue reviews)
        {
            public async Task GradeAsync(string student, string essay)
            {
                var proposal = (await chat.GetResponseAsync(essay)).Text;
                book.Record(student, {|RAI1004:proposal|});
                book.Record(student + "-copy", {|RAI1004:proposal|});
            }
        }
        """,
        """
        public sealed class Gradebook { public void Record(string student, [HumanReviewRequired] string grade) { } }

        public sealed class ReviewQueue
        {
            [HumanReview] public Task<string> ApproveAsync(string proposal) => Task.FromResult(proposal);
        }

        public sealed class Grader(IChatClient chat, Gradebook book, ReviewQueue reviews)
        {
            public async Task GradeAsync(string student, string essay)
            {
                var proposal = (await chat.GetResponseAsync(essay)).Text;
                book.Record(student, await reviews.ApproveAsync(proposal));
                book.Record(student + "-copy", await reviews.ApproveAsync(proposal));
            }
        }
        """);
}
