using System;

namespace ResponsibleAI;

/// <summary>
/// The audit record of one AI feature invocation, from <see cref="IAiGovernance.BeginAudit"/>. Call
/// <see cref="Completed"/> or <see cref="Failed"/> once; disposing the scope without either records a failure with the
/// outcome <see cref="AiAuditEvent.AbandonedOutcome"/>.
/// </summary>
/// <example>
/// <code>
/// using var audit = governance.BeginAudit(subject, feature);
/// try { var result = await CallModelAsync(); audit.Completed(); return result; }
/// catch (Exception ex) { audit.Failed(ex); throw; }
/// </code>
/// </example>
public interface IAiAuditScope : IDisposable
{
    /// <summary>Records that the invocation completed successfully. Only the first outcome of a scope is recorded.</summary>
    void Completed();

    /// <summary>Records that the invocation failed. Only the first outcome of a scope is recorded.</summary>
    /// <param name="exception">The exception that made it fail.</param>
    void Failed(Exception exception);
}
