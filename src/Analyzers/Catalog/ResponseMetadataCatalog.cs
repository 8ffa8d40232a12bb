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
        "Role", "AuthorName", "ContinuationToken",
        "FileId", "CallId", "ToolCallId", "ExecutorId", "SourceId", "StepId", "ItemId", "RequestId", "PreviousResponseId",
        "ContainerId", "Filename", "FileName");

    /// <summary>
    /// SDK types that carry the machinery of a response, not content for a person: tool and function calls and their
    /// results, approval and user-input requests, errors, usage, and citation annotations (a cited file or page). Matched by the end of the type name, on types of the
    /// SDKs' namespaces; reading their members gives no content either.
    /// </summary>
    public static readonly ImmutableArray<string> NonContentTypeSuffixes = ImmutableArray.Create(
        "FunctionCallContent", "FunctionResultContent", "ToolCallContent", "ToolResultContent", "ApprovalRequestContent",
        "ApprovalResponseContent", "UserInputRequestContent", "UserInputResponseContent", "ErrorContent", "UsageContent",
        "ChatToolCall", "StreamingChatToolCallUpdate", "FunctionCallResponseItem", "FunctionCallOutputResponseItem",
        "Annotation");
}
