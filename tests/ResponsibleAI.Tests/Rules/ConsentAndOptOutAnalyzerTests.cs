using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;
using static ResponsibleAI.Tests.Infrastructure.Snippets;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.ConsentAndOptOutAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>
/// RAI1001/RAI1002: every guard shape of the contract and of issue #2 has a twin that is reported and one that is quiet.
/// Code is compiled against the real Microsoft.Extensions.AI package.
/// </summary>
public class ConsentAndOptOutAnalyzerTests
{
    private const string Call = """(await chat.GetResponseAsync(user, cancellationToken: ct)).Text""";

    private static Task Quiet(string body) => Verify.VerifyAsync(new[] { InMethod(body), Privacy });

    private static Task Reported(string body) => Verify.VerifyAsync(new[] { InMethod(body), Privacy });

    // ---------------------------------------------------------------- no guard at all

    [Fact]
    public Task Unguarded_call_reports_both_rules() => Reported("""
                return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}|}).Text;
        """);

    [Fact]
    public Task Guarded_by_both_is_quiet() => Quiet($$"""
                if (!await Privacy.HasConsentAsync(user)) return "";
                if (await Privacy.IsOptedOutAsync(user)) return "";
                return {{Call}};
        """);

    // ---------------------------------------------------------------- if (guard) { call }

    [Fact]
    public Task If_guard_then_call_is_quiet() => Quiet($$"""
                if (Privacy.HasConsent(user) && !Privacy.IsOptedOut(user))
                {
                    return {{Call}};
                }
                return "";
        """);

    [Fact]
    public Task Call_in_else_branch_of_guard_is_reported() => Reported("""
                if (Privacy.HasConsent(user) && !Privacy.IsOptedOut(user))
                {
                    return "";
                }
                return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}|}).Text;
        """);

    // ---------------------------------------------------------------- early exits

    [Fact]
    public Task Early_return_and_throw_are_quiet() => Quiet($$"""
                if (!Privacy.HasConsent(user)) return "";
                if (Privacy.IsOptedOut(user)) throw new InvalidOperationException("opted out");
                return {{Call}};
        """);

    [Fact]
    public Task Guard_in_only_one_branch_is_reported() => Reported("""
                if (user.Length > 3)
                {
                    await Privacy.RequireConsentAsync(user);
                }
                await Privacy.RequireNotOptedOutAsync(user);
                return (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
        """);

    // ---------------------------------------------------------------- throwing guards

    [Fact]
    public Task Throwing_guards_called_unconditionally_are_quiet() => Quiet($$"""
                Privacy.RequireConsent(user);
                await Privacy.RequireNotOptedOutAsync(user);
                return {{Call}};
        """);

    [Fact]
    public Task Throwing_async_guard_not_awaited_is_reported() => Reported("""
                _ = Privacy.RequireConsentAsync(user);
                Privacy.RequireNotOptedOut(user);
                return (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
        """);

    [Fact]
    public Task Throwing_guard_with_ConfigureAwait_is_quiet() => Quiet($$"""
                await Privacy.RequireConsentAsync(user).ConfigureAwait(false);
                await Privacy.RequireNotOptedOutAsync(user).ConfigureAwait(false);
                return {{Call}};
        """);

    [Fact]
    public Task Guard_after_the_call_is_reported() => Reported("""
                var text = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}|}).Text;
                Privacy.RequireConsent(user);
                Privacy.RequireNotOptedOut(user);
                return text;
        """);

    // ---------------------------------------------------------------- ignored results

    [Fact]
    public Task Boolean_guard_whose_result_is_ignored_is_reported() => Reported("""
                Privacy.HasConsent(user);
                await Privacy.IsOptedOutAsync(user);
                return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}|}).Text;
        """);

    [Fact]
    public Task Boolean_guard_result_used_is_quiet() => Quiet($$"""
                var granted = Privacy.HasConsent(user);
                if (!granted) return "";
                var optedOut = await Privacy.IsOptedOutAsync(user);
                if (optedOut) return "";
                return {{Call}};
        """);

    // ---------------------------------------------------------------- negation and comparisons

