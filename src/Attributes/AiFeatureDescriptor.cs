using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace ResponsibleAI;

/// <summary>
/// One AI feature's metadata: id, capability, provider, whether it generates content, and the disclosure notice shown
/// with its output. The generator emits one per <see cref="AiFeatureAttribute"/> (<c>AiFeatures.LectureSummary</c>);
/// code without the generator builds one with the public constructor.
/// </summary>
/// <remarks>
/// Two descriptors are equal when id, capability, provider, generates-content, <see cref="PersonalData"/> and the explicit
/// <see cref="Disclosure"/> are equal (ordinal string comparison). The localized default notice is not compared: it
/// depends on the culture it is asked for. <see cref="DeclaredBy"/> is not compared either: it says where the feature is
/// declared, not what it is.
/// </remarks>
public sealed class AiFeatureDescriptor : IEquatable<AiFeatureDescriptor>
{
    /// <summary>Initializes a new instance of the <see cref="AiFeatureDescriptor"/> class.</summary>
    /// <param name="id">The feature id; must match <c>^[a-z][a-z0-9]*([.-][a-z0-9]+)*$</c>, e.g. <c>lecture.summary</c>.</param>
    /// <param name="capability">What the feature does. Defaults to <see cref="AiCapability.Other"/>.</param>
    /// <param name="provider">Who runs the model, e.g. <c>"Azure OpenAI"</c> or <c>"self-hosted"</c>; <see langword="null"/> when unknown.</param>
    /// <param name="generatesContent">
    /// Whether the feature generates content; <see langword="null"/> takes the default for <paramref name="capability"/>
    /// (<see langword="false"/> for Embedding, Moderation and Classification, otherwise <see langword="true"/>).
    /// </param>
    /// <param name="disclosure">
    /// The notice shown with the output, in every culture; <see langword="null"/> takes the localized default for
    /// <paramref name="capability"/> (<see cref="AiDisclosureNotices.Default(AiCapability, CultureInfo?)"/>).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or does not match the pattern.</exception>
    public AiFeatureDescriptor(
        string id,
        AiCapability capability = AiCapability.Other,
        string? provider = null,
        bool? generatesContent = null,
        string? disclosure = null)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        if (!AiFeatureId.IsValid(id))
        {
            throw new ArgumentException(
                $"The AI feature id '{id}' is not valid: use lower-case segments separated by '.' or '-' ({AiFeatureId.Pattern}), e.g. 'lecture.summary'.",
                nameof(id));
        }

