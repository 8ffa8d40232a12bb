// Stand-in types: Google Gen AI (Google.GenAI) is not served by the package registry here. Namespaces and signatures
// follow the real SDK as recorded in shared/reference/ai-sdk-catalog.md; bodies throw.
// Source shapes: googleapis/dotnet-genai Client.cs, Models.cs, Live.cs, Tunings.cs and types/*.cs (the real types are
// records with get/set properties; plain classes here). Newer releases add an optional CancellationToken to the
// async methods (seen on Tunings.TuneAsync); it is declared everywhere so both call shapes compile.

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Google.GenAI.Types;

namespace Google.GenAI
{
    /// <summary>Entry point: <c>new Client(apiKey: "...")</c> or <c>new Client(vertexAI: true, project: "...", location: "...")</c>.</summary>
    public sealed class Client : IDisposable
    {
        public Client(bool? enterprise = null, bool? vertexAI = null, string? apiKey = null, string? project = null,
                      string? location = null, HttpOptions? httpOptions = null)
            => throw new NotSupportedException("stand-in");

        public Models Models => throw new NotSupportedException("stand-in");
        public Live Live => throw new NotSupportedException("stand-in");
        public Tunings Tunings => throw new NotSupportedException("stand-in");
        public Operations Operations => throw new NotSupportedException("stand-in");

        public void Dispose() => throw new NotSupportedException("stand-in");
    }

    public sealed class Models
    {
        private Models() { }

