using ResponsibleAI.Analyzers.Catalog;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>Where a member's AI-ness was learned.</summary>
internal enum AiCallOrigin
{
    Catalog,
    Attribute,
    Configuration,
}

/// <summary>What the analyzers know about one AI call target.</summary>
/// <param name="DisplayName">Short member name for messages, e.g. <c>IChatClient.GetResponseAsync</c>.</param>
/// <param name="FeatureId">The declared feature id, or null for a raw SDK call.</param>
/// <param name="Provider">The SDK or the declared provider.</param>
/// <param name="PersonalData">False for a feature declared to process no person's data (no consent or opt-out duty).</param>
/// <param name="Condition">For a catalog member that reaches a model only in some uses: the test the call site must pass.</param>
internal sealed record AiCallInfo(
    string DisplayName,
    string? FeatureId,
    AiCapability Capability,
    bool GeneratesContent,
    string? Provider,
    AiCallOrigin Origin,
    bool PersonalData = true,
    CallCondition Condition = CallCondition.Always)
{
    /// <summary>A run of an agent (Microsoft Agent Framework, Semantic Kernel agents, group chats, orchestrations).</summary>
    public bool IsAgentRun => Origin == AiCallOrigin.Catalog && DisplayName.Substring(0, System.Math.Max(0, DisplayName.IndexOf('.'))).Contains("Agent");

    /// <summary>The parenthesised description in diagnostic messages.</summary>
    public string Describe() => FeatureId is not null
        ? $"feature '{FeatureId}'"
        : $"{Provider ?? "AI SDK"} {Capability}";
}

/// <summary>What a guard member establishes.</summary>
[System.Flags]
internal enum Facts : byte
{
    None = 0,
    Consent = 1,
    NotOptedOut = 2,
    All = Consent | NotOptedOut,
}

/// <summary>A consent or opt-out guard: which fact it decides and whether it answers with a bool or throws.</summary>
/// <param name="Fact">Consent or NotOptedOut (a member could in theory be both).</param>
/// <param name="ReturnsBoolean">True: returns bool / Task&lt;bool&gt; / ValueTask&lt;bool&gt;. False: throws unless the fact holds.</param>
internal readonly record struct GuardInfo(Facts Fact, bool ReturnsBoolean);