    [Theory]
    [InlineData("!Privacy.HasConsent(user)")]
    [InlineData("Privacy.HasConsent(user) is false")]
    [InlineData("Privacy.HasConsent(user) == false")]
    [InlineData("false == Privacy.HasConsent(user)")]
    [InlineData("Privacy.HasConsent(user) != true")]
    [InlineData("Privacy.HasConsent(user) is not true")]
    [InlineData("!(Privacy.HasConsent(user) is true)")]
    public Task Negated_consent_with_early_return_is_quiet(string denied) => Quiet($$"""
                if ({{denied}}) return "";
                Privacy.RequireNotOptedOut(user);
                return {{Call}};
        """);

    [Theory]
    [InlineData("Privacy.HasConsent(user)")]
    [InlineData("Privacy.HasConsent(user) is true")]
    [InlineData("Privacy.HasConsent(user) == true")]
    [InlineData("Privacy.HasConsent(user) is not false")]
    [InlineData("!!Privacy.HasConsent(user)")]
    public Task Early_return_on_granted_consent_is_reported(string granted) => Reported($$"""
                if ({{granted}}) return "";
                Privacy.RequireNotOptedOut(user);
                return (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
        """);

    // ---------------------------------------------------------------- opt-out polarity

    [Fact]
    public Task Opt_out_used_backwards_is_reported() => Reported("""
                Privacy.RequireConsent(user);
                if (await Privacy.IsOptedOutAsync(user))
                {
                    return (await {|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
                }
                return "";
        """);

    [Fact]
    public Task Opt_out_used_the_right_way_round_is_quiet() => Quiet($$"""
                Privacy.RequireConsent(user);
                if (!await Privacy.IsOptedOutAsync(user))
                {
                    return {{Call}};
                }
                return "";
        """);

    [Fact]
    public Task Consent_guard_used_as_opt_out_does_not_count() => Reported("""
                Privacy.RequireConsent(user);
                if (!Privacy.HasConsent(user)) return "";
                return (await {|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
        """);

    // ---------------------------------------------------------------- a local bool assigned from an awaited guard

    [Fact]
    public Task Local_bool_from_awaited_guard_tested_later_is_quiet() => Quiet($$"""
                var allowed = await Privacy.HasConsentAsync(user) && !await Privacy.IsOptedOutAsync(user);
                Console.WriteLine("checking");
                if (!allowed)
                {
                    return "";
                }
                return {{Call}};
        """);

    [Fact]
    public Task Local_bool_overwritten_before_the_test_is_reported() => Reported("""
                var allowed = await Privacy.HasConsentAsync(user);
                allowed = user.Length > 0;
                if (!allowed) return "";
                Privacy.RequireNotOptedOut(user);
                return (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
        """);

    [Fact]
    public Task Local_bool_from_or_chain_is_reported() => Reported("""
                var allowed = await Privacy.HasConsentAsync(user) || user == "admin";
                if (!allowed) return "";
                Privacy.RequireNotOptedOut(user);
                return (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
        """);

    // ---------------------------------------------------------------- Task<bool>, ValueTask<bool>, .Result

    [Fact]
    public Task ValueTask_guard_is_quiet() => Quiet($$"""
                if (!await Privacy.HasConsentValueAsync(user)) return "";
                if (await Privacy.IsOptedOutAsync(user).ConfigureAwait(false)) return "";
                return {{Call}};
        """);

    [Fact]
    public Task ValueTask_guard_in_wrong_branch_is_reported() => Reported("""
                if (await Privacy.HasConsentValueAsync(user)) return "";
                Privacy.RequireNotOptedOut(user);
                return (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
        """);

    // ---------------------------------------------------------------- ?: and switch

    [Fact]
    public Task Conditional_operator_is_quiet() => Quiet($$"""
                Privacy.RequireNotOptedOut(user);
                return Privacy.HasConsent(user) ? {{Call}} : "";
        """);

    [Fact]
    public Task Conditional_operator_wrong_arm_is_reported() => Reported("""
                Privacy.RequireNotOptedOut(user);
                return Privacy.HasConsent(user) ? "" : (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
        """);