        // Generation (AI calls).
        public Task<GenerateContentResponse> GenerateContentAsync(string model, List<Content> contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task<GenerateContentResponse> GenerateContentAsync(string model, Content contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task<GenerateContentResponse> GenerateContentAsync(string model, string contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");

        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, List<Content> contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, Content contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, string contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");

        public Task<GenerateImagesResponse> GenerateImagesAsync(string model, string prompt, GenerateImagesConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task<EditImageResponse> EditImageAsync(string model, string prompt, List<IReferenceImage> referenceImages, EditImageConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task<UpscaleImageResponse> UpscaleImageAsync(string model, Image image, string upscaleFactor, UpscaleImageConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task<RecontextImageResponse> RecontextImageAsync(string model, RecontextImageSource source, RecontextImageConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task<SegmentImageResponse> SegmentImageAsync(string model, SegmentImageSource source, SegmentImageConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task<GenerateVideosOperation> GenerateVideosAsync(string model, GenerateVideosSource source, GenerateVideosConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");

        public Task<EmbedContentResponse> EmbedContentAsync(string model, List<Content> contents, EmbedContentConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task<EmbedContentResponse> EmbedContentAsync(string model, Content contents, EmbedContentConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task<EmbedContentResponse> EmbedContentAsync(string model, string contents, EmbedContentConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");

        // Not AI calls (token counting).
        public Task<CountTokensResponse> CountTokensAsync(string model, string contents, CountTokensConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task<CountTokensResponse> CountTokensAsync(string model, List<Content> contents, CountTokensConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public class Live
    {
        private Live() { }

        public Task<AsyncSession> ConnectAsync(string model, LiveConnectConfig config, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public class AsyncSession : IAsyncDisposable
    {
        private AsyncSession() { }

        public Task SendClientContentAsync(LiveSendClientContentParameters clientContent, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task SendRealtimeInputAsync(LiveSendRealtimeInputParameters realtimeInput, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task SendToolResponseAsync(LiveSendToolResponseParameters toolResponse, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");

        // Not AI calls by themselves (receiving, closing).
        public Task<LiveServerMessage?> ReceiveAsync(CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public Task CloseAsync() => throw new NotSupportedException("stand-in");
        public ValueTask DisposeAsync() => throw new NotSupportedException("stand-in");
    }

    public sealed class Tunings
    {
        private Tunings() { }

        /// <summary>Creates a supervised fine-tuning job on the given training data.</summary>
        public Task<TuningJob> TuneAsync(string baseModel, TuningDataset trainingDataset, CreateTuningJobConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    /// <summary>Polling of long-running operations (e.g. video generation). Not an AI call.</summary>
    public sealed class Operations
    {
        private Operations() { }

        public Task<GenerateVideosOperation> GetAsync(GenerateVideosOperation operation, GetOperationConfig? config = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }
}

namespace Google.GenAI.Types
{
    public class HttpOptions
    {
        public string? BaseUrl { get; set; }
        public string? ApiVersion { get; set; }
        public int? Timeout { get; set; }
        public Dictionary<string, string>? Headers { get; set; }
    }

    // ---- Content ----

    public class Content
    {
        public List<Part>? Parts { get; set; }
        /// <summary>"user" or "model".</summary>
        public string? Role { get; set; }
    }

    public class Part
    {
        public string? Text { get; set; }
        public Blob? InlineData { get; set; }
        public FileData? FileData { get; set; }
        public bool? Thought { get; set; }
    }

    public class Blob
    {
        public byte[]? Data { get; set; }
        public string? MimeType { get; set; }
        public string? DisplayName { get; set; }
    }

    public class FileData
    {
        public string? FileUri { get; set; }
        public string? MimeType { get; set; }
    }

    // ---- GenerateContent ----

    public class GenerateContentConfig
    {
        public Content? SystemInstruction { get; set; }
        public double? Temperature { get; set; }
        public double? TopP { get; set; }
        public int? MaxOutputTokens { get; set; }
        public int? CandidateCount { get; set; }
        public string? ResponseMimeType { get; set; }
        public List<SafetySetting>? SafetySettings { get; set; }
        public string? CachedContent { get; set; }
        public Dictionary<string, string>? Labels { get; set; }
        public HttpOptions? HttpOptions { get; set; }
    }

    public class SafetySetting
    {
        public HarmCategory? Category { get; set; }
        public HarmBlockThreshold? Threshold { get; set; }
        public HarmBlockMethod? Method { get; set; }
    }

    /// <summary>Extensible enum (readonly record struct in the real SDK, with an implicit conversion from string).</summary>
    public readonly struct HarmBlockThreshold : IEquatable<HarmBlockThreshold>
    {
        private HarmBlockThreshold(string value) => Value = value;
        public string Value { get; }

        public static HarmBlockThreshold HarmBlockThresholdUnspecified { get; } = new("HARM_BLOCK_THRESHOLD_UNSPECIFIED");
        public static HarmBlockThreshold BlockLowAndAbove { get; } = new("BLOCK_LOW_AND_ABOVE");
        public static HarmBlockThreshold BlockMediumAndAbove { get; } = new("BLOCK_MEDIUM_AND_ABOVE");
        public static HarmBlockThreshold BlockOnlyHigh { get; } = new("BLOCK_ONLY_HIGH");
        /// <summary>Do not block any content, regardless of its harm probability.</summary>
        public static HarmBlockThreshold BlockNone { get; } = new("BLOCK_NONE");
        /// <summary>Turn off the safety filter entirely.</summary>
        public static HarmBlockThreshold Off { get; } = new("OFF");

        public static HarmBlockThreshold FromString(string value) => new(value);
        public static implicit operator HarmBlockThreshold(string value) => FromString(value);
        public bool Equals(HarmBlockThreshold other) => Value == other.Value;
        public override bool Equals(object? obj) => obj is HarmBlockThreshold other && Equals(other);
        public override int GetHashCode() => Value?.GetHashCode() ?? 0;
        public override string ToString() => Value ?? string.Empty;
    }

    public readonly struct HarmCategory : IEquatable<HarmCategory>
    {
        private HarmCategory(string value) => Value = value;
        public string Value { get; }

        public static HarmCategory HarmCategoryUnspecified { get; } = new("HARM_CATEGORY_UNSPECIFIED");
        public static HarmCategory HarmCategoryHarassment { get; } = new("HARM_CATEGORY_HARASSMENT");
        public static HarmCategory HarmCategoryHateSpeech { get; } = new("HARM_CATEGORY_HATE_SPEECH");
        public static HarmCategory HarmCategorySexuallyExplicit { get; } = new("HARM_CATEGORY_SEXUALLY_EXPLICIT");
        public static HarmCategory HarmCategoryDangerousContent { get; } = new("HARM_CATEGORY_DANGEROUS_CONTENT");
        public static HarmCategory HarmCategoryCivicIntegrity { get; } = new("HARM_CATEGORY_CIVIC_INTEGRITY");

        public static HarmCategory FromString(string value) => new(value);
        public static implicit operator HarmCategory(string value) => FromString(value);
        public bool Equals(HarmCategory other) => Value == other.Value;
        public override bool Equals(object? obj) => obj is HarmCategory other && Equals(other);
        public override int GetHashCode() => Value?.GetHashCode() ?? 0;
        public override string ToString() => Value ?? string.Empty;
    }

    public enum HarmBlockMethod
    {
        HARM_BLOCK_METHOD_UNSPECIFIED,
        SEVERITY,
        PROBABILITY,
    }

    public class GenerateContentResponse
    {
        public List<Candidate>? Candidates { get; set; }
        public string? ModelVersion { get; set; }
        public string? ResponseId { get; set; }
        public GenerateContentResponsePromptFeedback? PromptFeedback { get; set; }
    }

    public class Candidate
    {
        public Content? Content { get; set; }
        public string? FinishMessage { get; set; }
        public int? Index { get; set; }
    }

    public class GenerateContentResponsePromptFeedback
    {
        public string? BlockReasonMessage { get; set; }
    }

    public class CountTokensConfig
    {
        public HttpOptions? HttpOptions { get; set; }
    }

    public class CountTokensResponse
    {
        public int? TotalTokens { get; set; }
    }

    // ---- Images ----

    public class Image
    {
        public string? GcsUri { get; set; }
        public byte[]? ImageBytes { get; set; }
        public string? MimeType { get; set; }

        public static Image FromFile(string location, string? mimeType = null) => throw new NotSupportedException("stand-in");
    }

    public class GenerateImagesConfig
    {
        public int? NumberOfImages { get; set; }
        public string? NegativePrompt { get; set; }
        public string? AspectRatio { get; set; }
        public SafetyFilterLevel? SafetyFilterLevel { get; set; }
        public PersonGeneration? PersonGeneration { get; set; }
        public bool? IncludeSafetyAttributes { get; set; }
        public bool? IncludeRaiReason { get; set; }
        /// <summary>Invisible (SynthID) watermark on the generated images; <c>false</c> turns it off.</summary>
        public bool? AddWatermark { get; set; }
        public string? OutputGcsUri { get; set; }
        public string? OutputMimeType { get; set; }
        public Dictionary<string, string>? Labels { get; set; }
    }

    public enum SafetyFilterLevel
    {
        BLOCK_LOW_AND_ABOVE,
        BLOCK_MEDIUM_AND_ABOVE,
        BLOCK_ONLY_HIGH,
        BLOCK_NONE,
    }

    public enum PersonGeneration
    {
        DONT_ALLOW,
        ALLOW_ADULT,
        ALLOW_ALL,
    }

    public class GenerateImagesResponse
    {
        public List<GeneratedImage>? GeneratedImages { get; set; }
        public SafetyAttributes? PositivePromptSafetyAttributes { get; set; }
    }

    public class GeneratedImage
    {
        public Image? Image { get; set; }
        public string? RaiFilteredReason { get; set; }
        public SafetyAttributes? SafetyAttributes { get; set; }
        public string? EnhancedPrompt { get; set; }
    }

    public class SafetyAttributes
    {
        public List<string>? Categories { get; set; }
        public List<double>? Scores { get; set; }
        public string? ContentType { get; set; }
    }

    public interface IReferenceImage { }

    public class RawReferenceImage : IReferenceImage
    {
        public Image? ReferenceImage { get; set; }
        public int? ReferenceId { get; set; }
    }

    public class MaskReferenceImage : IReferenceImage
    {
        public Image? ReferenceImage { get; set; }
        public int? ReferenceId { get; set; }
    }

    public class EditImageConfig
    {
        public int? NumberOfImages { get; set; }
        public SafetyFilterLevel? SafetyFilterLevel { get; set; }
        public PersonGeneration? PersonGeneration { get; set; }
        public bool? IncludeRaiReason { get; set; }
        public bool? AddWatermark { get; set; }
        public string? OutputGcsUri { get; set; }
    }

    public class EditImageResponse
    {
        public List<GeneratedImage>? GeneratedImages { get; set; }
    }

    public class UpscaleImageConfig
    {
        public string? OutputGcsUri { get; set; }
        public string? OutputMimeType { get; set; }
        public bool? IncludeRaiReason { get; set; }
        public bool? EnhanceInputImage { get; set; }
    }

    public class UpscaleImageResponse
    {
        public List<GeneratedImage>? GeneratedImages { get; set; }
    }

    public class ProductImage
    {
        public Image? ProductImageField { get; set; }
    }

    public class RecontextImageSource
    {
        public string? Prompt { get; set; }
        public Image? PersonImage { get; set; }
        public List<ProductImage>? ProductImages { get; set; }
    }

    public class RecontextImageConfig
    {
        public int? NumberOfImages { get; set; }
        public string? OutputMimeType { get; set; }
        public SafetyFilterLevel? SafetyFilterLevel { get; set; }
        public PersonGeneration? PersonGeneration { get; set; }
        public bool? AddWatermark { get; set; }
        public Dictionary<string, string>? Labels { get; set; }
    }

    public class RecontextImageResponse
    {
        public List<GeneratedImage>? GeneratedImages { get; set; }
    }

    public readonly struct SegmentMode : IEquatable<SegmentMode>
    {
        private SegmentMode(string value) => Value = value;
        public string Value { get; }

        public static SegmentMode Foreground { get; } = new("FOREGROUND");
        public static SegmentMode Background { get; } = new("BACKGROUND");
        public static SegmentMode Prompt { get; } = new("PROMPT");
        public static SegmentMode Semantic { get; } = new("SEMANTIC");
        public static SegmentMode Interactive { get; } = new("INTERACTIVE");

        public bool Equals(SegmentMode other) => Value == other.Value;
        public override bool Equals(object? obj) => obj is SegmentMode other && Equals(other);
        public override int GetHashCode() => Value?.GetHashCode() ?? 0;
        public override string ToString() => Value ?? string.Empty;
    }

    public class SegmentImageSource
    {
        public string? Prompt { get; set; }
        public Image? Image { get; set; }
    }

    public class SegmentImageConfig
    {
        public SegmentMode? Mode { get; set; }
        public int? MaxPredictions { get; set; }
        public double? ConfidenceThreshold { get; set; }
    }

    public class SegmentImageResponse
    {
        public List<GeneratedImageMask>? GeneratedMasks { get; set; }
    }

    public class GeneratedImageMask
    {
        public Image? Mask { get; set; }
        public List<EntityLabel>? Labels { get; set; }
    }

    public class EntityLabel
    {
        public string? Label { get; set; }
        public double? Score { get; set; }
    }

    // ---- Videos ----

    public class Video
    {
        public string? Uri { get; set; }
        public byte[]? VideoBytes { get; set; }
        public string? MimeType { get; set; }
    }

    public class GenerateVideosSource
    {
        public string? Prompt { get; set; }
        public Image? Image { get; set; }
        public Video? Video { get; set; }
    }

    public class GenerateVideosConfig
    {
        public int? NumberOfVideos { get; set; }
        public int? DurationSeconds { get; set; }
        public int? Fps { get; set; }
        public string? AspectRatio { get; set; }
        public string? Resolution { get; set; }
        /// <summary>A string in this type: "dont_allow", "allow_adult" (and "allow_all").</summary>
        public string? PersonGeneration { get; set; }
        public string? NegativePrompt { get; set; }
        public bool? GenerateAudio { get; set; }
        public string? OutputGcsUri { get; set; }
    }

    public class GenerateVideosOperation
    {
        public string? Name { get; set; }
        public bool? Done { get; set; }
        public GenerateVideosResponse? Response { get; set; }
        public Dictionary<string, object>? Error { get; set; }
    }

    public class GenerateVideosResponse
    {
        public List<GeneratedVideo>? GeneratedVideos { get; set; }
        public int? RaiMediaFilteredCount { get; set; }
        public List<string>? RaiMediaFilteredReasons { get; set; }
    }

    public class GeneratedVideo
    {
        public Video? Video { get; set; }
    }

    public class GetOperationConfig
    {
        public HttpOptions? HttpOptions { get; set; }
    }

    // ---- Embeddings ----

    public class EmbedContentConfig
    {
        public string? TaskType { get; set; }
        public string? Title { get; set; }
        public int? OutputDimensionality { get; set; }
    }

    public class EmbedContentResponse
    {
        public List<ContentEmbedding>? Embeddings { get; set; }
    }

    public class ContentEmbedding
    {
        public List<double>? Values { get; set; }
    }

    // ---- Live ----

    public enum Modality
    {
        MODALITY_UNSPECIFIED,
        TEXT,
        IMAGE,
        AUDIO,
    }

    public class LiveConnectConfig
    {
        public List<Modality>? ResponseModalities { get; set; }
        public Content? SystemInstruction { get; set; }
        public double? Temperature { get; set; }
        /// <summary>The model adapts its answers to the user's emotional expression.</summary>
        public bool? EnableAffectiveDialog { get; set; }
        public AudioTranscriptionConfig? InputAudioTranscription { get; set; }
        public AudioTranscriptionConfig? OutputAudioTranscription { get; set; }
    }

    public class AudioTranscriptionConfig { }

    public class LiveSendClientContentParameters
    {
        public List<Content>? Turns { get; set; }
        public bool? TurnComplete { get; set; }
    }

    public class LiveSendRealtimeInputParameters
    {
        public Blob? Media { get; set; }
        public Blob? Audio { get; set; }
        public Blob? Video { get; set; }
        public string? Text { get; set; }
        public bool? AudioStreamEnd { get; set; }
    }

    public class LiveSendToolResponseParameters
    {
        public List<FunctionResponse>? FunctionResponses { get; set; }
    }

    public class FunctionResponse
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public Dictionary<string, object>? Response { get; set; }
    }

    public class LiveServerMessage
    {
        public LiveServerContent? ServerContent { get; set; }
    }

    public class LiveServerContent
    {
        public Content? ModelTurn { get; set; }
        public bool? TurnComplete { get; set; }
        public bool? Interrupted { get; set; }
        public Transcription? InputTranscription { get; set; }
        public Transcription? OutputTranscription { get; set; }
    }

    public class Transcription
    {
        public string? Text { get; set; }
        public bool? Finished { get; set; }
    }

    // ---- Tuning ----

    public class TuningDataset
    {
        public string? GcsUri { get; set; }
        public List<TuningExample>? Examples { get; set; }
    }

    public class TuningExample
    {
        public string? TextInput { get; set; }
        public string? Output { get; set; }
    }

    public class CreateTuningJobConfig
    {
        public string? TunedModelDisplayName { get; set; }
        public string? Description { get; set; }
        public int? EpochCount { get; set; }
        public double? LearningRateMultiplier { get; set; }
        public Dictionary<string, string>? Labels { get; set; }
    }

    public class TuningJob
    {
        public string? Name { get; set; }
        public string? State { get; set; }
        public string? BaseModel { get; set; }
        public TunedModel? TunedModel { get; set; }
    }

    public class TunedModel
    {
        public string? Model { get; set; }
        public string? Endpoint { get; set; }
    }
}
