namespace ResponsibleAI.Analyzers;

/// <summary>Properties the AI-call rules attach to their diagnostics, for the code fixes.</summary>
internal static class DiagnosticProperties
{
    /// <summary>The feature id of the AI call, when it has one.</summary>
    public const string FeatureId = "FeatureId";

    /// <summary>The AiCapability name of the AI call.</summary>
    public const string Capability = "Capability";
}
