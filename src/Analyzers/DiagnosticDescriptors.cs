using Microsoft.CodeAnalysis;

namespace ResponsibleAI.Analyzers;

/// <summary>All descriptors, built by one helper so every rule gets the same help link shape and tags.</summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/responsibleai-dotnet/ResponsibleAI/blob/main/docs/rules/";
    private const string PolicyCategory = "ResponsibleAI.Policy";
    private const string ConfigurationCategory = "ResponsibleAI.Configuration";

    public static readonly DiagnosticDescriptor ConsentNotChecked = Create(
        RuleIdentifiers.ConsentNotChecked,
        "AI call is not guarded by a consent check",
        "AI call '{0}' ({1}) is not guarded by a consent check on every path",
        PolicyCategory,
        DiagnosticSeverity.Warning,
        "Policy, Customer Responsibilities, Informed Consent: obtain consent before AI systems process someone's data. " +
        "Check consent with an [AiConsentGuard] member before the call on every path, or mark the containing member [AiFeature] to move the duty to its callers.");

    public static readonly DiagnosticDescriptor OptOutNotChecked = Create(
        RuleIdentifiers.OptOutNotChecked,
        "AI call is not guarded by an opt-out lookup",
        "AI call '{0}' ({1}) is not guarded by an opt-out lookup on every path",
        PolicyCategory,
        DiagnosticSeverity.Warning,
        "Policy, Transparency and Control: customers can opt out of specific AI systems. " +
        "Look up the subject's opt-out with an [AiOptOutGuard] member before the call on every path (true means opted out), or mark the containing member [AiFeature].");

    public static readonly DiagnosticDescriptor OutputNotDisclosed = Create(
        RuleIdentifiers.OutputNotDisclosed,
        "AI-generated output leaves without a disclosure",
        "AI-generated output of '{0}' ({1}) leaves through {2} without a disclosure",
        PolicyCategory,
        DiagnosticSeverity.Warning,
        "Policy, Transparency and Control, AI-Generated Content Disclosure: when AI generates or significantly modifies content, " +
        "that is disclosed to the end user; captions and summaries say they were generated automatically and may require human review. " +
        "Wrap the output with AiGenerated.Create(value, feature) or pass it through an [AiDisclosure] member before it is returned, stored or shown.");

    public static readonly DiagnosticDescriptor OutputNotReviewed = Create(
        RuleIdentifiers.OutputNotReviewed,
        "AI output reaches a critical decision without human review",
        "AI output of '{0}' ({1}) reaches {2}, which requires human review, without passing a [HumanReview] step",
        PolicyCategory,
        DiagnosticSeverity.Warning,
        "Policy, Human Oversight, Critical Decisions: outputs used in critical decision-making (content moderation, accessibility " +
        "determinations, educational assessments) must be subject to meaningful human review. Route the value through a [HumanReview] member first.");

    public static readonly DiagnosticDescriptor MalformedConfigurationLine = Create(
        RuleIdentifiers.MalformedConfigurationLine,
        "Malformed line in ResponsibleAI.txt",
        "ResponsibleAI.txt line {0}: {1}",
        ConfigurationCategory,
        DiagnosticSeverity.Warning,
        "Each line of ResponsibleAI.txt is 'KIND DOCID' followed by optional '; key=value' pairs. A line that does not parse is ignored and reported.");

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase + id + ".md");
}
