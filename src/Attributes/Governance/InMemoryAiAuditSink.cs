using System;
using System.Collections.Generic;

namespace ResponsibleAI;

/// <summary>A thread-safe <see cref="IAiAuditSink"/> that keeps events in memory, for tests and samples.</summary>
public sealed class InMemoryAiAuditSink : IAiAuditSink
{
    private readonly object _gate = new();
    private readonly List<AiAuditEvent> _events = new();

    /// <summary>Gets a snapshot of the events written so far, oldest first.</summary>
    public IReadOnlyList<AiAuditEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return _events.ToArray();
            }
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="auditEvent"/> is <see langword="null"/>.</exception>
    public void Write(AiAuditEvent auditEvent)
    {
        if (auditEvent is null)
        {
            throw new ArgumentNullException(nameof(auditEvent));
        }

        lock (_gate)
        {
            _events.Add(auditEvent);
        }
    }

    /// <summary>Removes all events.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _events.Clear();
        }
    }
}
