using System.Threading;
using System.Threading.Tasks;

namespace ResponsibleAI;

/// <summary>Where subjects' AI preferences (opt-outs) are recorded, per subject and feature id.</summary>
public interface IAiPreferenceStore
{
    /// <summary>
    /// Returns whether <paramref name="subject"/> has opted out of the feature. An opt-out guard:
    /// <see langword="true"/> means the subject HAS opted out.
    /// </summary>
    /// <param name="subject">The subject whose data would be processed.</param>
    /// <param name="featureId">The feature id, e.g. <c>lecture.summary</c>.</param>
    /// <param name="cancellationToken">A token to cancel the lookup.</param>
    /// <returns><see langword="true"/> when the subject has opted out.</returns>
    [AiOptOutGuard]
    Task<bool> IsOptedOutAsync(AiSubject subject, string featureId, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="subject"/> opts out of the feature, or back in.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="featureId">The feature id.</param>
    /// <param name="optedOut"><see langword="true"/> to opt out; <see langword="false"/> to opt back in.</param>
    /// <param name="cancellationToken">A token to cancel the write.</param>
    /// <returns>A task that completes when the preference is recorded.</returns>
    Task SetOptOutAsync(AiSubject subject, string featureId, bool optedOut, CancellationToken cancellationToken = default);
}
