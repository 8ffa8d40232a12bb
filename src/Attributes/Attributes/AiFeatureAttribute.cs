using System;

namespace ResponsibleAI;

/// <summary>
/// Marks a member (or every public method and property of a type) as an AI feature: using it invokes the AI feature
/// <see cref="Id"/>. Callers must check consent and opt-out first (rules RAI1001/RAI1002), and its output must be
/// disclosed (RAI1003). Inside the member itself no guard is needed: the duty moves to its callers.
/// </summary>
/// <example>
/// <code>
/// [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Provider = "Azure OpenAI")]
/// public Task&lt;string&gt; SummarizeAsync(string transcript) { ... }
/// </code>
/// </example>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct,
    Inherited = false,
    AllowMultiple = false)]
public sealed class AiFeatureAttribute : Attribute
{
    private bool? _generatesContent;

    /// <summary>Initializes a new instance of the <see cref="AiFeatureAttribute"/> class.</summary>
    /// <param name="id">
    /// The feature id, in <c>lower.dotted</c> form (<c>^[a-z][a-z0-9]*([.-][a-z0-9]+)*$</c>), e.g. <c>lecture.summary</c>.
    /// The analyzers report an id that does not match.
    /// </param>
    public AiFeatureAttribute(string id)
    {
        Id = id;
    }

    /// <summary>Gets the feature id, e.g. <c>lecture.summary</c>.</summary>
    public string Id { get; }

    /// <summary>Gets or sets what the feature does. Defaults to <see cref="AiCapability.Other"/>.</summary>
    public AiCapability Capability { get; set; } = AiCapability.Other;

    /// <summary>Gets or sets who runs the model, e.g. <c>"Azure OpenAI"</c>, <c>"Kaltura REACH"</c> or <c>"self-hosted"</c>.</summary>
    public string? Provider { get; set; }

    /// <summary>
    /// Gets or sets whether the feature generates content that must be disclosed to the end user.
    /// When never set, the value follows <see cref="Capability"/>: <see langword="false"/> for
    /// <see cref="AiCapability.Embedding"/>, <see cref="AiCapability.Moderation"/> and
    /// <see cref="AiCapability.Classification"/>, <see langword="true"/> for every other capability.
    /// </summary>
    public bool GeneratesContent
    {
        get => _generatesContent ?? AiCapabilityFacts.GeneratesContentByDefault(Capability);
        set => _generatesContent = value;
    }

    /// <summary>
    /// Gets or sets the disclosure notice shown to the end user with the feature's output. When <see langword="null"/>,
    /// the default notice for <see cref="Capability"/> is used (<see cref="AiDisclosureNotices.Default(AiCapability)"/>).
    /// </summary>
    public string? Disclosure { get; set; }

    /// <summary>
    /// Gets or sets the name of the implementation method (use <c>nameof</c>) when this attribute sits on a body-less
    /// <see langword="partial"/> method: the generator then writes the gateway body (consent check, opt-out lookup,
    /// audit, call of the implementation, disclosure).
    /// </summary>
    public string? Implementation { get; set; }

    /// <summary>
    /// Gets or sets whether the feature processes a person's data. Defaults to <see langword="true"/>. Set it to
    /// <see langword="false"/> for a feature that only ever sees data about no one (a product catalog, public documents,
    /// synthetic seed data): calls of it then need no consent check or opt-out lookup (RAI1001/RAI1002). Its output
    /// still needs a disclosure (RAI1003), and it is still listed in the AI inventory.
    /// </summary>
    public bool PersonalData { get; set; } = true;
}
