using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace LectureAssistant.Local;

/// <summary>
/// A deterministic, offline stand-in for a speech-to-text model. The sample's "recordings" are text files, so the
/// "audio" bytes are simply read as UTF-8 and cut into one caption line per sentence.
/// </summary>
public sealed partial class LocalSpeechToTextClient : ISpeechToTextClient
{
    /// <summary>The model id this client reports (and the audit records).</summary>
    public const string ModelId = "local-text";

    public async Task<SpeechToTextResponse> GetTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default)
    {
        var lines = await TranscribeAsync(audioSpeechStream, cancellationToken);
        return new SpeechToTextResponse(string.Join(Environment.NewLine, lines)) { ModelId = LocalSpeechToTextClient.ModelId };
    }

    public async IAsyncEnumerable<SpeechToTextResponseUpdate> GetStreamingTextAsync(
        Stream audioSpeechStream, SpeechToTextOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // One update per caption line, as a live captioner would emit them.
        foreach (var line in await TranscribeAsync(audioSpeechStream, cancellationToken))
        {
            yield return new SpeechToTextResponseUpdate(line + Environment.NewLine) { ModelId = LocalSpeechToTextClient.ModelId };
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private static async Task<string[]> TranscribeAsync(Stream audio, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(audio, Encoding.UTF8, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        // Number the lines like caption cues: [01] ..., [02] ...
        return SentenceEnd().Split(text.Trim())
            .Where(s => s.Length > 0)
            .Select((sentence, i) => $"[{i + 1:00}] {sentence}")
            .ToArray();
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
