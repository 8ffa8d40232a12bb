using System.Threading;
using System.Threading.Tasks;

namespace ResponsibleAI;

/// <summary>
/// Consent, opt-out and audit for AI features: what generated gateways call, and what hand-written code calls before an
/// AI call. <see cref="AiGovernance"/> is the default implementation.
/// </summary>
public interface IAiGovernance
{
    /// <summary>
    /// Throws <see cref="AiConsentRequiredException"/> unless <paramref name="subject"/> has consented to
    /// <paramref name="feature"/>. A throwing consent guard: await it unconditionally before the AI call.
    /// </summary>
    /// <param name="subject">The subject whose data the feature would process.</param>
    /// <param name="feature">The feature.</param>
    /// <param name="cancellationToken">A token to cancel the lookup.</param>
    /// <returns>A task that completes when consent is confirmed.</returns>
    /// <exception cref="AiConsentRequiredException">The subject has not consented.</exception>
    [AiConsentGuard]
    Task EnsureConsentAsync(AiSubject subject, AiFeatureDescriptor feature, CancellationToken cancellationToken = default);

    /// <summary>
    /// Throws <see cref="AiOptedOutException"/> if <paramref name="subject"/> has opted out of <paramref name="feature"/>.
    /// A throwing opt-out guard: await it unconditionally before the AI call.
    /// </summary>
    /// <param name="subject">The subject whose data the feature would process.</param>
    /// <param name="feature">The feature.</param>
    /// <param name="cancellationToken">A token to cancel the lookup.</param>
    /// <returns>A task that completes when the subject is confirmed not to have opted out.</returns>
    /// <exception cref="AiOptedOutException">The subject has opted out.</exception>
    [AiOptOutGuard]
    Task EnsureNotOptedOutAsync(AiSubject subject, AiFeatureDescriptor feature, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns whether <paramref name="subject"/> has consented to <paramref name="feature"/>. A boolean consent guard:
    /// <see langword="true"/> means consent is granted.
    /// </summary>
    /// <param name="subject">The subject whose data the feature would process.</param>
    /// <param name="feature">The feature.</param>
    /// <param name="cancellationToken">A token to cancel the lookup.</param>
    /// <returns><see langword="true"/> when consent is granted.</returns>
    [AiConsentGuard]
    Task<bool> HasConsentAsync(AiSubject subject, AiFeatureDescriptor feature, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns whether <paramref name="subject"/> has opted out of <paramref name="feature"/>. A boolean opt-out guard:
    /// <see langword="true"/> means the subject HAS opted out.
    /// </summary>
    /// <param name="subject">The subject whose data the feature would process.</param>
    /// <param name="feature">The feature.</param>
    /// <param name="cancellationToken">A token to cancel the lookup.</param>
    /// <returns><see langword="true"/> when the subject has opted out.</returns>
    [AiOptOutGuard]
    Task<bool> IsOptedOutAsync(AiSubject subject, AiFeatureDescriptor feature, CancellationToken cancellationToken = default);

    /// <summary>Records the start of an invocation of <paramref name="feature"/> for <paramref name="subject"/>.</summary>
    /// <param name="subject">The subject whose data the feature processes.</param>
    /// <param name="feature">The feature.</param>
    /// <returns>The scope on which to record the outcome; dispose it when the invocation ends.</returns>
    IAiAuditScope BeginAudit(AiSubject subject, AiFeatureDescriptor feature);
}