    [Fact]
    public Task Switch_statement_is_quiet() => Quiet($$"""
                Privacy.RequireNotOptedOut(user);
                switch (await Privacy.HasConsentAsync(user))
                {
                    case false:
                        return "";
                    case true:
                        return {{Call}};
                }
        """);

    [Fact]
    public Task Switch_statement_wrong_case_is_reported() => Reported("""
                Privacy.RequireNotOptedOut(user);
                switch (await Privacy.HasConsentAsync(user))
                {
                    case false:
                        return (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
                    default:
                        return "";
                }
        """);

    [Fact]
    public Task Switch_expression_is_quiet() => Quiet($$"""
                Privacy.RequireNotOptedOut(user);
                return Privacy.HasConsent(user) switch
                {
                    true => {{Call}},
                    false => "",
                };
        """);

    [Fact]
    public Task Switch_expression_wrong_arm_is_reported() => Reported("""
                Privacy.RequireNotOptedOut(user);
                return Privacy.HasConsent(user) switch
                {
                    false => (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text,
                    true => "",
                };
        """);

    [Fact]
    public Task Switch_with_early_exit_case_is_quiet() => Quiet($$"""
                switch (user)
                {
                    case "":
                        return "";
                    default:
                        Privacy.RequireConsent(user);
                        break;
                }
                Privacy.RequireNotOptedOut(user);
                return user.Length == 0 ? "" : {{Call}};
        """);

    [Fact]
    public Task Switch_where_one_case_skips_the_guard_is_reported() => Reported("""
                switch (user)
                {
                    case "admin":
                        break;
                    default:
                        Privacy.RequireConsent(user);
                        break;
                }
                Privacy.RequireNotOptedOut(user);
                return (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
        """);

    // ---------------------------------------------------------------- loops

    [Fact]
    public Task Continue_in_loop_is_quiet() => Quiet("""
                var all = "";
                foreach (var student in new[] { user, user + "2" })
                {
                    if (!Privacy.HasConsent(student) || Privacy.IsOptedOut(student)) continue;
                    all += (await chat.GetResponseAsync(student, cancellationToken: ct)).Text;
                }
                return all;
        """);

    [Fact]
    public Task Guard_at_the_end_of_a_loop_body_is_reported() => Reported("""
                var all = "";
                for (var i = 0; i < 3; i++)
                {
                    all += (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}|}).Text;
                    Privacy.RequireConsent(user);
                    Privacy.RequireNotOptedOut(user);
                }
                return all;
        """);

    [Fact]
    public Task Await_foreach_over_guarded_stream_is_quiet() => Quiet("""
                await Privacy.RequireConsentAsync(user);
                await Privacy.RequireNotOptedOutAsync(user);
                var text = "";
                await foreach (var update in chat.GetStreamingResponseAsync(user, cancellationToken: ct))
                {
                    text += update.Text;
                }
                return text;
        """);

    [Fact]
    public Task Await_foreach_over_unguarded_stream_is_reported() => Reported("""
                var text = "";
                await foreach (var update in {|RAI1001:{|RAI1002:chat.GetStreamingResponseAsync(user, cancellationToken: ct)|}|})
                {
                    text += update.Text;
                }
                return text;
        """);

    [Fact]
    public Task Guard_inside_while_then_break_is_quiet() => Quiet($$"""
                while (true)
                {
                    if (Privacy.HasConsent(user) && !Privacy.IsOptedOut(user)) break;
                    await Task.Delay(10, ct);
                }
                return {{Call}};
        """);

    // ---------------------------------------------------------------- try/catch/finally, using

    [Fact]
    public Task Try_catch_swallowing_throwing_guard_is_reported() => Reported("""
                try
                {
                    Privacy.RequireConsent(user);
                }
                catch (Exception)
                {
                }
                Privacy.RequireNotOptedOut(user);
                return (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
        """);

    [Fact]
    public Task Try_catch_that_rethrows_is_quiet() => Quiet($$"""
                try
                {
                    Privacy.RequireConsent(user);
                    Privacy.RequireNotOptedOut(user);
                }
                catch (InvalidOperationException ex)
                {
                    Console.WriteLine(ex.Message);
                    throw;
                }
                return {{Call}};
        """);

