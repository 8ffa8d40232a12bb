using System;
using System.Collections.Generic;
using System.Globalization;

namespace ResponsibleAI;

/// <summary>The kind of an <see cref="AiAuditEvent"/>.</summary>
public enum AiAuditEventKind
{
    /// <summary>An AI feature invocation started.</summary>
    Begin,

    /// <summary>An AI feature invocation completed successfully.</summary>
    Completed,

    /// <summary>An AI feature invocation failed, or its scope was disposed without an outcome.</summary>
    Failed,
}

/// <summary>One audit record of an AI feature invocation, written to an <see cref="IAiAuditSink"/>.</summary>
/// <remarks>
/// An event never contains the prompt or the output: only the output's length, SHA-256 and item count
/// (<see cref="AiAuditContent"/>). <see cref="GetTags(bool)"/> gives its attributes under OpenTelemetry-style names
/// (<see cref="AiAuditNames"/>).
/// </remarks>
public sealed class AiAuditEvent
{
    /// <summary>The <see cref="Outcome"/> of a completed invocation.</summary>
    public const string SuccessOutcome = "success";

    /// <summary>The <see cref="Outcome"/> of an invocation that failed with an exception.</summary>
    public const string ErrorOutcome = "error";

    /// <summary>The <see cref="Outcome"/> of an invocation whose scope was disposed without <c>Completed</c> or <c>Failed</c>.</summary>
    public const string AbandonedOutcome = "abandoned";

