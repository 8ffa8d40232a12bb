namespace ResponsibleAI.Analyzers;

/// <summary>Every rule ID the analyzers report. Users type these into .editorconfig: they never change.</summary>
internal static class RuleIdentifiers
{
    public const string ConsentNotChecked = "RAI1001";
    public const string OptOutNotChecked = "RAI1002";
    public const string OutputNotDisclosed = "RAI1003";
    public const string OutputNotReviewed = "RAI1004";
    public const string AiUseNotInInventory = "RAI1005";
    public const string BiometricIdentification = "RAI2001";
    public const string ProfilingPrompt = "RAI2002";
    public const string SafetyFilterWeakened = "RAI2003";
    public const string CustomerDataToTraining = "RAI2004";
    public const string HardCodedCredential = "RAI2005";
    public const string UntrustedSystemPrompt = "RAI2006";
    public const string GatewayNotPartialMethod = "RAI3001";
    public const string GatewayTypeNotPartial = "RAI3002";
    public const string GatewayImplementationMissing = "RAI3003";
    public const string GatewayImplementationSignature = "RAI3004";
    public const string GatewaySubjectMissing = "RAI3005";
    public const string GatewayGovernanceMissing = "RAI3006";
    public const string GatewayReturnsRawContent = "RAI3007";
    public const string FeatureIdConflict = "RAI3008";
    public const string FeatureIdInvalid = "RAI3009";
    public const string GatewayByRefParameter = "RAI3010";
    public const string GatewaySynchronous = "RAI3011";
    public const string MalformedConfigurationLine = "RAI9001";
}