    [Fact]
    public Task Call_in_catch_after_guard_in_try_is_reported() => Reported("""
                try
                {
                    Privacy.RequireConsent(user);
                    Privacy.RequireNotOptedOut(user);
                    return "";
                }
                catch (Exception)
                {
                    return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}|}).Text;
                }
        """);

    [Fact]
    public Task Guard_before_try_covers_catch_and_finally() => Quiet($$"""
                Privacy.RequireConsent(user);
                Privacy.RequireNotOptedOut(user);
                try
                {
                    return {{Call}};
                }
                catch (Exception)
                {
                    return {{Call}};
                }
                finally
                {
                    await chat.GetResponseAsync(user, cancellationToken: ct);
                }
        """);

    [Fact]
    public Task Using_statement_is_quiet() => Quiet($$"""
                using var timer = new System.Threading.CancellationTokenSource();
                if (!Privacy.HasConsent(user) || Privacy.IsOptedOut(user)) return "";
                using (var scope = new System.IO.MemoryStream())
                {
                    return {{Call}};
                }
        """);

    [Fact]
    public Task Using_statement_unguarded_is_reported() => Reported("""
                using (var scope = new System.IO.MemoryStream())
                {
                    return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}|}).Text;
                }
        """);

    // ---------------------------------------------------------------- lambdas and local functions

    [Fact]
    public Task Lambda_created_under_guard_is_quiet() => Quiet("""
                if (!Privacy.HasConsent(user) || Privacy.IsOptedOut(user)) return "";
                Func<Task<string>> summarize = async () => (await chat.GetResponseAsync(user, cancellationToken: ct)).Text;
                return await summarize();
        """);

    [Fact]
    public Task Lambda_created_before_guard_is_reported() => Reported("""
                Func<Task<string>> summarize = async () => (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}|}).Text;
                if (!Privacy.HasConsent(user) || Privacy.IsOptedOut(user)) return "";
                return await summarize();
        """);

    [Fact]
    public Task Guard_inside_lambda_is_quiet() => Quiet("""
                Func<Task<string>> summarize = async () =>
                {
                    Privacy.RequireConsent(user);
                    Privacy.RequireNotOptedOut(user);
                    return (await chat.GetResponseAsync(user, cancellationToken: ct)).Text;
                };
                return await summarize();
        """);

    [Fact]
    public Task Local_function_called_only_under_guard_is_quiet() => Quiet("""
                if (!Privacy.HasConsent(user) || Privacy.IsOptedOut(user)) return "";
                return await SummarizeAsync();

                async Task<string> SummarizeAsync() => (await chat.GetResponseAsync(user, cancellationToken: ct)).Text;
        """);

    [Fact]
    public Task Local_function_called_once_unguarded_is_reported() => Reported("""
                var first = await SummarizeAsync();
                if (!Privacy.HasConsent(user) || Privacy.IsOptedOut(user)) return "";
                return first + await SummarizeAsync();

                async Task<string> SummarizeAsync() => (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}|}).Text;
        """);

    [Fact]
    public Task Local_function_with_its_own_guard_is_quiet() => Quiet("""
                return await SummarizeAsync();

                async Task<string> SummarizeAsync()
                {
                    await Privacy.RequireConsentAsync(user);
                    await Privacy.RequireNotOptedOutAsync(user);
                    return (await chat.GetResponseAsync(user, cancellationToken: ct)).Text;
                }
        """);

    [Fact]
    public Task Recursive_local_function_called_under_guard_is_quiet() => Quiet("""
                if (!Privacy.HasConsent(user) || Privacy.IsOptedOut(user)) return "";
                return await SummarizeAsync(2);

                async Task<string> SummarizeAsync(int depth) =>
                    depth == 0 ? "" : (await chat.GetResponseAsync(user, cancellationToken: ct)).Text + await SummarizeAsync(depth - 1);
        """);

    // ---------------------------------------------------------------- guards elsewhere do not count

