using System;

namespace ResponsibleAI;

/// <summary>
/// The audit record of one AI feature invocation, from <see cref="IAiGovernance.BeginAudit"/>. Call
/// <see cref="Completed()"/>, <see cref="Completed(AiAuditContent)"/> or <see cref="Failed"/> once; disposing the scope
/// without any of them records a failure with the outcome <see cref="AiAuditEvent.AbandonedOutcome"/>.
/// </summary>
/// <example>
/// <code>
/// using var audit = governance.BeginAudit(subject, feature);
/// try
/// {
///     var result = await CallModelAsync();
///     audit.Completed(AiAuditContent.Describe(result));   // length and hash only, never the text
///     return result;
/// }
/// catch (Exception ex) { audit.Failed(ex); throw; }
/// </code>
/// For a stream, describe the items as they pass and complete with the builder's result:
/// <code>
/// var content = new AiAuditContent.Builder();
/// await foreach (var item in StreamAsync()) { content.Add(item); yield return item; }
/// audit.Completed(content.Build());
/// </code>
/// </example>
public interface IAiAuditScope : IDisposable
{
    /// <summary>Records that the invocation completed successfully. Only the first outcome of a scope is recorded.</summary>
    void Completed();

    /// <summary>
    /// Records that the invocation completed successfully with an output, described by its length and hash only
    /// (<see cref="AiAuditContent"/>). Only the first outcome of a scope is recorded.
    /// </summary>
    /// <param name="output">The description of the output, e.g. <see cref="AiAuditContent.Describe{T}(T)"/> of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    void Completed(AiAuditContent output);

    /// <summary>Records that the invocation failed. Only the first outcome of a scope is recorded.</summary>
    /// <param name="exception">The exception that made it fail.</param>
    void Failed(Exception exception);
}