        Id = id;
        Capability = capability;
        Provider = provider;
        GeneratesContent = generatesContent ?? AiCapabilityFacts.GeneratesContentByDefault(capability);
        Disclosure = disclosure;
    }

    /// <summary>Initializes a new instance of the <see cref="AiFeatureDescriptor"/> class with the members that declare it.</summary>
    /// <param name="id">The feature id; must match <c>^[a-z][a-z0-9]*([.-][a-z0-9]+)*$</c>, e.g. <c>lecture.summary</c>.</param>
    /// <param name="capability">What the feature does.</param>
    /// <param name="provider">Who runs the model, e.g. <c>"Azure OpenAI"</c> or <c>"self-hosted"</c>; <see langword="null"/> when unknown.</param>
    /// <param name="generatesContent">
    /// Whether the feature generates content; <see langword="null"/> takes the default for <paramref name="capability"/>
    /// (<see langword="false"/> for Embedding, Moderation and Classification, otherwise <see langword="true"/>).
    /// </param>
    /// <param name="disclosure">
    /// The notice shown with the output, in every culture; <see langword="null"/> takes the localized default for
    /// <paramref name="capability"/> (<see cref="AiDisclosureNotices.Default(AiCapability, CultureInfo?)"/>).
    /// </param>
    /// <param name="declaredBy">
    /// The members that declare the feature (<see cref="DeclaredBy"/>), in the order given; copied.
    /// <see langword="null"/> means none.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is empty or does not match the pattern, or <paramref name="declaredBy"/> contains a
    /// <see langword="null"/> or empty name.
    /// </exception>
    public AiFeatureDescriptor(
        string id,
        AiCapability capability,
        string? provider,
        bool? generatesContent,
        string? disclosure,
        IEnumerable<string>? declaredBy)
        : this(id, capability, provider, generatesContent, disclosure)
    {
        if (declaredBy is null)
        {
            return;
        }

        var members = new List<string>();
        foreach (var member in declaredBy)
        {
            if (member is null || member.Length == 0)
            {
                throw new ArgumentException("A member that declares an AI feature needs a non-empty name.", nameof(declaredBy));
            }

            members.Add(member);
        }

        if (members.Count > 0)
        {
            DeclaredBy = new ReadOnlyCollection<string>(members);
        }
    }

    /// <summary>Gets the feature id, e.g. <c>lecture.summary</c>.</summary>
    public string Id { get; }

    /// <summary>Gets what the feature does.</summary>
    public AiCapability Capability { get; }

    /// <summary>Gets who runs the model, or <see langword="null"/> when unknown.</summary>
    public string? Provider { get; }

    /// <summary>Gets whether the feature generates content that must be disclosed.</summary>
    public bool GeneratesContent { get; }

    /// <summary>
    /// Gets the explicit disclosure notice given to the constructor (from <see cref="AiFeatureAttribute.Disclosure"/>), or
    /// <see langword="null"/> when the localized default notice for <see cref="Capability"/> applies.
    /// </summary>
    public string? Disclosure { get; }

    /// <summary>
    /// Gets the members that declare the feature: documentation-comment ids (<c>M:Contoso.Lectures.Summarize(System.String)</c>)
    /// or display names, as the generator or the caller gave them. Empty when not given. For documentation and the AI
    /// inventory; not part of equality.
    /// </summary>
    public IReadOnlyList<string> DeclaredBy { get; } = Array.Empty<string>();

    /// <summary>
    /// Gets whether the feature processes a person's data (<see cref="AiFeatureAttribute.PersonalData"/>). Defaults to
    /// <see langword="true"/>; <see langword="false"/> declares a feature that only sees data about no one.
    /// </summary>
    public bool PersonalData { get; init; } = true;

    /// <summary>
    /// Gets the disclosure notice shown to the end user with the feature's output, in the current UI culture
    /// (<see cref="CultureInfo.CurrentUICulture"/>, read on every call): <see cref="GetNotice(CultureInfo?)"/> for that culture.
    /// </summary>
    public string Notice => GetNotice(CultureInfo.CurrentUICulture);

    /// <summary>Returns the disclosure notice to show with the feature's output to a user of a given culture.</summary>
    /// <param name="culture">The end user's culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>
    /// The explicit <see cref="Disclosure"/> when one was given (whatever the culture), otherwise
    /// <see cref="AiDisclosureNotices.Default(AiCapability, CultureInfo?)"/> for <see cref="Capability"/> and <paramref name="culture"/>.
    /// </returns>
    public string GetNotice(CultureInfo? culture) => Disclosure ?? AiDisclosureNotices.Default(Capability, culture);

    /// <summary>Returns the feature id.</summary>
    /// <returns>The value of <see cref="Id"/>.</returns>
    public override string ToString() => Id;

    /// <summary>Determines whether this descriptor and <paramref name="other"/> describe the same feature in the same way.</summary>
    /// <param name="other">The descriptor to compare with.</param>
    /// <returns><see langword="true"/> when id, capability, provider, generates-content, personal data and explicit disclosure are all equal.</returns>
    public bool Equals(AiFeatureDescriptor? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Id, other.Id, StringComparison.Ordinal)
                && Capability == other.Capability
                && string.Equals(Provider, other.Provider, StringComparison.Ordinal)
                && GeneratesContent == other.GeneratesContent
                && PersonalData == other.PersonalData
                && string.Equals(Disclosure, other.Disclosure, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AiFeatureDescriptor);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Id);
            hash = (hash * 397) ^ (int)Capability;
            hash = (hash * 397) ^ (Provider is null ? 0 : StringComparer.Ordinal.GetHashCode(Provider));
            hash = (hash * 397) ^ (GeneratesContent ? 1 : 0);
            hash = (hash * 397) ^ (PersonalData ? 1 : 0);
            hash = (hash * 397) ^ (Disclosure is null ? 0 : StringComparer.Ordinal.GetHashCode(Disclosure));
            return hash;
        }
    }

    /// <summary>Determines whether two descriptors are equal.</summary>
    /// <param name="left">The first descriptor.</param>
    /// <param name="right">The second descriptor.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(AiFeatureDescriptor? left, AiFeatureDescriptor? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two descriptors differ.</summary>
    /// <param name="left">The first descriptor.</param>
    /// <param name="right">The second descriptor.</param>
    /// <returns><see langword="true"/> when exactly one is <see langword="null"/> or they are not equal.</returns>
    public static bool operator !=(AiFeatureDescriptor? left, AiFeatureDescriptor? right) => !(left == right);
}