    [Fact]
    public async Task Guard_in_constructor_does_not_count()
    {
        const string source = """
            public sealed class Service
            {
                private readonly IChatClient _chat;
                public Service(IChatClient chat, string user)
                {
                    _chat = chat;
                    Privacy.RequireConsent(user);
                    Privacy.RequireNotOptedOut(user);
                }

                public async Task<string> RunAsync(string question) => (await {|RAI1001:{|RAI1002:_chat.GetResponseAsync(question)|}|}).Text;
            }
            """;
        await Verify.VerifyAsync(new[] { source, Privacy });
    }

    [Fact]
    public async Task Identifier_merely_named_consent_is_not_a_guard()
    {
        const string source = """
            public sealed class OAuth
            {
                public bool HasConsent(string user) => true;     // an OAuth consent page, not an AI consent guard
                public bool IsOptedOut(string user) => false;
            }

            public sealed class Service(IChatClient chat, OAuth oauth)
            {
                public async Task<string> RunAsync(string user)
                {
                    if (!oauth.HasConsent(user) || oauth.IsOptedOut(user)) return "";
                    return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user)|}|}).Text;
                }
            }
            """;
        await Verify.VerifyAsync(new[] { source, Privacy });
    }

    // ---------------------------------------------------------------- property guards, interfaces, overrides

    [Fact]
    public async Task Property_guards_and_guards_through_an_interface_are_quiet()
    {
        const string source = """
            public interface IConsentService
            {
                [AiConsentGuard] Task<bool> HasConsentAsync(string user, CancellationToken ct);
                [AiOptOutGuard] bool OptedOut { get; }
            }

            public sealed class ConsentService : IConsentService
            {
                public Task<bool> HasConsentAsync(string user, CancellationToken ct) => Task.FromResult(true);
                public bool OptedOut => false;
            }

            public sealed class Service(IChatClient chat, ConsentService consent)
            {
                public async Task<string> RunAsync(string user, CancellationToken ct)
                {
                    // Called through the class: the guard attribute sits on the interface member it implements.
                    if (!await consent.HasConsentAsync(user, ct)) return "";
                    if (consent.OptedOut) return "";
                    return (await chat.GetResponseAsync(user, cancellationToken: ct)).Text;
                }
            }
            """;
        await Verify.VerifyAsync(new[] { source });
    }

    [Fact]
    public async Task Property_guard_used_backwards_is_reported()
    {
        const string source = """
            public sealed class Student
            {
                [AiConsentGuard] public bool ConsentsToAi { get; init; }
                [AiOptOutGuard] public bool OptedOutOfSummaries { get; init; }
            }

            public sealed class Service(IChatClient chat)
            {
                public async Task<string> RunAsync(Student student, string notes)
                {
                    if (!student.ConsentsToAi) return "";
                    if (!student.OptedOutOfSummaries) return "";
                    return (await {|RAI1002:chat.GetResponseAsync(notes)|}).Text;
                }
            }
            """;
        await Verify.VerifyAsync(new[] { source });
    }

    [Fact]
    public async Task Guard_through_override_is_quiet()
    {
        const string source = """
            public abstract class PrivacyBase
            {
                [AiConsentGuard] public abstract void Require(string user);
                [AiOptOutGuard] public virtual bool IsOptedOut(string user) => false;
            }

            public sealed class CompanyPrivacy : PrivacyBase
            {
                public override void Require(string user) { }
                public override bool IsOptedOut(string user) => true;
            }

            public sealed class Service(IChatClient chat, CompanyPrivacy privacy)
            {
                public async Task<string> RunAsync(string user)
                {
                    privacy.Require(user);
                    if (privacy.IsOptedOut(user)) return "";
                    return (await chat.GetResponseAsync(user)).Text;
                }
            }
            """;
        await Verify.VerifyAsync(new[] { source });
    }