    /// <summary>Initializes a new instance of the <see cref="AiAuditEvent"/> class, without model or output description.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="featureId">The feature id.</param>
    /// <param name="capability">The feature's capability.</param>
    /// <param name="provider">Who runs the model, or <see langword="null"/>.</param>
    /// <param name="subjectId">The id of the subject whose data was processed.</param>
    /// <param name="timestampUtc">When it happened; converted to UTC.</param>
    /// <param name="duration">How long the invocation took (end events only).</param>
    /// <param name="outcome">The outcome (end events only): <see cref="SuccessOutcome"/>, <see cref="ErrorOutcome"/> or <see cref="AbandonedOutcome"/>.</param>
    /// <param name="errorType">The full name of the exception type, when the invocation failed with one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="featureId"/> or <paramref name="subjectId"/> is <see langword="null"/>.</exception>
    public AiAuditEvent(
        AiAuditEventKind kind,
        string featureId,
        AiCapability capability,
        string? provider,
        string subjectId,
        DateTimeOffset timestampUtc,
        TimeSpan? duration = null,
        string? outcome = null,
        string? errorType = null)
        : this(kind, featureId, capability, provider, model: null, subjectId, timestampUtc, duration, outcome, errorType, output: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AiAuditEvent"/> class.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="featureId">The feature id.</param>
    /// <param name="capability">The feature's capability.</param>
    /// <param name="provider">Who runs the model, or <see langword="null"/>.</param>
    /// <param name="model">The model asked for, or <see langword="null"/> when unknown.</param>
    /// <param name="subjectId">The id of the subject whose data was processed (or its hash: <see cref="AiGovernanceOptions.SubjectIdMode"/>).</param>
    /// <param name="timestampUtc">When it happened; converted to UTC.</param>
    /// <param name="duration">How long the invocation took (end events only).</param>
    /// <param name="outcome">The outcome (end events only): <see cref="SuccessOutcome"/>, <see cref="ErrorOutcome"/> or <see cref="AbandonedOutcome"/>.</param>
    /// <param name="errorType">The full name of the exception type, when the invocation failed with one.</param>
    /// <param name="output">What may be recorded about the output (completed events only), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="featureId"/> or <paramref name="subjectId"/> is <see langword="null"/>.</exception>
    public AiAuditEvent(
        AiAuditEventKind kind,
        string featureId,
        AiCapability capability,
        string? provider,
        string? model,
        string subjectId,
        DateTimeOffset timestampUtc,
        TimeSpan? duration,
        string? outcome,
        string? errorType,
        AiAuditContent? output)
    {
        Kind = kind;
        FeatureId = featureId ?? throw new ArgumentNullException(nameof(featureId));
        Capability = capability;
        Provider = provider;
        Model = model;
        SubjectId = subjectId ?? throw new ArgumentNullException(nameof(subjectId));
        TimestampUtc = timestampUtc.ToUniversalTime();
        Duration = duration;
        Outcome = outcome;
        ErrorType = errorType;
        OutputLength = output?.Length;
        OutputSha256 = output?.Sha256;
        OutputItems = output?.Items;
    }

    /// <summary>Gets what happened.</summary>
    public AiAuditEventKind Kind { get; }

    /// <summary>Gets the feature id.</summary>
    public string FeatureId { get; }

    /// <summary>Gets the feature's capability.</summary>
    public AiCapability Capability { get; }

    /// <summary>Gets who runs the model, or <see langword="null"/>.</summary>
    public string? Provider { get; }

    /// <summary>Gets the model asked for, or <see langword="null"/> when unknown (<see cref="AiGovernanceOptions.ModelResolver"/>).</summary>
    public string? Model { get; }

    /// <summary>
    /// Gets the GenAI operation name for <see cref="Capability"/> (<c>gen_ai.operation.name</c>), e.g. <c>chat</c>:
    /// <see cref="AiAuditNames.GetOperationName(AiCapability)"/>.
    /// </summary>
    public string OperationName => AiAuditNames.GetOperationName(Capability);

    /// <summary>
    /// Gets the id of the subject whose data was processed, or its hash when the governance hashes subject ids
    /// (<see cref="AiGovernanceOptions.SubjectIdMode"/>). Personal data either way: treat audit logs accordingly.
    /// </summary>
    public string SubjectId { get; }

    /// <summary>Gets when it happened, in UTC.</summary>
    public DateTimeOffset TimestampUtc { get; }

    /// <summary>Gets how long the invocation took; <see langword="null"/> for <see cref="AiAuditEventKind.Begin"/>.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>Gets the outcome; <see langword="null"/> for <see cref="AiAuditEventKind.Begin"/>.</summary>
    public string? Outcome { get; }

    /// <summary>Gets the full name of the exception type when the invocation failed with one; otherwise <see langword="null"/>.</summary>
    public string? ErrorType { get; }

    /// <summary>Gets the output's length (<see cref="AiAuditContent.Length"/>); <see langword="null"/> when unknown or not a completed event.</summary>
    public long? OutputLength { get; }

    /// <summary>
    /// Gets the SHA-256 of the output, lowercase hex (<see cref="AiAuditContent.Sha256"/>); <see langword="null"/> when the
    /// output is not text or bytes, when hashes are off (<see cref="AiGovernanceOptions.RecordOutputSha256"/>), or when
    /// this is not a completed event.
    /// </summary>
    public string? OutputSha256 { get; }

    /// <summary>Gets the number of items of a streamed output (<see cref="AiAuditContent.Items"/>); <see langword="null"/> otherwise.</summary>
    public long? OutputItems { get; }

    /// <summary>
    /// Returns the event's attributes under the OpenTelemetry-style names of <see cref="AiAuditNames"/>, for a log or
    /// telemetry sink: <c>gen_ai.operation.name</c>, <c>gen_ai.provider.name</c> and <c>gen_ai.request.model</c> (when
    /// known), <c>responsibleai.feature.id</c>, <c>responsibleai.feature.capability</c>, <c>responsibleai.subject.id</c>
    /// (when <paramref name="includeSubjectId"/>), then for end events <c>responsibleai.outcome</c>,
    /// <c>responsibleai.duration</c> (seconds, <see cref="double"/>), <c>error.type</c> (when failed with an exception)
    /// and the <c>responsibleai.output.*</c> values that are known. Absent values are left out, never <see langword="null"/>.
    /// </summary>
    /// <param name="includeSubjectId">Whether to include <c>responsibleai.subject.id</c> (personal data).</param>
    /// <returns>The attributes, in the order above.</returns>
    public IReadOnlyList<KeyValuePair<string, object?>> GetTags(bool includeSubjectId = true)
    {
        var tags = new List<KeyValuePair<string, object?>>(14)
        {
            new(AiAuditNames.OperationName, OperationName),
        };
        if (AiAuditNames.GetProviderName(Provider) is { } provider)
        {
            tags.Add(new(AiAuditNames.ProviderName, provider));
        }

        if (Model is not null)
        {
            tags.Add(new(AiAuditNames.RequestModel, Model));
        }

        tags.Add(new(AiAuditNames.FeatureId, FeatureId));
        tags.Add(new(AiAuditNames.FeatureCapability, Capability.ToString()));
        if (includeSubjectId)
        {
            tags.Add(new(AiAuditNames.SubjectId, SubjectId));
        }

        if (Outcome is not null)
        {
            tags.Add(new(AiAuditNames.Outcome, Outcome));
        }

        if (Duration is { } duration)
        {
            tags.Add(new(AiAuditNames.Duration, duration.TotalSeconds));
        }

        if (ErrorType is not null)
        {
            tags.Add(new(AiAuditNames.ErrorType, ErrorType));
        }

        if (OutputLength is { } length)
        {
            tags.Add(new(AiAuditNames.OutputLength, length));
        }

        if (OutputSha256 is not null)
        {
            tags.Add(new(AiAuditNames.OutputSha256, OutputSha256));
        }

        if (OutputItems is { } items)
        {
            tags.Add(new(AiAuditNames.OutputItems, items));
        }

        return tags;
    }

    /// <summary>Returns a one-line description, e.g. <c>2025-01-01T10:00:00.0000000+00:00 Completed lecture.summary subject=s-1 duration=12ms outcome=success output.length=120 output.sha256=…</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "{0:O} {1} {2} subject={3}",
            TimestampUtc,
            Kind,
            FeatureId,
            SubjectId);
        if (Duration is { } duration)
        {
            text += string.Format(CultureInfo.InvariantCulture, " duration={0:0.###}ms", duration.TotalMilliseconds);
        }

        if (Outcome is not null)
        {
            text += " outcome=" + Outcome;
        }

        if (ErrorType is not null)
        {
            text += " error=" + ErrorType;
        }

        if (OutputLength is { } length)
        {
            text += " output.length=" + length.ToString(CultureInfo.InvariantCulture);
        }

        if (OutputItems is { } items)
        {
            text += " output.items=" + items.ToString(CultureInfo.InvariantCulture);
        }

        if (OutputSha256 is not null)
        {
            text += " output.sha256=" + OutputSha256;
        }

        return text;
    }
}
