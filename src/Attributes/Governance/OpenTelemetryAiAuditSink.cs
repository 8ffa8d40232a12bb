#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ResponsibleAI;

/// <summary>Options of <see cref="OpenTelemetryAiAuditSink"/>.</summary>
public sealed class OpenTelemetryAiAuditSinkOptions
{
    /// <summary>
    /// Gets or sets whether activities carry <c>responsibleai.subject.id</c> (the id as the audit records it: a keyed
    /// pseudonym by default, see <see cref="AiGovernanceOptions.SubjectIdMode"/>). Subject ids are personal data, and
    /// traces often go to a third-party backend, so they are left out unless you opt in. Metrics never carry the subject.
    /// Defaults to <see langword="false"/>.
    /// </summary>
    public bool IncludeSubjectId { get; set; }
}

/// <summary>
/// An <see cref="IAiAuditSink"/> that turns audit events into OpenTelemetry-compatible traces and metrics through the
/// BCL's <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <see cref="AiAuditNames.SourceName"/>
/// (<c>ResponsibleAI</c>). Only on .NET 8 and later: the netstandard2.0 build does not take
/// <c>System.Diagnostics.DiagnosticSource</c>, where those types live for it (use <see cref="LoggerAiAuditSink"/> there).
/// </summary>
/// <remarks>
/// <para>
/// For every end event (Completed or Failed) the sink records one <see cref="ActivityKind.Internal"/> activity named
/// <c>{gen_ai.operation.name} {responsibleai.feature.id}</c> (e.g. <c>text_completion lecture.summary</c>), spanning the
/// invocation (it starts at the event's time minus its duration), with the tags of <see cref="AiAuditEvent.GetTags(bool)"/>
/// and status <see cref="ActivityStatusCode.Error"/> unless the outcome is <c>success</c>. Its parent is the activity
/// current where the scope ended (normally the caller's). Because it is recorded when the invocation ends, activities
/// that the implementation starts are its siblings, not its children. Begin events record nothing.
/// </para>
/// <para>
/// It also records, for every end event, the counter <c>responsibleai.feature.calls</c> (unit <c>{call}</c>) and the
/// histogram <c>responsibleai.feature.duration</c> (seconds, unit <c>s</c>), tagged with <c>gen_ai.operation.name</c>,
/// <c>gen_ai.provider.name</c>, <c>gen_ai.request.model</c> (when known), <c>responsibleai.feature.id</c>,
/// <c>responsibleai.feature.capability</c>, <c>responsibleai.outcome</c> and <c>error.type</c> (when failed with an
/// exception). Metric tags never include the subject or the output hash.
/// </para>
/// <para>
/// Add the source and the meter to the OpenTelemetry SDK with <c>AddSource("ResponsibleAI")</c> and
/// <c>AddMeter("ResponsibleAI")</c>. Create one sink for the application (a singleton) and dispose it at shutdown.
/// Thread-safe.
/// </para>
/// </remarks>
public sealed class OpenTelemetryAiAuditSink : IAiAuditSink, IDisposable
{
    private readonly ActivitySource _source;
    private readonly Meter _meter;
    private readonly Counter<long> _calls;
    private readonly Histogram<double> _duration;
    private readonly bool _includeSubjectId;

    /// <summary>Initializes a new instance of the <see cref="OpenTelemetryAiAuditSink"/> class with default options.</summary>
    public OpenTelemetryAiAuditSink()
        : this(new OpenTelemetryAiAuditSinkOptions())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OpenTelemetryAiAuditSink"/> class.</summary>
    /// <param name="options">The options; read once, here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public OpenTelemetryAiAuditSink(OpenTelemetryAiAuditSinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _includeSubjectId = options.IncludeSubjectId;
        var version = typeof(OpenTelemetryAiAuditSink).Assembly.GetName().Version?.ToString();
        _source = new ActivitySource(AiAuditNames.SourceName, version);
        _meter = new Meter(AiAuditNames.SourceName, version);
        _calls = _meter.CreateCounter<long>(AiAuditNames.CallsMetric, "{call}", "Finished invocations of AI features.");
        _duration = _meter.CreateHistogram<double>(AiAuditNames.DurationMetric, "s", "Duration of AI feature invocations.");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="auditEvent"/> is <see langword="null"/>.</exception>
    public void Write(AiAuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        if (auditEvent.Kind == AiAuditEventKind.Begin)
        {
            return;
        }

        var duration = auditEvent.Duration ?? TimeSpan.Zero;
        var failed = !string.Equals(auditEvent.Outcome, AiAuditEvent.SuccessOutcome, StringComparison.Ordinal);
        if (_source.HasListeners())
        {
            using var activity = _source.StartActivity(
                auditEvent.OperationName + " " + auditEvent.FeatureId,
                ActivityKind.Internal,
                parentContext: default,
                tags: auditEvent.GetTags(_includeSubjectId),
                links: null,
                startTime: auditEvent.TimestampUtc - duration);
            if (activity is not null)
            {
                if (failed)
                {
                    activity.SetStatus(ActivityStatusCode.Error, auditEvent.ErrorType ?? auditEvent.Outcome);
                }

                activity.SetEndTime(auditEvent.TimestampUtc.UtcDateTime);
            }
        }

        var tags = new TagList
        {
            { AiAuditNames.OperationName, auditEvent.OperationName },
        };
        if (AiAuditNames.GetProviderName(auditEvent.Provider) is { } provider)
        {
            tags.Add(AiAuditNames.ProviderName, provider);
        }

        if (auditEvent.Model is not null)
        {
            tags.Add(AiAuditNames.RequestModel, auditEvent.Model);
        }

        tags.Add(AiAuditNames.FeatureId, auditEvent.FeatureId);
        tags.Add(AiAuditNames.FeatureCapability, auditEvent.Capability.ToString());
        tags.Add(AiAuditNames.Outcome, auditEvent.Outcome ?? (failed ? AiAuditEvent.ErrorOutcome : AiAuditEvent.SuccessOutcome));
        if (auditEvent.ErrorType is not null)
        {
            tags.Add(AiAuditNames.ErrorType, auditEvent.ErrorType);
        }

        _calls.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
    }

    /// <summary>Disposes the activity source and the meter; later events are no longer recorded.</summary>
    public void Dispose()
    {
        _source.Dispose();
        _meter.Dispose();
    }
}
#endif