    [Fact]
    public async Task Governance_runtime_guards_count()
    {
        const string source = """
            public sealed class Service(IChatClient chat, IAiGovernance governance)
            {
                private static readonly AiFeatureDescriptor Summary = new("lecture.summary", AiCapability.Summarization);

                public async Task<string> RunAsync(AiSubject student, CancellationToken ct)
                {
                    await governance.EnsureConsentAsync(student, Summary, ct);
                    await governance.EnsureNotOptedOutAsync(student, Summary, ct);
                    return (await chat.GetResponseAsync(student.Id, cancellationToken: ct)).Text;
                }

                public async Task<string> WithQueriesAsync(AiSubject student, CancellationToken ct)
                {
                    if (!await governance.HasConsentAsync(student, Summary, ct)) return "";
                    if (await governance.IsOptedOutAsync(student, Summary, ct)) return "";
                    return (await chat.GetResponseAsync(student.Id, cancellationToken: ct)).Text;
                }

                public async Task<string> ForgotOptOutAsync(AiSubject student, CancellationToken ct)
                {
                    await governance.EnsureConsentAsync(student, Summary, ct);
                    return (await {|RAI1002:chat.GetResponseAsync(student.Id, cancellationToken: ct)|}).Text;
                }
            }
            """;
        await Verify.VerifyAsync(new[] { source });
    }
}

/// <summary>Throwing guards awaited indirectly: Task.WhenAll, a task stored in a local, blocking waits.</summary>
public class AwaitedGuardTaskTests
{
    private static Task Check(string body) => Verify.VerifyAsync(new[] { InMethod(body), Privacy });

    [Fact]
    public Task WhenAll_of_throwing_guards_is_quiet() => Check("""
                await Task.WhenAll(Privacy.RequireConsentAsync(user), Privacy.RequireNotOptedOutAsync(user));
                return (await chat.GetResponseAsync(user, cancellationToken: ct)).Text;
        """);

    [Fact]
    public Task WhenAll_missing_one_guard_is_reported() => Check("""
                await Task.WhenAll(Privacy.RequireConsentAsync(user), Task.Delay(1));
                return (await {|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
        """);

    [Fact]
    public Task Guard_task_stored_then_awaited_is_quiet() => Check("""
                var consent = Privacy.RequireConsentAsync(user);
                var optOut = Privacy.RequireNotOptedOutAsync(user);
                await consent;
                await optOut.ConfigureAwait(false);
                return (await chat.GetResponseAsync(user, cancellationToken: ct)).Text;
        """);

    [Fact]
    public Task Guard_task_stored_but_awaited_after_the_call_is_reported() => Check("""
                var consent = Privacy.RequireConsentAsync(user);
                Privacy.RequireNotOptedOut(user);
                var text = (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
                await consent;
                return text;
        """);

    [Fact]
    public Task Guard_task_local_reassigned_before_await_is_reported() => Check("""
                var consent = Privacy.RequireConsentAsync(user);
                consent = Task.CompletedTask;
                await consent;
                Privacy.RequireNotOptedOut(user);
                return (await {|RAI1001:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text;
        """);

    [Fact]
    public Task Blocking_waits_on_throwing_guards_are_quiet() => Check("""
                Privacy.RequireConsentAsync(user).GetAwaiter().GetResult();
                Privacy.RequireNotOptedOutAsync(user).Wait();
                return (await chat.GetResponseAsync(user, cancellationToken: ct)).Text;
        """);

    [Fact]
    public Task Boolean_guard_through_Result_is_quiet() => Check("""
                if (!Privacy.HasConsentAsync(user).Result) return "";
                if (Privacy.IsOptedOutAsync(user).GetAwaiter().GetResult()) return "";
                return (await chat.GetResponseAsync(user, cancellationToken: ct)).Text;
        """);
}

/// <summary>Shapes seen in realistic integrator code: endpoint lambdas, top-level programs, combined conditions.</summary>
public class RealisticShapeTests
{
    [Fact]
    public Task Negated_conjunction_early_return_is_quiet() => Verify.VerifyAsync(new[] { InMethod("""
                if (!(await Privacy.HasConsentAsync(user) && !await Privacy.IsOptedOutAsync(user)))
                {
                    return "";
                }
                return (await chat.GetResponseAsync(user, cancellationToken: ct)).Text;
        """), Privacy });

