namespace ResponsibleAI;

/// <summary>
/// What an AI feature does. The capability decides the default disclosure notice
/// (<see cref="AiDisclosureNotices.Default(AiCapability)"/>) and whether the feature generates content
/// (<see cref="Embedding"/>, <see cref="Moderation"/> and <see cref="Classification"/> do not; every other capability does).
/// </summary>
/// <remarks>The numeric values are public API (they are compiled into callers): do not reorder the members.</remarks>
public enum AiCapability
{
    /// <summary>Conversational text generation (a chat assistant).</summary>
    Chat,

    /// <summary>Free-form text generation (drafts, descriptions, rewrites).</summary>
    TextGeneration,

    /// <summary>Summaries of longer content.</summary>
    Summarization,

    /// <summary>Captions (subtitles) for audio or video.</summary>
    Captioning,

    /// <summary>Transcripts of speech.</summary>
    Transcription,

    /// <summary>Translation of text, captions or transcripts.</summary>
    Translation,

    /// <summary>Dubbing: a synthetic voice track in another language.</summary>
    Dubbing,

    /// <summary>Audio description of visual content for blind and low-vision users.</summary>
    AudioDescription,

    /// <summary>Speech synthesis (text to speech).</summary>
    SpeechSynthesis,

    /// <summary>Image generation or substantial image editing.</summary>
    ImageGeneration,

    /// <summary>Video generation or substantial video editing.</summary>
    VideoGeneration,

    /// <summary>Automatic clips (highlights) cut from longer recordings.</summary>
    Clipping,

    /// <summary>Quiz or assessment-question generation.</summary>
    QuizGeneration,

    /// <summary>Automatic chapters for a recording.</summary>
    Chaptering,

    /// <summary>Automatic tags, keywords or metadata.</summary>
    Tagging,

    /// <summary>Analysis of images or video frames (description, OCR, object detection).</summary>
    VisionAnalysis,

    /// <summary>Vector embeddings. Does not generate content by default.</summary>
    Embedding,

    /// <summary>Content moderation. Does not generate content by default.</summary>
    Moderation,

    /// <summary>Classification. Does not generate content by default.</summary>
    Classification,

    /// <summary>Any other AI use; the default when no capability is declared. Generates content by default.</summary>
    Other,
}
