using System;

namespace ResponsibleAI;

/// <summary>
/// Thrown by <see cref="IAiGovernance.EnsureConsentAsync"/> when the subject has not consented to the AI feature.
/// </summary>
/// <remarks>The message names the feature but not the subject, so that logging it does not leak the subject's id.</remarks>
public sealed class AiConsentRequiredException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="AiConsentRequiredException"/> class.</summary>
    public AiConsentRequiredException()
        : base("Consent is required before this AI feature may process the subject's data.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AiConsentRequiredException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public AiConsentRequiredException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AiConsentRequiredException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public AiConsentRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AiConsentRequiredException"/> class for a subject and a feature.</summary>
    /// <param name="subject">The subject who has not consented.</param>
    /// <param name="feature">The feature that needs consent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is <see langword="null"/>.</exception>
    public AiConsentRequiredException(AiSubject subject, AiFeatureDescriptor feature)
        : base($"Consent is required before the AI feature '{(feature ?? throw new ArgumentNullException(nameof(feature))).Id}' may process the subject's data.")
    {
        Subject = subject;
        FeatureId = feature.Id;
    }

    /// <summary>Gets the subject who has not consented, or <c>default</c> when the exception was built from a message only.</summary>
    public AiSubject Subject { get; }

    /// <summary>Gets the id of the feature that needs consent, or <see langword="null"/> when the exception was built from a message only.</summary>
    public string? FeatureId { get; }
}