    [Fact]
    public Task Negated_disjunction_is_reported() => Verify.VerifyAsync(new[] { InMethod("""
                if (!(await Privacy.HasConsentAsync(user) || !await Privacy.IsOptedOutAsync(user)))
                {
                    return "";
                }
                return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}|}).Text;
        """), Privacy });

    [Fact]
    public Task Guards_caught_into_an_early_return_are_quiet() => Verify.VerifyAsync(new[] { """
        public sealed class Endpoint(IChatClient chat, IAiGovernance governance)
        {
            private static readonly AiFeatureDescriptor Summary = new("lecture.summary", AiCapability.Summarization);

            public async Task<string?> HandleAsync(AiSubject student, CancellationToken ct)
            {
                try
                {
                    await governance.EnsureConsentAsync(student, Summary, ct);
                    await governance.EnsureNotOptedOutAsync(student, Summary, ct);
                }
                catch (AiConsentRequiredException)
                {
                    return null;
                }
                catch (AiOptedOutException)
                {
                    return null;
                }

                return (await chat.GetResponseAsync(student.Id, cancellationToken: ct)).Text;
            }
        }
        """ });

    [Fact]
    public Task Endpoint_lambdas_are_analysed_on_their_own() => Verify.VerifyAsync(new[] { """
        public static class Endpoints
        {
            public static void Map(Action<string, Func<IChatClient, IAiGovernance, AiSubject, Task<string>>> map)
            {
                var summary = new AiFeatureDescriptor("lecture.summary");
                map("/guarded", async (chat, governance, student) =>
                {
                    await governance.EnsureConsentAsync(student, summary);
                    await governance.EnsureNotOptedOutAsync(student, summary);
                    return (await chat.GetResponseAsync(student.Id)).Text;
                });
                map("/unguarded", async (chat, governance, student) => (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(student.Id)|}|}).Text);
            }
        }
        """ });

    [Fact]
    public async Task Top_level_statements_are_analysed()
    {
        var test = new AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.ConsentAndOptOutAnalyzer>.Test();
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.TestState.Sources.Add("""
            IChatClient chat = null!;
            if (args.Length > 0 && Privacy.HasConsent(args[0]) && !Privacy.IsOptedOut(args[0]))
            {
                Console.WriteLine((await chat.GetResponseAsync(args[0])).Text);
            }
            Console.WriteLine((await {|RAI1001:{|RAI1002:chat.GetResponseAsync(string.Join(" ", args))|}|}).Text);
            """);
        test.TestState.Sources.Add(Privacy);
        TestSetup.Apply(test.TestState, null);
        await test.RunAsync();
    }
}

/// <summary>switch over a tuple of guard results.</summary>
public class TupleSwitchTests
{
    [Fact]
    public Task Positional_pattern_on_a_tuple_of_guards_is_quiet() => Verify.VerifyAsync(new[] { InMethod("""
                switch ((Privacy.HasConsent(user), Privacy.IsOptedOut(user)))
                {
                    case (true, false):
                        return (await chat.GetResponseAsync(user, cancellationToken: ct)).Text;
                    default:
                        return "";
                }
        """), Privacy });

    [Fact]
    public Task Positional_pattern_with_wrong_polarity_is_reported() => Verify.VerifyAsync(new[] { InMethod("""
                var answers = (Privacy.HasConsent(user), Privacy.IsOptedOut(user));
                return answers switch
                {
                    (true, true) => (await {|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}).Text,
                    (_, _) => "",
                };
        """), Privacy });
}

/// <summary>Regressions from the fresh blind corpus: property patterns over guard properties, a stored Task.WhenAll.</summary>
public class FreshGuardRegressionTests
{
    private const string Chart = """
        public interface IChart
        {
            [AiConsentGuard] bool HasAiConsent { get; }
            [AiOptOutGuard] bool DeclinedAutomatedNotes { get; }
        }
        """;

