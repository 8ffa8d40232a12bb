namespace ResponsibleAI.Analyzers.Catalog;

/// <summary>
/// Mirror of <c>ResponsibleAI.AiCapability</c> (the analyzer assembly may not depend on the attributes assembly).
/// A test keeps the two in step: same names, same order.
/// </summary>
internal enum AiCapability
{
    Chat,
    TextGeneration,
    Summarization,
    Captioning,
    Transcription,
    Translation,
    Dubbing,
    AudioDescription,
    SpeechSynthesis,
    ImageGeneration,
    VideoGeneration,
    Clipping,
    QuizGeneration,
    Chaptering,
    Tagging,
    VisionAnalysis,
    Embedding,
    Moderation,
    Classification,
    Other,
}

internal static class AiCapabilityFacts
{
    /// <summary>Embedding, Moderation and Classification default to GeneratesContent = false (documented).</summary>
    public static bool GeneratesContentByDefault(AiCapability capability) =>
        capability is not (AiCapability.Embedding or AiCapability.Moderation or AiCapability.Classification);
}
