using System.Threading;
using System.Threading.Tasks;

namespace ResponsibleAI;

/// <summary>Where consent to AI features is recorded, per subject and feature id.</summary>
public interface IAiConsentStore
{
    /// <summary>Returns whether <paramref name="subject"/> has consented to the feature. A consent guard: <see langword="true"/> means granted.</summary>
    /// <param name="subject">The subject whose data would be processed.</param>
    /// <param name="featureId">The feature id, e.g. <c>lecture.summary</c>.</param>
    /// <param name="cancellationToken">A token to cancel the lookup.</param>
    /// <returns><see langword="true"/> when consent is granted.</returns>
    [AiConsentGuard]
    Task<bool> HasConsentAsync(AiSubject subject, string featureId, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="subject"/> consents to the feature.</summary>
    /// <param name="subject">The subject who consents.</param>
    /// <param name="featureId">The feature id.</param>
    /// <param name="cancellationToken">A token to cancel the write.</param>
    /// <returns>A task that completes when the consent is recorded.</returns>
    Task GrantAsync(AiSubject subject, string featureId, CancellationToken cancellationToken = default);

    /// <summary>Withdraws the consent of <paramref name="subject"/> to the feature. Revoking a consent never granted does nothing.</summary>
    /// <param name="subject">The subject who withdraws consent.</param>
    /// <param name="featureId">The feature id.</param>
    /// <param name="cancellationToken">A token to cancel the write.</param>
    /// <returns>A task that completes when the consent is withdrawn.</returns>
    Task RevokeAsync(AiSubject subject, string featureId, CancellationToken cancellationToken = default);
}
