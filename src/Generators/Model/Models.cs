using ResponsibleAI.Analyzers.Gateways;

namespace ResponsibleAI.Generators.Model;

/// <summary>One [AiFeature] declaration, as plain values (no symbols, syntax or locations: cache-friendly).</summary>
/// <param name="Id">The feature id (may be invalid; the registry skips invalid ids, RAI3009 reports them).</param>
/// <param name="Capability">The AiCapability name.</param>
/// <param name="GeneratesContent">Explicit value, or the capability default.</param>
/// <param name="PersonalData">False when the feature declares that it processes no person's data.</param>
/// <param name="DeclaredBy">Display string of the declaring member or type.</param>
internal sealed record FeatureModel(string Id, string Capability, string? Provider, bool GeneratesContent, string? Disclosure, bool PersonalData, string DeclaredBy, GatewayModel? Gateway);

/// <summary>A type that contains the gateway (outermost first): its keyword, name and type parameter list.</summary>
internal sealed record ContainingTypeModel(string Keyword, string Name, string TypeParameters);

/// <summary>One parameter of the gateway, as it must be repeated in the implementing part.</summary>
internal sealed record ParameterModel(string Modifiers, string Type, string Name, bool IsCancellationToken, bool HasEnumeratorCancellation);

/// <summary>A valid gateway: everything the emitter needs to write its body.</summary>
/// <param name="Namespace">Containing namespace, or empty for the global namespace.</param>
/// <param name="Modifiers">The declaration's modifiers without 'partial' (accessibility, static, ...).</param>
/// <param name="ReturnType">Fully qualified return type as declared.</param>
/// <param name="ValueType">The T inside AiGenerated&lt;T&gt; (or the raw value type); empty for Void/Task/ValueTask.</param>
/// <param name="Disclose">Wrap the implementation's output in AiGenerated&lt;T&gt;.</param>
/// <param name="Governance">Expression that reaches the IAiGovernance.</param>
/// <param name="CancellationToken">Expression for the token passed to the governance, "default" when none.</param>
/// <param name="Stub">For a gateway the generator cannot implement: the rule that says why; its body only throws.</param>
internal sealed record GatewayModel(
    string Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string Modifiers,
    string ReturnType,
    string Name,
    string TypeParameters,
    EquatableArray<ParameterModel> Parameters,
    GatewayReturnShape Shape,
    string ValueType,
    bool Disclose,
    string Subject,
    string Governance,
    string CancellationToken,
    string Implementation,
    string HintName,
    string? Stub = null);
