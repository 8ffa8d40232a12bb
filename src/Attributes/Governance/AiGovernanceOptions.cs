using System;

namespace ResponsibleAI;

/// <summary>How audit events record the subject's id (<see cref="AiGovernanceOptions.SubjectIdMode"/>).</summary>
public enum AiSubjectIdMode
{
    /// <summary>The subject's id as given (<see cref="AiSubject.Id"/>). The default.</summary>
    Raw,

    /// <summary>
    /// A SHA-256 of the id, as 64 lowercase hexadecimal digits: HMAC-SHA256 under
    /// <see cref="AiGovernanceOptions.SubjectIdHashKey"/> when one is set, a plain SHA-256 otherwise.
    /// </summary>
    Hashed,
}

/// <summary>Options of <see cref="AiGovernance"/>: what its audit events record.</summary>
/// <remarks>
/// <see cref="AiGovernance"/> reads the options once, in its constructor; changing them afterwards has no effect on it.
/// </remarks>
public sealed class AiGovernanceOptions
{
    /// <summary>
    /// Gets or sets how audit events record the subject's id. Subject ids are personal data: they say whose data an AI
    /// system processed, and audit logs and telemetry are read by more people, and kept longer, than the data itself.
    /// <see cref="AiSubjectIdMode.Hashed"/> with a <see cref="SubjectIdHashKey"/> records a pseudonym that still lets you
    /// find one subject's events (for an access or erasure request) with <see cref="GetAuditSubjectId"/>.
    /// Defaults to <see cref="AiSubjectIdMode.Raw"/>.
    /// </summary>
    public AiSubjectIdMode SubjectIdMode { get; set; } = AiSubjectIdMode.Raw;

    /// <summary>
    /// Gets or sets the secret key for <see cref="AiSubjectIdMode.Hashed"/> (HMAC-SHA256), or <see langword="null"/> for
    /// an unkeyed SHA-256. Use a key: without one, anyone who can list candidate ids (e-mail addresses, sequential
    /// numbers) can reverse the hash by hashing them. Keep it out of source code, like any other secret.
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

        return SubjectIdMode switch
        {
            AiSubjectIdMode.Hashed => SubjectIdHashKey is { } key ? AiHashing.HmacSha256Hex(key, subject.Id) : AiHashing.Sha256Hex(subject.Id),
            _ => subject.Id,
        };
    }

    /// <summary>A copy that later changes to this instance do not affect (the key is copied too).</summary>
    internal AiGovernanceOptions Snapshot() => new()
    {
        SubjectIdMode = SubjectIdMode,
        SubjectIdHashKey = SubjectIdHashKey is null ? null : (byte[])SubjectIdHashKey.Clone(),
        RecordOutputSha256 = RecordOutputSha256,
        ModelResolver = ModelResolver,
    };
}
