using Microsoft.CodeAnalysis;
using ResponsibleAI.Analyzers;

namespace ResponsibleAI.CodeFixes;

/// <summary>The feature a code fix names: the AI call's own id and capability, or an id suggested from the member.</summary>
/// <param name="Id">A lower.dotted feature id.</param>
/// <param name="Capability">An AiCapability name.</param>
/// <param name="Declared">True when the id came from the diagnostic (the call's declared feature), not a suggestion.</param>
internal readonly record struct DiagnosticFeature(string Id, string Capability, bool Declared)
{
    public static DiagnosticFeature Of(Diagnostic diagnostic, ISymbol? member)
    {
        var declared = diagnostic.Properties.TryGetValue(DiagnosticProperties.FeatureId, out var id) && !string.IsNullOrEmpty(id);
        var capability = diagnostic.Properties.TryGetValue(DiagnosticProperties.Capability, out var c) && !string.IsNullOrEmpty(c) ? c! : "Other";
        return new DiagnosticFeature(declared ? id! : RequireAiFeatureFix.SuggestFeatureId(member), capability, declared);
    }
}
