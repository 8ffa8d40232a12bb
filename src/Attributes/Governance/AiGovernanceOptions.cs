using System;

namespace ResponsibleAI;

/// <summary>How audit events record the subject's id (<see cref="AiGovernanceOptions.SubjectIdMode"/>).</summary>
public enum AiSubjectIdMode
{
    /// <summary>
    /// The subject's id as given (<see cref="AiSubject.Id"/>). Subject ids are personal data: choose this only when the
    /// audit log is where those ids may be kept (and set it explicitly: it is not the default).
    /// </summary>
    Raw,

    /// <summary>
    /// A pseudonym: HMAC-SHA256 of the id under <see cref="AiGovernanceOptions.SubjectIdHashKey"/>, as 64 lowercase
    /// hexadecimal digits. The default. It needs a key: without one, the governance refuses to start rather than write a
    /// plain hash that anyone can reverse by hashing candidate ids (e-mail addresses, sequential numbers).
    /// </summary>
    Hashed,
}

/// <summary>Options of <see cref="AiGovernance"/>: what its audit events record. Private by default.</summary>
/// <remarks>
/// <see cref="AiGovernance"/> reads the options once, in its constructor, and refuses options that
/// <see cref="Validate"/> rejects; changing them afterwards has no effect on it. With dependency injection they are
/// <c>IOptions&lt;AiGovernanceOptions&gt;</c>, validated when the host starts (<c>services.AddResponsibleAI(...)</c>).
/// </remarks>
public sealed class AiGovernanceOptions
{
    /// <summary>The shortest <see cref="SubjectIdHashKey"/> accepted, in bytes (128 bits).</summary>
    public const int MinimumSubjectIdHashKeyLength = 16;

    /// <summary>
    /// Gets or sets how audit events record the subject's id. Subject ids are personal data: they say whose data an AI
    /// system processed, and audit logs and telemetry are read by more people, and kept longer, than the data itself.
    /// Defaults to <see cref="AiSubjectIdMode.Hashed"/>: a keyed pseudonym (<see cref="SubjectIdHashKey"/>, required)
    /// that still lets you find one subject's events (for an access or erasure request) with
    /// <see cref="GetAuditSubjectId"/>. Set <see cref="AiSubjectIdMode.Raw"/> explicitly to record ids as they are.
    /// </summary>
    public AiSubjectIdMode SubjectIdMode { get; set; } = AiSubjectIdMode.Hashed;

    /// <summary>
    /// Gets or sets the secret key of <see cref="AiSubjectIdMode.Hashed"/> (HMAC-SHA256), at least
    /// <see cref="MinimumSubjectIdHashKeyLength"/> bytes. Required in that mode: there is no unkeyed fallback. Keep it out
    /// of source code, like any other secret (configuration, a secret store), and keep it stable: a new key gives every
    /// subject a new pseudonym.
    /// </summary>
    public byte[]? SubjectIdHashKey { get; set; }

    /// <summary>
    /// Gets or sets whether audit events record the SHA-256 of the output (<see cref="AiAuditEvent.OutputSha256"/>).
    /// The hash proves which output was produced without storing it, but the hash of a short or predictable output (a
    /// label, a yes/no, a score) can be reversed by hashing the candidates. Defaults to <see langword="true"/>.
    /// </summary>
    public bool RecordOutputSha256 { get; set; } = true;

    /// <summary>
    /// Gets or sets a function that names the model a feature uses (<see cref="AiAuditEvent.Model"/>,
    /// <c>gen_ai.request.model</c>), or <see langword="null"/> to leave the model out. Called once per audit scope.
    /// </summary>
    public Func<AiFeatureDescriptor, string?>? ModelResolver { get; set; }

    /// <summary>
    /// Returns the id that audit events written under these options record for <paramref name="subject"/>: the id
    /// itself, or its hash (<see cref="SubjectIdMode"/>). Use it to find a subject's events in the audit log.
    /// </summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The recorded id.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> has an empty id (<c>default(AiSubject)</c>).</exception>
    public string GetAuditSubjectId(AiSubject subject)
    {
        if (subject.Id.Length == 0)
        {
            throw new ArgumentException("The AI subject has no id (default(AiSubject)).", nameof(subject));
        }

        if (SubjectIdMode == AiSubjectIdMode.Raw)
        {
            return subject.Id;
        }

        return Validate() is { } problem ? throw new InvalidOperationException(problem) : AiHashing.HmacSha256Hex(SubjectIdHashKey!, subject.Id);
    }

    /// <summary>
    /// Says what is wrong with these options, or returns <see langword="null"/> when they can be used: the default mode
    /// (<see cref="AiSubjectIdMode.Hashed"/>) needs a <see cref="SubjectIdHashKey"/> of at least
    /// <see cref="MinimumSubjectIdHashKeyLength"/> bytes.
    /// </summary>
    /// <returns>The problem, in a sentence that says how to fix it; <see langword="null"/> when there is none.</returns>
    public string? Validate() => SubjectIdMode switch
    {
        AiSubjectIdMode.Raw => null,
        AiSubjectIdMode.Hashed when SubjectIdHashKey is null =>
            "ResponsibleAI audit: subject ids are pseudonymized (SubjectIdMode = Hashed, the default) and no SubjectIdHashKey is set. "
            + "Set AiGovernanceOptions.SubjectIdHashKey to a secret of at least 16 bytes from your configuration or secret store "
            + "(for example Convert.FromBase64String(configuration[\"ResponsibleAI:SubjectIdHashKey\"])), "
            + "or set SubjectIdMode = AiSubjectIdMode.Raw to record subject ids as they are.",
        AiSubjectIdMode.Hashed when SubjectIdHashKey.Length < MinimumSubjectIdHashKeyLength =>
            $"ResponsibleAI audit: SubjectIdHashKey has {SubjectIdHashKey.Length} bytes; use a secret of at least {MinimumSubjectIdHashKeyLength} bytes.",
        AiSubjectIdMode.Hashed => null,
        _ => $"ResponsibleAI audit: unknown SubjectIdMode {(int)SubjectIdMode}.",
    };

    /// <summary>A copy that later changes to this instance do not affect (the key is copied too).</summary>
    internal AiGovernanceOptions Snapshot() => new()
    {
        SubjectIdMode = SubjectIdMode,
        SubjectIdHashKey = SubjectIdHashKey is null ? null : (byte[])SubjectIdHashKey.Clone(),
        RecordOutputSha256 = RecordOutputSha256,
        ModelResolver = ModelResolver,
    };
}
