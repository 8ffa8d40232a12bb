using System.Collections.Immutable;

namespace ResponsibleAI.Analyzers.Catalog;

/// <summary>
/// Facts about the SDKs' conversation types, as data (resolved to symbols once per compilation).
/// </summary>
internal static class ConversationCatalog
{
    /// <summary>
    /// Chat history: messages and the collections that hold them. Keeping a model's reply in one of these feeds the next
    /// request; it is not publishing the reply (RAI1003 does not report it). Types derived from these, collections of them
    /// (<c>List&lt;ChatMessage&gt;</c>), and the parts collections of a message (<c>message.Contents</c>) count too. Content
    /// items on their own (AIContent, ImageContent, OpenAI content parts) are not history: generated audio or images
    /// stored elsewhere are published.
    /// </summary>
    public static readonly ImmutableArray<string> HistoryTypes = ImmutableArray.Create(
        "Microsoft.Extensions.AI.ChatMessage",
        "Microsoft.SemanticKernel.ChatCompletion.ChatHistory",
        "Microsoft.SemanticKernel.ChatMessageContent",
        "Microsoft.SemanticKernel.ChatCompletion.ChatMessageContentItemCollection",
        "Microsoft.SemanticKernel.Agents.AgentThread",
        "Microsoft.Agents.AI.AgentSession",
        "OpenAI.Chat.ChatMessage",
        "OpenAI.Responses.ResponseItem",
        "Anthropic.Models.Messages.MessageParam",
        "Anthropic.Models.Beta.Messages.BetaMessageParam",
        "Azure.AI.Inference.ChatRequestMessage",
        "OllamaSharp.Models.Chat.Message");

    /// <summary>
    /// Catalog receivers that keep a conversation between calls (a chat helper, a message thread, a live session, a group
    /// chat): what earlier calls sent and received is part of the next call's input.
    /// </summary>
    public static readonly ImmutableArray<string> StatefulReceivers = ImmutableArray.Create(
        "OllamaSharp.Chat",
        "Anthropic.Helpers.Beta.BetaMessageThread",
        "Anthropic.Helpers.Beta.BetaMessageThread`1",
        "Anthropic.Helpers.Beta.BetaToolRunner",
        "Microsoft.SemanticKernel.Agents.AgentChat",
        "OpenAI.Realtime.RealtimeSessionClient",
        "Microsoft.Extensions.AI.IRealtimeClientSession",
        "Google.GenAI.AsyncSession");
}
