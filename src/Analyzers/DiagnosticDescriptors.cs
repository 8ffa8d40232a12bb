using Microsoft.CodeAnalysis;

namespace ResponsibleAI.Analyzers;

/// <summary>All descriptors, built by one helper so every rule gets the same help link shape and tags.</summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/responsibleai-dotnet/ResponsibleAI/blob/main/docs/rules/";
    private const string PolicyCategory = "ResponsibleAI.Policy";
    private const string ConfigurationCategory = "ResponsibleAI.Configuration";
    private const string GeneratorCategory = "ResponsibleAI.Generator";

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

    public static readonly DiagnosticDescriptor GatewayNotPartialMethod = Create(
        RuleIdentifiers.GatewayNotPartialMethod,
        "AiFeature Implementation is set on a member that is not a body-less partial method",
        "'{0}' sets Implementation = \"{1}\" but is not a body-less partial method declaration: {2}",
        GeneratorCategory,
        DiagnosticSeverity.Error,
        "The generator writes the body of a gateway: a partial method declared without a body, in a class, struct or record, " +
        "with [AiFeature(..., Implementation = nameof(Core))]. It cannot write a body for a method that has one, is not partial, " +
        "is abstract or extern, or is an interface member, nor for a property or type. Remove Implementation, or declare the method " +
        "'public partial ... Name(...);'.");

    public static readonly DiagnosticDescriptor GatewayTypeNotPartial = Create(
        RuleIdentifiers.GatewayTypeNotPartial,
        "Gateway's containing type is not partial",
        "Gateway '{0}' cannot be generated: {1} not partial",
        GeneratorCategory,
        DiagnosticSeverity.Error,
        "The generator adds the gateway's body in another part of its type, so the type and every type containing it must be partial.");

    public static readonly DiagnosticDescriptor GatewayImplementationMissing = Create(
        RuleIdentifiers.GatewayImplementationMissing,
        "Gateway implementation method not found",
        "Implementation '{0}' of gateway '{1}' names no method: {2}",
        GeneratorCategory,
        DiagnosticSeverity.Error,
        "The generated gateway calls the method that Implementation names, a method of the gateway's own type that does the AI work. " +
        "Use nameof(...) so that a rename keeps the two in step.");

    public static readonly DiagnosticDescriptor GatewayImplementationSignature = Create(
        RuleIdentifiers.GatewayImplementationSignature,
        "Gateway implementation method has the wrong signature",
        "Implementation '{0}' does not match gateway '{1}': expected {2} ({3})",
        GeneratorCategory,
        DiagnosticSeverity.Error,
        "The generated gateway passes its own arguments to the implementation method and discloses what it returns: the implementation " +
        "takes the same parameters (types and ref kinds, in order), is static when the gateway is static, has the gateway's type " +
        "parameter count, and returns T where the gateway returns AiGenerated<T> (Task<T> or ValueTask<T> for a Task or ValueTask " +
        "of AiGenerated<T>, IAsyncEnumerable<T> for IAsyncEnumerable<AiGenerated<T>>).");

    public static readonly DiagnosticDescriptor GatewaySubjectMissing = Create(
        RuleIdentifiers.GatewaySubjectMissing,
        "Gateway needs exactly one AiSubject parameter",
        "Gateway '{0}' needs exactly one AiSubject parameter, whose consent and opt-out it checks: {1}",
        GeneratorCategory,
        DiagnosticSeverity.Error,
        "Policy, Customer Responsibilities, Informed Consent and Transparency and Control: the generated gateway checks the consent and " +
        "the opt-out of the subject whose data the feature processes. It takes that subject from its one ResponsibleAI.AiSubject parameter.");

    public static readonly DiagnosticDescriptor GatewayGovernanceMissing = Create(
        RuleIdentifiers.GatewayGovernanceMissing,
        "Gateway has no single reachable IAiGovernance",
        "Gateway '{0}' needs exactly one IAiGovernance in '{1}': {2}",
        GeneratorCategory,
        DiagnosticSeverity.Error,
        "The generated gateway checks consent and opt-out and writes the audit through the IAiGovernance of its type: a field, a " +
        "property or a primary-constructor parameter (for a static gateway, a static field or property). Exactly one must be reachable.");

    public static readonly DiagnosticDescriptor GatewayReturnsRawContent = Create(
        RuleIdentifiers.GatewayReturnsRawContent,
        "Gateway returns raw content instead of AiGenerated",
        "Gateway '{0}' of content-generating feature '{1}' returns '{2}'; return '{3}' so that the output carries its disclosure",
        GeneratorCategory,
        DiagnosticSeverity.Error,
        "Policy, Transparency and Control, AI-Generated Content Disclosure: content generated or substantially changed by AI is " +
        "disclosed to the end user. A gateway of a feature that generates content returns AiGenerated<T> (inside Task, ValueTask or " +
        "IAsyncEnumerable), and the generator wraps the implementation's output with the feature's notice.");

    public static readonly DiagnosticDescriptor FeatureIdConflict = new(
        RuleIdentifiers.FeatureIdConflict,
        "Feature id declared with conflicting metadata",
        "Feature '{0}' is also declared at {1} with different metadata: {2}",
        GeneratorCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Policy, Accountability, Documentation: the feature registry documents each AI feature once, with one capability, " +
                     "provider, content flag and disclosure notice. Declarations of the same id must agree on them.",
        helpLinkUri: HelpLinkBase + RuleIdentifiers.FeatureIdConflict + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor FeatureIdInvalid = Create(
        RuleIdentifiers.FeatureIdInvalid,
        "Invalid feature id",
        "Feature id '{0}' is not a lower.dotted id: it must match ^[a-z][a-z0-9]*([.-][a-z0-9]+)*$, e.g. 'lecture.summary'",
        GeneratorCategory,
        DiagnosticSeverity.Error,
        "Policy, Accountability, Documentation: feature ids name the features in the registry (lecture.summary becomes " +
        "AiFeatures.LectureSummary), in consent and opt-out records, and in audit events, so they must be stable lower.dotted ids.");

    public static readonly DiagnosticDescriptor GatewayByRefParameter = Create(
        RuleIdentifiers.GatewayByRefParameter,
        "Asynchronous gateway has a ref, in or out parameter",
        "Gateway '{0}' returns '{1}', so its generated body is async, and an async method cannot take the {2} parameter '{3}'",
        GeneratorCategory,
        DiagnosticSeverity.Error,
        "The generator writes the body of a gateway that returns Task, ValueTask or IAsyncEnumerable as an async method (it awaits " +
        "the consent and opt-out checks), and C# does not allow ref, in or out parameters on async methods (CS1988).");

    public static readonly DiagnosticDescriptor GatewaySynchronous = Create(
        RuleIdentifiers.GatewaySynchronous,
        "Gateway is synchronous",
        "Gateway '{0}' returns '{1}': a gateway must return Task, ValueTask or IAsyncEnumerable, because the consent check, the opt-out lookup and the audit it makes are asynchronous",
        GeneratorCategory,
        DiagnosticSeverity.Error,
        "The generated body of a gateway awaits IAiGovernance (consent check, opt-out lookup); a synchronous gateway could only " +
        "block on them (sync over async: thread-pool starvation, deadlocks under a synchronization context). Make the gateway " +
        "and its implementation method asynchronous: Task<AiGenerated<T>> instead of AiGenerated<T>, Task instead of void.");

    public static readonly DiagnosticDescriptor AiUseNotInInventory = Create(
        RuleIdentifiers.AiUseNotInInventory,
        "AI use missing from the feature inventory",
        "AI call '{0}' ({1}) is in no [AiFeature]: the AiFeatures registry does not list this AI use",
        PolicyCategory,
        DiagnosticSeverity.Info,
        "Policy, Accountability, Documentation: maintain comprehensive documentation of AI model development and deployment " +
        "decisions. The AiFeatures registry is generated from [AiFeature] declarations and feature lines of ResponsibleAI.txt; " +
        "an SDK call outside them is AI use nobody listed. Declare the feature on the member that makes the call.");

    public static readonly DiagnosticDescriptor BiometricIdentification = Create(
        RuleIdentifiers.BiometricIdentification,
        "Biometric identification, voiceprint or emotion recognition",
        "'{0}' {1}: biometric identification needs explicit consent, a legal basis and safeguards, and inferring emotions at work or in education is prohibited without explicit consent",
        PolicyCategory,
        DiagnosticSeverity.Warning,
        "Policy, Prohibited Uses, Privacy Violations and Unauthorized Surveillance: do not identify, analyze, track, or profile " +
        "individuals based on biometric data (such as facial recognition, voiceprints, or gait analysis) without proper consent, " +
        "legal basis, and appropriate safeguards; do not use AI to detect, infer, or assess individuals' emotions in workplace or " +
        "educational settings without explicit consent. Record the legal basis with a justified suppression where one exists.");

    public static readonly DiagnosticDescriptor ProfilingPrompt = Create(
        RuleIdentifiers.ProfilingPrompt,
        "Prompt asks the model to infer a protected characteristic or a person's emotions",
        "This prompt asks the model to infer a person's {0}: profiling by protected characteristics, and inferring emotions at work or in education, needs explicit consent and a legal basis",
        PolicyCategory,
        DiagnosticSeverity.Warning,
        "Policy, Prohibited Uses, Privacy Violations and Unauthorized Surveillance: no explicitly predicting or categorizing individuals " +
        "based on protected characteristics (racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union " +
        "membership, age, gender, sexual orientation, disability, health) and no inferring individuals' emotions in workplace or educational settings " +
        "without explicit consent. Remove the inference from the prompt, or record the legal basis with a justified suppression.");

    public static readonly DiagnosticDescriptor SafetyFilterWeakened = Create(
        RuleIdentifiers.SafetyFilterWeakened,
        "AI safety filter disabled or weakened",
        "'{0}' {1}: keep the provider's default or a stricter value",
        PolicyCategory,
        DiagnosticSeverity.Error,
        "Policy, Prohibited Uses, Security Violations: never attempt to bypass, disable, or manipulate AI safety filters, content " +
        "moderation systems, or security mechanisms. The providers' filters are what stops illegal, harmful and sexual content, " +
        "and content that exploits minors; a watermark is how generated images stay recognisable as AI-made.");

    public static readonly DiagnosticDescriptor CustomerDataToTraining = Create(
        RuleIdentifiers.CustomerDataToTraining,
        "Customer data sent to model training or kept by the provider",
        "'{0}' {1}: customer data must not train models or stay with the provider for reuse",
        PolicyCategory,
        DiagnosticSeverity.Warning,
        "Policy, Customer Data Protection: customer data is not used to train AI models, nor shared with third parties for " +
        "the purpose of training theirs. Fine-tuning on customer data, uploads for fine-tuning, and stored completions " +
        "(kept by the provider for distillation and evaluations) do exactly that. Train on data you own or have consent for, " +
        "and say so with a justified suppression.");

    public static readonly DiagnosticDescriptor HardCodedCredential = Create(
        RuleIdentifiers.HardCodedCredential,
        "Hard-coded AI service key",
        "This {0} key is written in the source code and reaches '{1}': read it from configuration, the environment or a secret store",
        PolicyCategory,
        DiagnosticSeverity.Error,
        "Policy, Customer Responsibilities, Permission and Authorizations: keep adequate security policies to manage access to the AI Systems; " +
        "and Security and Reliability: protect AI Systems and customer data following industry best practices. " +
        "A key in source code is in every clone, build log and package of the code, and lets anyone who has it use the AI service " +
        "as you (and read what it stores). Read the key from configuration, the environment or a secret store, and rotate the key that was committed.");

    public static readonly DiagnosticDescriptor UntrustedSystemPrompt = Create(
        RuleIdentifiers.UntrustedSystemPrompt,
        "Untrusted request input in a system prompt",
        "Text from the HTTP request reaches the system prompt ({0}): whoever sends the request can rewrite the model's instructions; put it in a user message, or map it to a server-side prompt",
        PolicyCategory,
        DiagnosticSeverity.Warning,
        "Policy, Prohibited Uses, Security Violations: no attempt to bypass, disable, or manipulate AI safety filters or security " +
        "mechanisms; Kaltura Principles, Security and Reliability: protect AI Systems following industry best practices. The system " +
        "prompt is where an application sets the model's rules; request text there is prompt injection by design (OWASP LLM01).");

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase + id + ".md");
}
