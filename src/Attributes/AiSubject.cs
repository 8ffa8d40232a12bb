using System;

namespace ResponsibleAI;

/// <summary>
/// Whose data an AI feature processes: a user, student, customer or tenant, by a stable identifier.
/// Consent and opt-out are recorded per subject and feature.
/// </summary>
/// <param name="Id">
/// The subject's identifier. Must not be <see langword="null"/> or empty. Prefer an opaque id over a name or an
/// e-mail address: it ends up in audit events.
/// </param>
public readonly record struct AiSubject(string Id)
{
    private readonly string _id = Validate(Id);

    /// <summary>
    /// Gets the subject's identifier. For <c>default(AiSubject)</c> this is the empty string, which the governance
    /// methods reject.
    /// </summary>
    /// <exception cref="ArgumentException">(init) The value is <see langword="null"/> or empty.</exception>
    public string Id
    {
        get => _id ?? string.Empty;
        init => _id = Validate(value);
    }

    /// <summary>Returns the subject's identifier.</summary>
    /// <returns>The value of <see cref="Id"/>.</returns>
    public override string ToString() => Id;

    private static string Validate(string id) =>
        string.IsNullOrEmpty(id)
            ? throw new ArgumentException("An AI subject needs a non-empty id.", nameof(Id))
            : id;
}
