using System.Collections.Immutable;

namespace ResponsibleAI.Analyzers.Catalog;

/// <summary>
/// Members of the AI SDKs' response types that describe a response rather than carry its content (ids, model, times,
/// token usage, finish and stop reasons, roles and author names). Reading one of them from AI output gives a value that
/// is still unreviewed output but is not content to disclose (RAI1003). Matched by name on types of the SDKs' namespaces.
/// </summary>
internal static class ResponseMetadataCatalog
{
    public static readonly ImmutableHashSet<string> MemberNames = ImmutableHashSet.Create(
        "Id", "ResponseId", "MessageId", "ConversationId", "AgentId", "ThreadId", "RunId", "AssistantId", "SessionId",
        "ModelId", "Model", "SystemFingerprint", "ServiceTier",
        "CreatedAt", "Created", "CreatedAtUtc", "CompletedAt",
        "FinishReason", "StopReason", "StopSequence", "DoneReason", "Status",
        "Usage", "InputTokenCount", "OutputTokenCount", "TotalTokenCount",
        "Role", "AuthorName", "ContinuationToken");
}
