using System;
using System.Globalization;

namespace ResponsibleAI;

/// <summary>
/// AI-generated output together with its disclosure: the notice to show the end user, which feature produced it,
/// when, and whether a person has reviewed it. Returning or passing an <see cref="AiGenerated{T}"/> satisfies the
/// disclosure rule RAI1003. Build one with <see cref="AiGenerated.Create{T}(T, AiFeatureDescriptor)"/>.
/// </summary>
/// <typeparam name="T">The type of the output, e.g. <see cref="string"/>.</typeparam>
public sealed class AiGenerated<T> : IAiGeneratedValue
{
    /// <summary>
    /// Wraps <paramref name="value"/> with the notice of <paramref name="feature"/> for the current UI culture, generated now.
    /// The same as <see cref="AiGenerated.Create{T}(T, AiFeatureDescriptor)"/>.
    /// </summary>
    /// <param name="value">The AI output.</param>
    /// <param name="feature">The feature that produced it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is <see langword="null"/>.</exception>
    public AiGenerated(T value, AiFeatureDescriptor feature)
        : this(
            value,
            (feature ?? throw new ArgumentNullException(nameof(feature))).GetNotice(CultureInfo.CurrentUICulture),
            feature.Id,
            feature.Capability,
            feature.Provider,
            DateTimeOffset.UtcNow,
            AiReviewState.Unreviewed)
    {
    }

    internal AiGenerated(T value, string notice, string featureId, AiCapability capability, string? provider, DateTimeOffset generatedAtUtc, AiReviewState reviewState)
    {
        Value = value;
        Notice = notice;
        FeatureId = featureId;
        Capability = capability;
        Provider = provider;
        GeneratedAtUtc = generatedAtUtc;
        ReviewState = reviewState;
    }

    /// <summary>Gets the output itself.</summary>
    public T Value { get; }

    /// <inheritdoc/>
    object? IAiGeneratedValue.BoxedValue => Value;

    /// <summary>Gets the disclosure notice to show the end user with <see cref="Value"/>.</summary>
    public string Notice { get; }

    /// <summary>Gets the id of the feature that produced the output.</summary>
    public string FeatureId { get; }

    /// <summary>Gets the capability of the feature that produced the output.</summary>
    public AiCapability Capability { get; }

    /// <summary>Gets who ran the model, or <see langword="null"/> when unknown.</summary>
    public string? Provider { get; }

    /// <summary>Gets when the output was generated, in UTC.</summary>
    public DateTimeOffset GeneratedAtUtc { get; }

    /// <summary>Gets whether a person has reviewed the output.</summary>
    public AiReviewState ReviewState { get; }

    /// <summary>Returns a copy of this output with another review state; this instance is unchanged.</summary>
    /// <param name="reviewState">The new review state.</param>
    /// <returns>A new <see cref="AiGenerated{T}"/> with the same value and metadata.</returns>
    public AiGenerated<T> WithReview(AiReviewState reviewState) =>
        new(Value, Notice, FeatureId, Capability, Provider, GeneratedAtUtc, reviewState);

    /// <summary>Returns the value followed by its notice, e.g. <c>Summary text (This summary was generated ...)</c>.</summary>
    /// <returns>The value's text and the notice in parentheses.</returns>
    public override string ToString() => $"{Value} ({Notice})";
}

/// <summary>
/// Creates <see cref="AiGenerated{T}"/> instances. Every overload carries <see cref="AiDisclosureAttribute"/>: passing
/// AI output through it satisfies the disclosure rule RAI1003.
/// </summary>
/// <remarks>
/// The notice is taken once, when the output is wrapped: the descriptor's explicit
/// <see cref="AiFeatureDescriptor.Disclosure"/> when it has one, otherwise the default notice for its capability in the
/// given culture, or in <see cref="CultureInfo.CurrentUICulture"/> when no culture is given
/// (<see cref="AiFeatureDescriptor.GetNotice(CultureInfo?)"/>).
/// </remarks>
public static class AiGenerated
{
    /// <summary>
    /// Wraps AI output with the disclosure of <paramref name="feature"/> in the current UI culture, stamped with the current UTC time.
    /// </summary>
    /// <typeparam name="T">The type of the output.</typeparam>
    /// <param name="value">The output.</param>
    /// <param name="feature">
    /// The feature that produced it; its notice for <see cref="CultureInfo.CurrentUICulture"/>
    /// (<see cref="AiFeatureDescriptor.Notice"/>) becomes the notice.
    /// </param>
    /// <returns>The unreviewed, disclosed output.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is <see langword="null"/>.</exception>
    [AiDisclosure]
    public static AiGenerated<T> Create<T>(T value, AiFeatureDescriptor feature) =>
        Create(value, feature, CultureInfo.CurrentUICulture, DateTimeOffset.UtcNow);

