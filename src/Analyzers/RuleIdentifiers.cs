namespace ResponsibleAI.Analyzers;

/// <summary>Every rule ID the analyzers report. Users type these into .editorconfig: they are a contract.</summary>
internal static class RuleIdentifiers
{
    public const string ConsentNotChecked = "RAI1001";
    public const string OptOutNotChecked = "RAI1002";
    public const string OutputNotDisclosed = "RAI1003";
    public const string OutputNotReviewed = "RAI1004";
    public const string MalformedConfigurationLine = "RAI9001";
}
