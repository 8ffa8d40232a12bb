using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.ExceptionServices;

namespace ResponsibleAI;

/// <summary>An <see cref="IAiAuditSink"/> that writes every event to several sinks, in order (e.g. a durable audit log and telemetry).</summary>
/// <remarks>
/// Every sink gets every event even when an earlier one throws. After all have been called, a single failure is
/// rethrown as it was, and several are thrown together as an <see cref="AggregateException"/>. Thread-safe when the
/// sinks are.
/// </remarks>
/// <example>
/// <code>
/// var governance = new AiGovernance(consents, preferences,
///     new CompositeAiAuditSink(databaseAuditSink, new OpenTelemetryAiAuditSink()));
/// </code>
/// </example>
public sealed class CompositeAiAuditSink : IAiAuditSink
{
    private readonly IAiAuditSink[] _sinks;

    /// <summary>Initializes a new instance of the <see cref="CompositeAiAuditSink"/> class.</summary>
    /// <param name="sinks">The sinks, in the order they are written to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sinks"/> or one of its elements is <see langword="null"/>.</exception>
    public CompositeAiAuditSink(params IAiAuditSink[] sinks)
        : this((IEnumerable<IAiAuditSink>)sinks)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CompositeAiAuditSink"/> class.</summary>
    /// <param name="sinks">The sinks, in the order they are written to; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sinks"/> or one of its elements is <see langword="null"/>.</exception>
    public CompositeAiAuditSink(IEnumerable<IAiAuditSink> sinks)
    {
        if (sinks is null)
        {
            throw new ArgumentNullException(nameof(sinks));
        }

        var copy = new List<IAiAuditSink>();
        foreach (var sink in sinks)
        {
            copy.Add(sink ?? throw new ArgumentNullException(nameof(sinks), "An audit sink in the list is null."));
        }

        _sinks = copy.ToArray();
        Sinks = new ReadOnlyCollection<IAiAuditSink>(_sinks);
    }

    /// <summary>Gets the sinks, in the order they are written to.</summary>
    public IReadOnlyList<IAiAuditSink> Sinks { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="auditEvent"/> is <see langword="null"/>.</exception>
    /// <exception cref="AggregateException">More than one sink threw.</exception>
    public void Write(AiAuditEvent auditEvent)
    {
        if (auditEvent is null)
        {
            throw new ArgumentNullException(nameof(auditEvent));
        }

        List<Exception>? errors = null;
        foreach (var sink in _sinks)
        {
            try
            {
                sink.Write(auditEvent);
            }
            catch (Exception ex)
            {
                // Every sink must see the event; the failures are rethrown below.
                (errors ??= new List<Exception>()).Add(ex);
            }
        }

        if (errors is null)
        {
            return;
        }

        if (errors.Count == 1)
        {
            ExceptionDispatchInfo.Capture(errors[0]).Throw();
        }

        throw new AggregateException("Several audit sinks failed to write an AI audit event.", errors);
    }
}