    [Fact]
    public Task Property_patterns_over_guard_properties() => Verify.VerifyAsync(new[] { Chart, """
        public sealed class Notes(IChatClient chat)
        {
            public async Task<string?> Guarded(IChart chart)
            {
                if (chart is not { HasAiConsent: true, DeclinedAutomatedNotes: false }) return null;
                return (await chat.GetResponseAsync(chart.ToString()!)).Text;
            }

            public async Task<string?> Switched(IChart chart) => chart switch
            {
                { HasAiConsent: false } => null,
                { DeclinedAutomatedNotes: true } => null,
                _ => (await chat.GetResponseAsync(chart.ToString()!)).Text,
            };

            public async Task<string?> Backwards(IChart chart)
            {
                if (chart is { HasAiConsent: true, DeclinedAutomatedNotes: true })
                {
                    return (await {|RAI1002:chat.GetResponseAsync(chart.ToString()!)|}).Text;
                }

                return null;
            }
        }
        """ });

    [Fact]
    public Task WhenAll_stored_then_awaited() => Verify.VerifyAsync(new[] { InMethod("""
                var ready = Task.WhenAll(Privacy.RequireConsentAsync(user), Privacy.RequireNotOptedOutAsync(user));
                await ready;
                return (await chat.GetResponseAsync(user, cancellationToken: ct)).Text;
        """), Privacy });
}

/// <summary>
/// bool? guards answer true, false or null. Null answers like false: consent not given, no opt-out recorded. So exiting
/// on "== false" lets a null consent through, and exiting on "== true" clears the opt-out.
/// </summary>
public class NullableGuardTests
{
    private const string Guards = """
        public sealed class Preferences
        {
            [AiConsentGuard] public bool? Consent(string user) => null;
            [AiConsentGuard] public Task<bool?> ConsentAsync(string user) => Task.FromResult<bool?>(null);
            [AiOptOutGuard] public bool? OptedOut(string user) => null;
        }
        """;

    private static Task Check(string body) => Verify.VerifyAsync(new[] { Guards, $$"""
        public sealed class Service(IChatClient chat, Preferences preferences)
        {
            public async Task<string> RunAsync(string user)
            {
        {{body}}
            }
        }
        """ });

    [Fact]
    public Task Not_equal_true_is_denied_and_equal_false_is_cleared() => Check("""
                if (preferences.Consent(user) != true) return "";
                if (preferences.OptedOut(user) != false) return "";
                return (await chat.GetResponseAsync(user)).Text;
        """);

    [Fact]
    public Task Awaited_nullable_guard_compared_to_true_is_quiet() => Check("""
                if (await preferences.ConsentAsync(user) is not true || preferences.OptedOut(user) is not false) return "";
                return (await chat.GetResponseAsync(user)).Text;
        """);

    [Fact]
    public Task Exiting_only_on_false_lets_a_null_consent_through() => Check("""
                if (preferences.Consent(user) == false) return "";
                if (preferences.OptedOut(user) == true) return "";
                return (await {|RAI1001:chat.GetResponseAsync(user)|}).Text;
        """);

    [Fact]
    public Task Pattern_is_false_lets_a_null_consent_through() => Check("""
                if (preferences.Consent(user) is false || preferences.OptedOut(user) is true) return "";
                return (await {|RAI1001:chat.GetResponseAsync(user)|}).Text;
        """);

    [Fact]
    public Task Coalescing_null_to_false_is_understood() => Check("""
                if (!(preferences.Consent(user) ?? false)) return "";
                if (preferences.OptedOut(user) ?? false) return "";
                var first = (await chat.GetResponseAsync(user)).Text;
                if (preferences.Consent(user).GetValueOrDefault() && preferences.OptedOut(user) != true)
                {
                    return first + (await chat.GetResponseAsync(user)).Text;
                }

                return first;
        """);

    [Fact]
    public Task Opt_out_exit_on_not_false_is_not_needed_but_exit_on_false_is_backwards() => Check("""
                if (preferences.Consent(user) != true) return "";
                if (preferences.OptedOut(user) == false) return "";
                return (await {|RAI1002:chat.GetResponseAsync(user)|}).Text;
        """);

    [Fact]
    public Task Equal_true_guards_the_then_branch() => Check("""
                if (preferences.Consent(user) == true && preferences.OptedOut(user) == false)
                {
                    return (await chat.GetResponseAsync(user)).Text;
                }

                return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user)|}|}).Text;
        """);
}
