using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace ResponsibleAI;

/// <summary>A thread-safe, in-process <see cref="IAiConsentStore"/> for tests and samples. Nothing is persisted.</summary>
public sealed class InMemoryAiConsentStore : IAiConsentStore
{
    private readonly ConcurrentDictionary<(string SubjectId, string FeatureId), byte> _grants = new();

    /// <inheritdoc/>
    [AiConsentGuard]
    public Task<bool> HasConsentAsync(AiSubject subject, string featureId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_grants.ContainsKey(Key(subject, featureId)));
    }

    /// <inheritdoc/>
    public Task GrantAsync(AiSubject subject, string featureId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _grants[Key(subject, featureId)] = 0;
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task RevokeAsync(AiSubject subject, string featureId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _grants.TryRemove(Key(subject, featureId), out _);
        return Task.CompletedTask;
    }

    private static (string, string) Key(AiSubject subject, string featureId) =>
        (subject.Id, featureId ?? throw new ArgumentNullException(nameof(featureId)));
}
