using System;
using Microsoft.Extensions.Logging;

namespace ResponsibleAI;

/// <summary>
/// An <see cref="IAiAuditSink"/> that writes audit events to an <see cref="ILogger"/> as structured log entries, through
/// source-generated <c>[LoggerMessage]</c> methods (no formatting cost when the level is off). Category
/// <c>ResponsibleAI.Audit</c>; event ids 1 (begin, Debug), 2 (completed, Information) and 3 (failed or abandoned,
/// Warning).
/// </summary>
/// <remarks>
/// Each entry carries the feature id, capability, provider, model, outcome, duration, error type and output description
/// as named properties, and <c>SubjectId</c>, the id as the audit records it: a keyed pseudonym unless
/// <see cref="AiGovernanceOptions.SubjectIdMode"/> says otherwise. Like every audit event, nothing of the prompt or the
/// output is logged. Thread-safe (loggers are).
/// </remarks>
public sealed partial class LoggerAiAuditSink : IAiAuditSink
{
    /// <summary>The logger category the sink writes under.</summary>
    public const string CategoryName = "ResponsibleAI.Audit";

    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="LoggerAiAuditSink"/> class.</summary>
    /// <param name="loggerFactory">Creates the <see cref="CategoryName"/> logger.</param>
    /// <exception cref="ArgumentNullException"><paramref name="loggerFactory"/> is <see langword="null"/>.</exception>
    public LoggerAiAuditSink(ILoggerFactory loggerFactory)
    {
        _logger = (loggerFactory ?? throw new ArgumentNullException(nameof(loggerFactory))).CreateLogger(CategoryName);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="auditEvent"/> is <see langword="null"/>.</exception>
    public void Write(AiAuditEvent auditEvent)
    {
        if (auditEvent is null)
        {
            throw new ArgumentNullException(nameof(auditEvent));
        }

        switch (auditEvent.Kind)
        {
            case AiAuditEventKind.Begin:
                LogBegin(_logger, auditEvent.FeatureId, auditEvent.Capability, auditEvent.Provider, auditEvent.Model, auditEvent.SubjectId);
                break;
            case AiAuditEventKind.Completed:
                LogCompleted(_logger, auditEvent.FeatureId, auditEvent.Capability, auditEvent.Provider, auditEvent.Model, auditEvent.SubjectId,
                    auditEvent.Duration?.TotalMilliseconds, auditEvent.OutputLength, auditEvent.OutputItems, auditEvent.OutputSha256);
                break;
            default:
                LogFailed(_logger, auditEvent.FeatureId, auditEvent.Capability, auditEvent.Provider, auditEvent.Model, auditEvent.SubjectId,
                    auditEvent.Outcome, auditEvent.ErrorType, auditEvent.Duration?.TotalMilliseconds);
                break;
        }
    }

    [LoggerMessage(EventId = 1, EventName = "AiFeatureBegin", Level = LogLevel.Debug,
        Message = "AI feature {FeatureId} ({Capability}) started for subject {SubjectId}; provider {Provider}, model {Model}")]
    private static partial void LogBegin(ILogger logger, string featureId, AiCapability capability, string? provider, string? model, string subjectId);

    [LoggerMessage(EventId = 2, EventName = "AiFeatureCompleted", Level = LogLevel.Information,
        Message = "AI feature {FeatureId} ({Capability}) completed for subject {SubjectId} in {DurationMs} ms; provider {Provider}, model {Model}; output length {OutputLength}, items {OutputItems}, sha256 {OutputSha256}")]
    private static partial void LogCompleted(ILogger logger, string featureId, AiCapability capability, string? provider, string? model, string subjectId,
        double? durationMs, long? outputLength, long? outputItems, string? outputSha256);

    [LoggerMessage(EventId = 3, EventName = "AiFeatureFailed", Level = LogLevel.Warning,
        Message = "AI feature {FeatureId} ({Capability}) ended with {Outcome} for subject {SubjectId} after {DurationMs} ms; error type {ErrorType}; provider {Provider}, model {Model}")]
    private static partial void LogFailed(ILogger logger, string featureId, AiCapability capability, string? provider, string? model, string subjectId,
        string? outcome, string? errorType, double? durationMs);
}
