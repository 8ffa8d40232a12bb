using System;

namespace ResponsibleAI;

/// <summary>
/// Thrown by <see cref="IAiGovernance.EnsureNotOptedOutAsync"/> when the subject has opted out of the AI feature.
/// </summary>
/// <remarks>The message names the feature but not the subject, so that logging it does not leak the subject's id.</remarks>
public sealed class AiOptedOutException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="AiOptedOutException"/> class.</summary>
    public AiOptedOutException()
        : base("The subject has opted out of this AI feature.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AiOptedOutException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public AiOptedOutException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AiOptedOutException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public AiOptedOutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AiOptedOutException"/> class for a subject and a feature.</summary>
    /// <param name="subject">The subject who has opted out.</param>
    /// <param name="feature">The feature the subject opted out of.</param>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is <see langword="null"/>.</exception>
    public AiOptedOutException(AiSubject subject, AiFeatureDescriptor feature)
        : base($"The subject has opted out of the AI feature '{(feature ?? throw new ArgumentNullException(nameof(feature))).Id}'.")
    {
        Subject = subject;
        FeatureId = feature.Id;
    }

    /// <summary>Gets the subject who has opted out, or <c>default</c> when the exception was built from a message only.</summary>
    public AiSubject Subject { get; }

    /// <summary>Gets the id of the feature the subject opted out of, or <see langword="null"/> when the exception was built from a message only.</summary>
    public string? FeatureId { get; }
}
