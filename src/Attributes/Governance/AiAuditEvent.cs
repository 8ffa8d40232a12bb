using System;
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
public sealed class AiAuditEvent
{
    /// <summary>The <see cref="Outcome"/> of a completed invocation.</summary>
    public const string SuccessOutcome = "success";

    /// <summary>The <see cref="Outcome"/> of an invocation that failed with an exception.</summary>
    public const string ErrorOutcome = "error";

    /// <summary>The <see cref="Outcome"/> of an invocation whose scope was disposed without <c>Completed</c> or <c>Failed</c>.</summary>
    public const string AbandonedOutcome = "abandoned";

    /// <summary>Initializes a new instance of the <see cref="AiAuditEvent"/> class.</summary>
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
    {
        Kind = kind;
        FeatureId = featureId ?? throw new ArgumentNullException(nameof(featureId));
        Capability = capability;
        Provider = provider;
        SubjectId = subjectId ?? throw new ArgumentNullException(nameof(subjectId));
        TimestampUtc = timestampUtc.ToUniversalTime();
        Duration = duration;
        Outcome = outcome;
        ErrorType = errorType;
    }

    /// <summary>Gets what happened.</summary>
    public AiAuditEventKind Kind { get; }

    /// <summary>Gets the feature id.</summary>
    public string FeatureId { get; }

    /// <summary>Gets the feature's capability.</summary>
    public AiCapability Capability { get; }

    /// <summary>Gets who runs the model, or <see langword="null"/>.</summary>
    public string? Provider { get; }

    /// <summary>Gets the id of the subject whose data was processed.</summary>
    public string SubjectId { get; }

    /// <summary>Gets when it happened, in UTC.</summary>
    public DateTimeOffset TimestampUtc { get; }

    /// <summary>Gets how long the invocation took; <see langword="null"/> for <see cref="AiAuditEventKind.Begin"/>.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>Gets the outcome; <see langword="null"/> for <see cref="AiAuditEventKind.Begin"/>.</summary>
    public string? Outcome { get; }

    /// <summary>Gets the full name of the exception type when the invocation failed with one; otherwise <see langword="null"/>.</summary>
    public string? ErrorType { get; }

    /// <summary>Returns a one-line description, e.g. <c>2025-01-01T10:00:00.0000000+00:00 Completed lecture.summary subject=s-1 duration=12ms outcome=success</c>.</summary>
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

        return text;
    }
}
