using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace ResponsibleAI;

/// <summary>A thread-safe, in-process <see cref="IAiPreferenceStore"/> for tests and samples. Nothing is persisted.</summary>
public sealed class InMemoryAiPreferenceStore : IAiPreferenceStore
{
    private readonly ConcurrentDictionary<(string SubjectId, string FeatureId), byte> _optOuts = new();

    /// <inheritdoc/>
    [AiOptOutGuard]
    public Task<bool> IsOptedOutAsync(AiSubject subject, string featureId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_optOuts.ContainsKey(Key(subject, featureId)));
    }

    /// <inheritdoc/>
    public Task SetOptOutAsync(AiSubject subject, string featureId, bool optedOut, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = Key(subject, featureId);
        if (optedOut)
        {
            _optOuts[key] = 0;
        }
        else
        {
            _optOuts.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }

    private static (string, string) Key(AiSubject subject, string featureId) =>
        (subject.Id, featureId ?? throw new ArgumentNullException(nameof(featureId)));
}
