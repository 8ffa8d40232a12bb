using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace ResponsibleAI;

/// <summary>
/// The default <see cref="IAiGovernance"/>: consent from an <see cref="IAiConsentStore"/>, opt-outs from an
/// <see cref="IAiPreferenceStore"/>, audit events to an <see cref="IAiAuditSink"/>.
/// </summary>
/// <remarks>
/// Consent and opt-out are looked up per subject and feature id on every call; nothing is cached, so a revoked consent
/// or a new opt-out takes effect on the next call.
/// </remarks>
public sealed class AiGovernance : IAiGovernance
{
    private readonly IAiConsentStore _consentStore;
    private readonly IAiPreferenceStore _preferenceStore;
    private readonly IAiAuditSink _auditSink;
    private readonly AiGovernanceOptions _options;

    /// <summary>Initializes a new instance of the <see cref="AiGovernance"/> class with default options.</summary>
    /// <param name="consentStore">Where consent is recorded.</param>
    /// <param name="preferenceStore">Where opt-outs are recorded.</param>
    /// <param name="auditSink">Where audit events go.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// Always with the defaults, which pseudonymize subject ids with a key that only you can give: pass options with a
    /// <see cref="AiGovernanceOptions.SubjectIdHashKey"/> (or <see cref="AiSubjectIdMode.Raw"/>).
    /// </exception>
    public AiGovernance(IAiConsentStore consentStore, IAiPreferenceStore preferenceStore, IAiAuditSink auditSink)
        : this(consentStore, preferenceStore, auditSink, options: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AiGovernance"/> class.</summary>
    /// <param name="consentStore">Where consent is recorded.</param>
    /// <param name="preferenceStore">Where opt-outs are recorded.</param>
    /// <param name="auditSink">Where audit events go (several: <see cref="CompositeAiAuditSink"/>).</param>
    /// <param name="options">
    /// What audit events record (subject-id hashing, output hashes, model); read once, here. <see langword="null"/>
    /// means the defaults.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="consentStore"/>, <paramref name="preferenceStore"/> or <paramref name="auditSink"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The options cannot be used (<see cref="AiGovernanceOptions.Validate"/>): for example, subject ids are to be pseudonymized and no key is set.</exception>
    public AiGovernance(IAiConsentStore consentStore, IAiPreferenceStore preferenceStore, IAiAuditSink auditSink, AiGovernanceOptions? options)
    {
        _consentStore = consentStore ?? throw new ArgumentNullException(nameof(consentStore));
        _preferenceStore = preferenceStore ?? throw new ArgumentNullException(nameof(preferenceStore));
        _auditSink = auditSink ?? throw new ArgumentNullException(nameof(auditSink));
        _options = (options ?? new AiGovernanceOptions()).Snapshot();
        if (_options.Validate() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="subject"/> has an empty id (<c>default(AiSubject)</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is <see langword="null"/>.</exception>
    [AiConsentGuard]
    public async Task EnsureConsentAsync(AiSubject subject, AiFeatureDescriptor feature, CancellationToken cancellationToken = default)
    {
        if (!await HasConsentAsync(subject, feature, cancellationToken).ConfigureAwait(false))
        {
            throw new AiConsentRequiredException(subject, feature);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="subject"/> has an empty id (<c>default(AiSubject)</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is <see langword="null"/>.</exception>
    [AiOptOutGuard]
    public async Task EnsureNotOptedOutAsync(AiSubject subject, AiFeatureDescriptor feature, CancellationToken cancellationToken = default)
    {
        if (await IsOptedOutAsync(subject, feature, cancellationToken).ConfigureAwait(false))
        {
            throw new AiOptedOutException(subject, feature);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="subject"/> has an empty id (<c>default(AiSubject)</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is <see langword="null"/>.</exception>
    [AiConsentGuard]
    public Task<bool> HasConsentAsync(AiSubject subject, AiFeatureDescriptor feature, CancellationToken cancellationToken = default)
    {
        Validate(subject, feature);
        return _consentStore.HasConsentAsync(subject, feature.Id, cancellationToken);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="subject"/> has an empty id (<c>default(AiSubject)</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is <see langword="null"/>.</exception>
    [AiOptOutGuard]
    public Task<bool> IsOptedOutAsync(AiSubject subject, AiFeatureDescriptor feature, CancellationToken cancellationToken = default)
    {
        Validate(subject, feature);
        return _preferenceStore.IsOptedOutAsync(subject, feature.Id, cancellationToken);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="subject"/> has an empty id (<c>default(AiSubject)</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is <see langword="null"/>.</exception>
    public IAiAuditScope BeginAudit(AiSubject subject, AiFeatureDescriptor feature)
    {
        Validate(subject, feature);
        return new AuditScope(_auditSink, _options, subject, feature);
    }

    private static void Validate(AiSubject subject, AiFeatureDescriptor feature)
    {
        if (subject.Id.Length == 0)
        {
            throw new ArgumentException("The AI subject has no id (default(AiSubject)).", nameof(subject));
        }

        if (feature is null)
        {
            throw new ArgumentNullException(nameof(feature));
        }
    }

    /// <summary>Writes Begin on creation and exactly one end event (Completed or Failed).</summary>
    private sealed class AuditScope : IAiAuditScope
    {
        private readonly IAiAuditSink _sink;
        private readonly AiFeatureDescriptor _feature;
        private readonly string _subjectId;
        private readonly string? _model;
        private readonly bool _recordOutputSha256;
        private readonly Stopwatch _stopwatch;
        private int _ended;

        public AuditScope(IAiAuditSink sink, AiGovernanceOptions options, AiSubject subject, AiFeatureDescriptor feature)
        {
            _sink = sink;
            _feature = feature;
            _subjectId = options.GetAuditSubjectId(subject);
            _model = options.ModelResolver?.Invoke(feature);
            _recordOutputSha256 = options.RecordOutputSha256;
            _sink.Write(NewEvent(AiAuditEventKind.Begin, duration: null, outcome: null, errorType: null, output: null));
            _stopwatch = Stopwatch.StartNew();
        }

        public void Completed() => End(AiAuditEventKind.Completed, AiAuditEvent.SuccessOutcome, errorType: null, output: null);

        public void Completed(AiAuditContent output)
        {
            if (output is null)
            {
                throw new ArgumentNullException(nameof(output));
            }

            End(AiAuditEventKind.Completed, AiAuditEvent.SuccessOutcome, errorType: null, _recordOutputSha256 ? output : output.WithoutSha256());
        }

        public void Failed(Exception exception)
        {
            if (exception is null)
            {
                throw new ArgumentNullException(nameof(exception));
            }

            End(AiAuditEventKind.Failed, AiAuditEvent.ErrorOutcome, exception.GetType().FullName, output: null);
        }

        public void Dispose() => End(AiAuditEventKind.Failed, AiAuditEvent.AbandonedOutcome, errorType: null, output: null);

        private void End(AiAuditEventKind kind, string outcome, string? errorType, AiAuditContent? output)
        {
            if (Interlocked.Exchange(ref _ended, 1) != 0)
            {
                return;
            }

            _stopwatch.Stop();
            _sink.Write(NewEvent(kind, _stopwatch.Elapsed, outcome, errorType, output));
        }

        private AiAuditEvent NewEvent(AiAuditEventKind kind, TimeSpan? duration, string? outcome, string? errorType, AiAuditContent? output) =>
            new(kind, _feature.Id, _feature.Capability, _feature.Provider, _model, _subjectId, DateTimeOffset.UtcNow, duration, outcome, errorType, output);
    }
}
