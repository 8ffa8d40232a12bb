namespace ResponsibleAI.Analyzers;

/// <summary>Properties the rules attach to their diagnostics for the code fixes: every name is defined here, once.</summary>
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

    /// <summary>RAI1003/RAI1004: the sink kind (Return, YieldReturn, Store, Output, ReviewRequired).</summary>
    public const string Sink = "Sink";

    /// <summary>RAI2003/RAI2004: the value the code fix writes instead.</summary>
    public const string SafeValue = "SafeValue";

    /// <summary>RAI2005: the environment variable the code fix reads instead (e.g. OPENAI_API_KEY).</summary>
    public const string Variable = "Variable";

    /// <summary>RAI3005: the gateway's implementation method.</summary>
    public const string Implementation = "Implementation";

    /// <summary>RAI3005: the number of AiSubject parameters the gateway has.</summary>
    public const string SubjectCount = "SubjectCount";
}
