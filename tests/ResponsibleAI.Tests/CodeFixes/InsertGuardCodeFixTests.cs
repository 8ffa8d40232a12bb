using System.Threading.Tasks;
using ResponsibleAI.CodeFixes;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.CodeFixVerifier<ResponsibleAI.Analyzers.Rules.ConsentAndOptOutAnalyzer, ResponsibleAI.CodeFixes.ConsentAndOptOutCodeFixProvider>;

namespace ResponsibleAI.Tests.CodeFixes;

/// <summary>"Insert consent check" / "Insert opt-out lookup": the inserted code compiles and clears the diagnostic; Fix All inserts once per block.</summary>
public class InsertGuardCodeFixTests
{
    private const string Governance = """
        public sealed class LectureService(IChatClient chat, IAiGovernance governance)
        {
            private static readonly AiFeatureDescriptor Summary = new("lecture.summary", AiCapability.Summarization);

        """;

    [Fact]
    public Task Inserts_awaited_governance_guards_before_the_statement() => Verify.VerifyAsync(
        Governance + """
            public async Task<string> SummarizeAsync(AiSubject student, string transcript, CancellationToken ct)
            {
                Console.WriteLine("summarizing");
                var response = await {|RAI1001:{|RAI1002:chat.GetResponseAsync(transcript, cancellationToken: ct)|}|};
                var again = await {|RAI1001:{|RAI1002:chat.GetResponseAsync(response.Text, cancellationToken: ct)|}|};
                return again.Text;
            }
        }
        """,
        Governance + """
            public async Task<string> SummarizeAsync(AiSubject student, string transcript, CancellationToken ct)
            {
                Console.WriteLine("summarizing");
                await governance.EnsureConsentAsync(student, Summary, ct);
                await governance.EnsureNotOptedOutAsync(student, Summary, ct);
                var response = await chat.GetResponseAsync(transcript, cancellationToken: ct);
                var again = await chat.GetResponseAsync(response.Text, cancellationToken: ct);
                return again.Text;
            }
        }
        """,
        iterations: 1); // "Insert consent check and opt-out lookup" fixes both diagnostics of a call at once

    [Fact]
    public Task Boolean_guard_becomes_an_early_throw_in_a_synchronous_method() => Verify.VerifyAsync(
        """
        public sealed class Privacy
        {
            [AiConsentGuard] public bool HasConsent(string user) => true;
            [AiOptOutGuard] public bool IsOptedOut(string user) => false;
        }

        public sealed class Service(IChatClient chat, Privacy privacy)
        {
            public Task<ChatResponse> Run(string user)
            {
                if (user.Length > 0)
                    return {|RAI1001:{|RAI1002:chat.GetResponseAsync(user)|}|};
                return Task.FromResult(new ChatResponse());
            }
        }
        """,
        """
        public sealed class Privacy
        {
            [AiConsentGuard] public bool HasConsent(string user) => true;
            [AiOptOutGuard] public bool IsOptedOut(string user) => false;
        }

        public sealed class Service(IChatClient chat, Privacy privacy)
        {
            public Task<ChatResponse> Run(string user)
            {
                if (user.Length > 0)
                {
                    if (!privacy.HasConsent(user)) throw new AiConsentRequiredException("Consent is required before this AI feature may process the subject's data.");
                    if (privacy.IsOptedOut(user)) throw new AiOptedOutException("The subject has opted out of this AI feature.");
                    return chat.GetResponseAsync(user);
                }
                return Task.FromResult(new ChatResponse());
            }
        }
        """,
        iterations: 1); // "Insert consent check and opt-out lookup" fixes both diagnostics of a call at once

