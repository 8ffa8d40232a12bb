namespace ResponsibleAI;

/// <summary>Receives audit events for AI feature invocations (for example, a log, a database or telemetry).</summary>
/// <remarks>Implementations must be thread-safe: scopes on several threads write concurrently.</remarks>
public interface IAiAuditSink
{
    /// <summary>Records one audit event.</summary>
    /// <param name="auditEvent">The event.</param>
    void Write(AiAuditEvent auditEvent);
}
