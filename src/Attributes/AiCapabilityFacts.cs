namespace ResponsibleAI;

/// <summary>Facts about <see cref="AiCapability"/> values that the product documents.</summary>
internal static class AiCapabilityFacts
{
    /// <summary>
    /// As documented: <see cref="AiCapability.Embedding"/>, <see cref="AiCapability.Moderation"/> and
    /// <see cref="AiCapability.Classification"/> default to <c>GeneratesContent = false</c>; all others to <see langword="true"/>.
    /// </summary>
    public static bool GeneratesContentByDefault(AiCapability capability) =>
        capability is not (AiCapability.Embedding or AiCapability.Moderation or AiCapability.Classification);
}