    [Fact]
    public Task Static_guard_and_subject_built_from_a_user_id() => Verify.VerifyAsync(
        """
        public static class Consent
        {
            [AiConsentGuard] public static Task RequireAsync(AiSubject subject, CancellationToken ct = default) => Task.CompletedTask;
        }

        public sealed class Service(IChatClient chat)
        {
            public async Task<string> Run(string userId)
            {
                Consent.RequireAsync(new AiSubject(userId)).Wait();
                return (await {|RAI1002:chat.GetResponseAsync(userId)|}).Text;
            }
        }

        public static class OptOut
        {
            [AiOptOutGuard] public static Task RequireNotOptedOutAsync(AiSubject subject) => Task.CompletedTask;
        }
        """,
        """
        public static class Consent
        {
            [AiConsentGuard] public static Task RequireAsync(AiSubject subject, CancellationToken ct = default) => Task.CompletedTask;
        }

        public sealed class Service(IChatClient chat)
        {
            public async Task<string> Run(string userId)
            {
                Consent.RequireAsync(new AiSubject(userId)).Wait();
                await OptOut.RequireNotOptedOutAsync(new AiSubject(userId));
                return (await chat.GetResponseAsync(userId)).Text;
            }
        }

        public static class OptOut
        {
            [AiOptOutGuard] public static Task RequireNotOptedOutAsync(AiSubject subject) => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task Without_a_reachable_guard_the_first_action_requires_consent_from_callers() => Verify.VerifyAsync(
        """
        public sealed class Service(IChatClient chat)
        {
            public async Task<string> Run(string q) => (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(q)|}|}).Text;
        }
        """,
        """
        public sealed class Service(IChatClient chat)
        {
            [AiFeature("service.run", Capability = AiCapability.Chat)]
            public async Task<string> Run(string q) => (await chat.GetResponseAsync(q)).Text;
        }
        """,
        codeActionIndex: 0);

    [Fact]
    public async Task No_fix_in_a_lambda_without_a_reachable_guard()
    {
        // An endpoint handler or a callback: no caller can take the duty, and no guard is in reach.
        const string source = """
            public sealed class Endpoints(IChatClient chat)
            {
                public void Map(List<Func<string, Task<ChatResponse>>> routes) => routes.Add(q => {|RAI1001:{|RAI1002:chat.GetResponseAsync(q)|}|});
            }
            """;
        await Verify.VerifyAsync(source, source);
    }

    [Fact]
    public Task Separate_actions_remain_for_one_guard_at_a_time() => Verify.VerifyAsync(
        Governance + """
            public async Task<string> SummarizeAsync(AiSubject student, string transcript, CancellationToken ct)
            {
                var response = await {|RAI1001:{|RAI1002:chat.GetResponseAsync(transcript, cancellationToken: ct)|}|};
                return response.Text;
            }
        }
        """,
        Governance + """
            public async Task<string> SummarizeAsync(AiSubject student, string transcript, CancellationToken ct)
            {
                await governance.EnsureConsentAsync(student, Summary, ct);
                var response = await {|RAI1002:chat.GetResponseAsync(transcript, cancellationToken: ct)|};
                return response.Text;
            }
        }
        """,
        equivalenceKey: "ResponsibleAI.InsertGuard:RAI1001:governance.EnsureConsentAsync",
        iterations: 1,
        remainingInFixedCode: true);

    [Fact]
    public Task One_action_inserts_a_guard_that_checks_both_and_fix_all_covers_the_file() => Verify.VerifyAsync(
        """
        public sealed class Gate
        {
            [AiConsentGuard, AiOptOutGuard] public Task EnsureAllowedAsync(AiSubject subject, CancellationToken ct) => Task.CompletedTask;
        }

        public sealed class Notes(IChatClient chat, Gate gate)
        {
            public async Task<string> SummarizeAsync(AiSubject patient, string notes, CancellationToken ct)
            {
                var summary = await {|RAI1001:{|RAI1002:chat.GetResponseAsync(notes, cancellationToken: ct)|}|};
                return summary.Text;
            }

            public async Task<string> TranslateAsync(AiSubject patient, string notes, CancellationToken ct)
            {
                var translation = await {|RAI1001:{|RAI1002:chat.GetResponseAsync("Translate: " + notes, cancellationToken: ct)|}|};
                return translation.Text;
            }
        }
        """,
        """
        public sealed class Gate
        {
            [AiConsentGuard, AiOptOutGuard] public Task EnsureAllowedAsync(AiSubject subject, CancellationToken ct) => Task.CompletedTask;
        }

        public sealed class Notes(IChatClient chat, Gate gate)
        {
            public async Task<string> SummarizeAsync(AiSubject patient, string notes, CancellationToken ct)
            {
                await gate.EnsureAllowedAsync(patient, ct);
                var summary = await chat.GetResponseAsync(notes, cancellationToken: ct);
                return summary.Text;
            }

            public async Task<string> TranslateAsync(AiSubject patient, string notes, CancellationToken ct)
            {
                await gate.EnsureAllowedAsync(patient, ct);
                var translation = await chat.GetResponseAsync("Translate: " + notes, cancellationToken: ct);
                return translation.Text;
            }
        }
        """,
        equivalenceKey: ConsentAndOptOutCodeFixProvider.PreferredKey,
        iterations: 2,
        fixAllIterations: 1);
    [Fact]
    public Task The_guard_names_the_feature_the_method_discloses_under_through_the_registry() => Verify.VerifyAsync(
        """
        // Stands for the registry the generator writes (AiFeatures, one property per [AiFeature] id).
        internal static partial class AiFeatures
        {
            public static AiFeatureDescriptor ContentTranslation { get; } = new("content.translation", AiCapability.Translation);
        }

        public sealed class Translator(IChatClient chat, IAiGovernance governance)
        {
            public async Task<AiGenerated<string>> TranslateAsync(AiSubject user, string text, CancellationToken ct)
            {
                var response = await {|RAI1001:{|RAI1002:chat.GetResponseAsync("Translate: " + text, cancellationToken: ct)|}|};
                return AiGenerated.Create(response.Text, "content.translation");
            }
        }
        """,
        """
        // Stands for the registry the generator writes (AiFeatures, one property per [AiFeature] id).
        internal static partial class AiFeatures
        {
            public static AiFeatureDescriptor ContentTranslation { get; } = new("content.translation", AiCapability.Translation);
        }

        public sealed class Translator(IChatClient chat, IAiGovernance governance)
        {
            public async Task<AiGenerated<string>> TranslateAsync(AiSubject user, string text, CancellationToken ct)
            {
                await governance.EnsureConsentAsync(user, AiFeatures.ContentTranslation, ct);
                await governance.EnsureNotOptedOutAsync(user, AiFeatures.ContentTranslation, ct);
                var response = await chat.GetResponseAsync("Translate: " + text, cancellationToken: ct);
                return AiGenerated.Create(response.Text, "content.translation");
            }
        }
        """,
        equivalenceKey: ConsentAndOptOutCodeFixProvider.PreferredKey,
        iterations: 1);

    [Fact]
    public Task Without_a_descriptor_the_type_gets_one_field_that_every_fix_in_it_uses() => Verify.VerifyAsync(
        """
        public sealed class Translator(IChatClient chat, IAiGovernance governance)
        {
            public async Task<string> TranslateAsync(AiSubject user, string text, CancellationToken ct)
            {
                var response = await {|RAI1001:{|RAI1002:chat.GetResponseAsync("Translate: " + text, cancellationToken: ct)|}|};
                return response.Text.Trim();
            }

            public async Task<string> DetectAsync(AiSubject user, string text, CancellationToken ct)
            {
                var response = await {|RAI1001:{|RAI1002:chat.GetResponseAsync("Language of: " + text, cancellationToken: ct)|}|};
                return response.Text.Trim();
            }
        }
        """,
        """
        public sealed class Translator(IChatClient chat, IAiGovernance governance)
        {
            private static readonly AiFeatureDescriptor TranslatorTranslate = new("translator.translate", AiCapability.Chat);

            public async Task<string> TranslateAsync(AiSubject user, string text, CancellationToken ct)
            {
                await governance.EnsureConsentAsync(user, TranslatorTranslate, ct);
                await governance.EnsureNotOptedOutAsync(user, TranslatorTranslate, ct);
                var response = await chat.GetResponseAsync("Translate: " + text, cancellationToken: ct);
                return response.Text.Trim();
            }

            public async Task<string> DetectAsync(AiSubject user, string text, CancellationToken ct)
            {
                await governance.EnsureConsentAsync(user, TranslatorTranslate, ct);
                await governance.EnsureNotOptedOutAsync(user, TranslatorTranslate, ct);
                var response = await chat.GetResponseAsync("Language of: " + text, cancellationToken: ct);
                return response.Text.Trim();
            }
        }
        """,
        equivalenceKey: ConsentAndOptOutCodeFixProvider.PreferredKey,
        iterations: 2,
        fixAllIterations: 1);
}
