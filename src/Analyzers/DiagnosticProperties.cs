namespace ResponsibleAI.Analyzers;

/// <summary>Properties the AI-call rules attach to their diagnostics, for the code fixes.</summary>
internal static class DiagnosticProperties
{
    /// <summary>The feature id of the AI call, when it has one.</summary>
    public const string FeatureId = "FeatureId";

    /// <summary>The AiCapability name of the AI call.</summary>
    public const string Capability = "Capability";

    /// <summary>RAI1001/RAI1002: the guards missing at the call, <see cref="BothGuardsMissing"/> when the call lacks both.</summary>
    public const string MissingGuards = "MissingGuards";

    /// <summary>The value of <see cref="MissingGuards"/> when neither a consent check nor an opt-out lookup guards the call.</summary>
    public const string BothGuardsMissing = "Consent,OptOut";
}
