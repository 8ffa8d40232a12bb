using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace LectureAssistant.Local;

/// <summary>
/// A deterministic, offline stand-in for a chat model: it "summarizes" the last user message by picking the sentences
/// that mention its most frequent terms, and "grades" quiz answers by the lecture's key terms they use. No network, no
/// key, same output every run.
/// </summary>
public sealed partial class LocalChatClient : IChatClient
{
    /// <summary>The model id this client reports (and the audit records).</summary>
    public const string ModelId = "local-extractive";

    private static readonly HashSet<string> StopWords =
    [
        "about", "after", "also", "back", "before", "does", "each", "from", "have", "into", "look", "next", "never",
        "only", "please", "read", "that", "their", "there", "these", "this", "today", "what", "when", "where", "which",
        "will", "with", "welcome", "week", "well",
    ];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var text = Respond(messages);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = LocalChatClient.ModelId });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Stream the same response word by word, the way a real model streams tokens.
        foreach (var word in Respond(messages).Split(' '))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, word + " ") { ModelId = LocalChatClient.ModelId };
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("local", defaultModelId: LocalChatClient.ModelId)
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    private static string Respond(IEnumerable<ChatMessage> messages)
    {
        var user = messages.Where(m => m.Role == ChatRole.User).Select(m => m.Text).ToArray();
        if (messages.FirstOrDefault()?.Text.StartsWith("Grade", StringComparison.Ordinal) == true && user.Length >= 2)
        {
            // Grading prompt: the first user message is the lecture, the last the answer; 2 points per key term used.
            var hits = KeyTerms(user[0]).Count(t => user[^1].Contains(t, StringComparison.OrdinalIgnoreCase));
            return $"Score: {2 * hits}/10";
        }

        return Summarize(user.LastOrDefault() ?? string.Empty);
    }

    /// <summary>Extractive summary: the three sentences richest in the five most frequent terms, in lecture order.</summary>
    internal static string Summarize(string text)
    {
        var sentences = SentenceEnd().Split(text.Trim()).Where(s => s.Length > 0).ToArray();
        var keyTerms = KeyTerms(text);
        var picked = sentences
            .Select((sentence, index) => (sentence, index, score: keyTerms.Count(t => sentence.Contains(t, StringComparison.OrdinalIgnoreCase))))
            .OrderByDescending(x => x.score).ThenBy(x => x.index)
            .Take(3)
            .OrderBy(x => x.index)
            .Select(x => x.sentence);
        return $"{string.Join(" ", picked)} Key terms: {string.Join(", ", keyTerms)}.";
    }

    /// <summary>The five most frequent words of four letters or more, stop words aside.</summary>
    private static string[] KeyTerms(string text) =>
        Word().Matches(text.ToLowerInvariant())
            .Select(m => m.Value)
            .Where(w => !StopWords.Contains(w))
            .GroupBy(w => w)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(5)
            .Select(g => g.Key)
            .ToArray();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[a-z]{4,}")]
    private static partial Regex Word();
}
