using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.ConsentAndOptOutAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>[AiFeature] on members, types, interfaces and overrides; the duty moving to callers; configuration lines.</summary>
public class AiFeatureRecognitionTests
{
    [Fact]
    public Task Call_to_an_AiFeature_method_is_reported_with_its_id() => Verify.VerifyAsync(
        """
        public sealed class Summaries(IChatClient chat)
        {
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
            public async Task<string> SummarizeAsync(string text) => (await chat.GetResponseAsync(text)).Text;   // no guard needed here
        }

        public sealed class Page(Summaries summaries)
        {
            public Task<string> Render(string text) => {|#0:summaries.SummarizeAsync(text)|};
        }
        """,
        null,
        new DiagnosticResult("RAI1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("AI call 'Summaries.SummarizeAsync' (feature 'lecture.summary') is not guarded by a consent check on every path"),
        new DiagnosticResult("RAI1002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("AI call 'Summaries.SummarizeAsync' (feature 'lecture.summary') is not guarded by an opt-out lookup on every path"));

    [Fact]
    public Task AiFeature_type_covers_its_public_members_not_private_helpers_nor_object_members() => Verify.VerifyAsync("""
        [AiFeature("lecture.captions", Capability = AiCapability.Captioning)]
        public sealed class Captioner(IChatClient chat)
        {
            public Task<ChatResponse> CaptionAsync(string audio) => Helper(audio);
            public string Model { get; } = "whisper";
            private Task<ChatResponse> Helper(string audio) => chat.GetResponseAsync(audio);   // inside the feature type: quiet
            public override string ToString() => "captioner";
        }

        public sealed class Page(Captioner captioner)
        {
            public async Task Run()
            {
                await {|RAI1001:{|RAI1002:captioner.CaptionAsync("a")|}|};
                _ = {|RAI1001:{|RAI1002:captioner.Model|}|};
                _ = captioner.ToString();
            }
        }
        """);

    [Fact]
    public Task AiFeature_on_an_interface_member_reaches_implementations_and_carries_the_duty() => Verify.VerifyAsync("""
        public interface ISummarizer
        {
            [AiFeature("lecture.summary")]
            Task<string> SummarizeAsync(string text);
        }

        public sealed class ChatSummarizer(IChatClient chat) : ISummarizer
        {
            // Implements a feature member: the duty is its callers'.
            public async Task<string> SummarizeAsync(string text) => (await chat.GetResponseAsync(text)).Text;
        }

        public sealed class Page(ChatSummarizer concrete, ISummarizer abstraction)
        {
            public async Task Run()
            {
                await {|RAI1001:{|RAI1002:concrete.SummarizeAsync("a")|}|};
                await {|RAI1001:{|RAI1002:abstraction.SummarizeAsync("a")|}|};
            }
        }
        """);

    [Fact]
    public Task AiFeature_on_a_base_member_reaches_overrides() => Verify.VerifyAsync("""
        public abstract class Translator
        {
            [AiFeature("lecture.translation", Capability = AiCapability.Translation)]
            public abstract Task<string> TranslateAsync(string text);
        }

        public sealed class ChatTranslator(IChatClient chat) : Translator
        {
            public override async Task<string> TranslateAsync(string text) => (await chat.GetResponseAsync(text)).Text;
        }

        public sealed class Page(ChatTranslator translator)
        {
            public Task<string> Run() => {|RAI1001:{|RAI1002:translator.TranslateAsync("a")|}|};
        }
        """);

    [Fact]
    public Task Guarded_call_to_a_feature_is_quiet() => Verify.VerifyAsync("""
        public sealed class Summaries
        {
            [AiFeature("lecture.summary")] public string Summarize(string text) => text;
        }

        public sealed class Page(Summaries summaries, IAiGovernance governance)
        {
            public async Task<string> Render(AiSubject student, string text)
            {
                var feature = new AiFeatureDescriptor("lecture.summary");
                await governance.EnsureConsentAsync(student, feature);
                await governance.EnsureNotOptedOutAsync(student, feature);
                return summaries.Summarize(text);
            }
        }
        """);

    [Fact]
    public Task Configuration_declares_third_party_features_and_guards() => Verify.VerifyAsync(
        """
        namespace Contoso.Reach
        {
            public sealed class CaptionVendor { public Task<string> OrderCaptionsAsync(string entryId) => Task.FromResult(""); }
        }

        namespace Contoso.Privacy
        {
            public sealed class ConsentClient { public Task<bool> HasConsentAsync(string user, string feature) => Task.FromResult(true); }
            public sealed class PreferenceClient { public bool IsOptedOut(string user, string feature) => false; }
        }

        public sealed class Page(Contoso.Reach.CaptionVendor vendor, Contoso.Privacy.ConsentClient consent, Contoso.Privacy.PreferenceClient preferences)
        {
            public async Task<string> Guarded(string user)
            {
                if (!await consent.HasConsentAsync(user, "reach.captions")) return "";
                if (preferences.IsOptedOut(user, "reach.captions")) return "";
                return await vendor.OrderCaptionsAsync("0_abc");
            }

            public Task<string> Unguarded() => {|#0:vendor.OrderCaptionsAsync("0_abc")|};
        }
        """,
        """
        # third-party members that attributes cannot reach
        feature M:Contoso.Reach.CaptionVendor.OrderCaptionsAsync(System.String) ; id=reach.captions ; capability=Captioning ; provider=Kaltura REACH
        consent-guard M:Contoso.Privacy.ConsentClient.HasConsentAsync(System.String,System.String)
        optout-guard  M:Contoso.Privacy.PreferenceClient.IsOptedOut(System.String,System.String)   # trailing comment
        feature M:Some.Library.NotReferencedHere.Run   # names nothing in this compilation: ignored
        """,
        new DiagnosticResult("RAI1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("CaptionVendor.OrderCaptionsAsync", "feature 'reach.captions'"),
        new DiagnosticResult("RAI1002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("CaptionVendor.OrderCaptionsAsync", "feature 'reach.captions'"));

    [Fact]
    public Task Configuration_feature_type_line_covers_the_type() => Verify.VerifyAsync(
        """
        namespace Vendor { public sealed class Dubbing { public string Dub(string text) => text; } }

        public sealed class Page(Vendor.Dubbing dubbing)
        {
            public string Run() => {|RAI1001:{|RAI1002:dubbing.Dub("a")|}|};
        }
        """,
        "feature T:Vendor.Dubbing ; id=vendor.dubbing ; capability=Dubbing");
}

/// <summary>A 'feature' line naming a catalog member wins over the catalog row (the contract's own Kaltura example).</summary>
public class ConfigurationOverCatalogTests
{
    [Fact]
    public Task Feature_line_names_a_catalog_call() => Verify.VerifyAsync(
        """
        public sealed class Reach
        {
            // Stand-in Kaltura client (tests/StandInSdks): the registry here does not serve the Kaltura package.
            public Task Order(Kaltura.Types.EntryVendorTask task) => {|#0:Kaltura.Services.EntryVendorTaskService.Add(task)|}.ExecuteAsync(null);
        }
        """,
        "feature M:Kaltura.Services.EntryVendorTaskService.Add(Kaltura.Types.EntryVendorTask) ; id=reach.task ; capability=Captioning ; provider=Kaltura REACH",
        new DiagnosticResult("RAI1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("EntryVendorTaskService.Add", "feature 'reach.task'"),
        new DiagnosticResult("RAI1002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("EntryVendorTaskService.Add", "feature 'reach.task'"));
}