    /// <summary>
    /// Wraps AI output with the disclosure of <paramref name="feature"/> in the current UI culture and a given generation
    /// time (for tests and replays).
    /// </summary>
    /// <typeparam name="T">The type of the output.</typeparam>
    /// <param name="value">The output.</param>
    /// <param name="feature">
    /// The feature that produced it; its notice for <see cref="CultureInfo.CurrentUICulture"/>
    /// (<see cref="AiFeatureDescriptor.Notice"/>) becomes the notice.
    /// </param>
    /// <param name="generatedAtUtc">When the output was generated; converted to UTC.</param>
    /// <returns>The unreviewed, disclosed output.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is <see langword="null"/>.</exception>
    [AiDisclosure]
    public static AiGenerated<T> Create<T>(T value, AiFeatureDescriptor feature, DateTimeOffset generatedAtUtc) =>
        Create(value, feature, CultureInfo.CurrentUICulture, generatedAtUtc);

    /// <summary>
    /// Wraps AI output with the disclosure of <paramref name="feature"/> in the end user's language, stamped with the
    /// current UTC time.
    /// </summary>
    /// <typeparam name="T">The type of the output.</typeparam>
    /// <param name="value">The output.</param>
    /// <param name="feature">
    /// The feature that produced it; its notice for <paramref name="culture"/>
    /// (<see cref="AiFeatureDescriptor.GetNotice(CultureInfo?)"/>) becomes the notice.
    /// </param>
    /// <param name="culture">The end user's culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The unreviewed, disclosed output.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is <see langword="null"/>.</exception>
    [AiDisclosure]
    public static AiGenerated<T> Create<T>(T value, AiFeatureDescriptor feature, CultureInfo? culture) =>
        Create(value, feature, culture, DateTimeOffset.UtcNow);

    /// <summary>
    /// Wraps AI output with the disclosure of <paramref name="feature"/> in the end user's language and a given generation
    /// time (for tests and replays).
    /// </summary>
    /// <typeparam name="T">The type of the output.</typeparam>
    /// <param name="value">The output.</param>
    /// <param name="feature">
    /// The feature that produced it; its notice for <paramref name="culture"/>
    /// (<see cref="AiFeatureDescriptor.GetNotice(CultureInfo?)"/>) becomes the notice.
    /// </param>
    /// <param name="culture">The end user's culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <param name="generatedAtUtc">When the output was generated; converted to UTC.</param>
    /// <returns>The unreviewed, disclosed output.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is <see langword="null"/>.</exception>
    [AiDisclosure]
    public static AiGenerated<T> Create<T>(T value, AiFeatureDescriptor feature, CultureInfo? culture, DateTimeOffset generatedAtUtc)
    {
        if (feature is null)
        {
            throw new ArgumentNullException(nameof(feature));
        }

        return new AiGenerated<T>(value, feature.GetNotice(culture), feature.Id, feature.Capability, feature.Provider, generatedAtUtc.ToUniversalTime(), AiReviewState.Unreviewed);
    }

    /// <summary>
    /// Wraps AI output for a feature known only by id: the capability is <see cref="AiCapability.Other"/> and the notice
    /// is that capability's default in the current UI culture ("This content was generated by AI." in English).
    /// </summary>
    /// <typeparam name="T">The type of the output.</typeparam>
    /// <param name="value">The output.</param>
    /// <param name="featureId">The feature id, e.g. <c>lecture.summary</c>.</param>
    /// <returns>The unreviewed, disclosed output.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="featureId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="featureId"/> is not a valid feature id.</exception>
    [AiDisclosure]
    public static AiGenerated<T> Create<T>(T value, string featureId) =>
        Create(value, new AiFeatureDescriptor(featureId), CultureInfo.CurrentUICulture, DateTimeOffset.UtcNow);

    /// <summary>Wraps AI output for a feature known only by id, with a given generation time (for tests and replays).</summary>
    /// <typeparam name="T">The type of the output.</typeparam>
    /// <param name="value">The output.</param>
    /// <param name="featureId">The feature id, e.g. <c>lecture.summary</c>.</param>
    /// <param name="generatedAtUtc">When the output was generated; converted to UTC.</param>
    /// <returns>The unreviewed, disclosed output.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="featureId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="featureId"/> is not a valid feature id.</exception>
    [AiDisclosure]
    public static AiGenerated<T> Create<T>(T value, string featureId, DateTimeOffset generatedAtUtc) =>
        Create(value, new AiFeatureDescriptor(featureId), CultureInfo.CurrentUICulture, generatedAtUtc);

    /// <summary>
    /// Wraps AI output for a feature known only by id, with the default notice for <see cref="AiCapability.Other"/> in the
    /// end user's language, stamped with the current UTC time.
    /// </summary>
    /// <typeparam name="T">The type of the output.</typeparam>
    /// <param name="value">The output.</param>
    /// <param name="featureId">The feature id, e.g. <c>lecture.summary</c>.</param>
    /// <param name="culture">The end user's culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The unreviewed, disclosed output.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="featureId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="featureId"/> is not a valid feature id.</exception>
    [AiDisclosure]
    public static AiGenerated<T> Create<T>(T value, string featureId, CultureInfo? culture) =>
        Create(value, new AiFeatureDescriptor(featureId), culture, DateTimeOffset.UtcNow);
}
