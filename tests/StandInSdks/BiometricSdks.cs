// STAND-IN, not the real SDKs: Azure AI Face (Azure.AI.Vision.Face), Azure Speech speaker recognition
// (Microsoft.CognitiveServices.Speech) and AWS Rekognition (AWSSDK.Rekognition) are not served by the package registry here.
// New types only. Real namespaces, type and member names, as recorded in shared/reference/ai-sdk-catalog.md section 3
// and, for Azure.AI.Vision.Face, the public API listing sdk/face/Azure.AI.Vision.Face/api/Azure.AI.Vision.Face.net10.0.cs
// (Azure/azure-sdk-for-net @41472d8). Only the members the blind corpus uses; every body throws.
//
// Dependencies:
//  - Azure.Core (real package, 1.53.0 here: Azure.Response<T>, Azure.Response, Azure.Operation, Azure.WaitUntil,
//    Azure.AzureKeyCredential, Azure.RequestContext). It comes in transitively with Microsoft.SemanticKernel
//    (Connectors.AzureOpenAI -> Azure.AI.OpenAI -> Azure.Core).
//  - Amazon.Runtime.ConstantClass / AmazonWebServiceRequest / AmazonWebServiceResponse / IAmazonService and
//    Amazon.RegionEndpoint from the existing stand-in tests/StandInSdks/AwsBedrock.cs.

#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

// ------------------------------------------------------------------------------------------------------------------
// Azure AI Face
// ------------------------------------------------------------------------------------------------------------------
namespace Azure.AI.Vision.Face
{
    public readonly struct FaceDetectionModel : IEquatable<FaceDetectionModel>
    {
        private readonly string _value;
        public FaceDetectionModel(string value) => _value = value;
        public static FaceDetectionModel Detection01 => new("detection_01");
        public static FaceDetectionModel Detection02 => new("detection_02");
        public static FaceDetectionModel Detection03 => new("detection_03");
        public bool Equals(FaceDetectionModel other) => _value == other._value;
        public override bool Equals(object? obj) => obj is FaceDetectionModel other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public static implicit operator FaceDetectionModel(string value) => new(value);
        public override string ToString() => _value;
    }

    public readonly struct FaceRecognitionModel : IEquatable<FaceRecognitionModel>
    {
        private readonly string _value;
        public FaceRecognitionModel(string value) => _value = value;
        public static FaceRecognitionModel Recognition01 => new("recognition_01");
        public static FaceRecognitionModel Recognition02 => new("recognition_02");
        public static FaceRecognitionModel Recognition03 => new("recognition_03");
        public static FaceRecognitionModel Recognition04 => new("recognition_04");
        public bool Equals(FaceRecognitionModel other) => _value == other._value;
        public override bool Equals(object? obj) => obj is FaceRecognitionModel other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public static implicit operator FaceRecognitionModel(string value) => new(value);
        public override string ToString() => _value;
    }

    public readonly struct FaceAttributeType : IEquatable<FaceAttributeType>
    {
        private readonly string _value;
        public FaceAttributeType(string value) => _value = value;
        public static FaceAttributeType Accessories => new("accessories");
        public static FaceAttributeType Age => new("age");
        public static FaceAttributeType Blur => new("blur");
        public static FaceAttributeType Exposure => new("exposure");
        public static FaceAttributeType FacialHair => new("facialHair");
        public static FaceAttributeType Glasses => new("glasses");
        public static FaceAttributeType Hair => new("hair");
        public static FaceAttributeType HeadPose => new("headPose");
        public static FaceAttributeType Mask => new("mask");
        public static FaceAttributeType Noise => new("noise");
        public static FaceAttributeType Occlusion => new("occlusion");
        public static FaceAttributeType QualityForRecognition => new("qualityForRecognition");
        public static FaceAttributeType Smile => new("smile");
        public bool Equals(FaceAttributeType other) => _value == other._value;
        public override bool Equals(object? obj) => obj is FaceAttributeType other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public static implicit operator FaceAttributeType(string value) => new(value);
        public override string ToString() => _value;
    }

    public readonly struct FindSimilarMatchMode : IEquatable<FindSimilarMatchMode>
    {
        private readonly string _value;
        public FindSimilarMatchMode(string value) => _value = value;
        public static FindSimilarMatchMode MatchPerson => new("matchPerson");
        public static FindSimilarMatchMode MatchFace => new("matchFace");
        public bool Equals(FindSimilarMatchMode other) => _value == other._value;
        public override bool Equals(object? obj) => obj is FindSimilarMatchMode other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public override string ToString() => _value;
    }

    public readonly struct LivenessOperationMode : IEquatable<LivenessOperationMode>
    {
        private readonly string _value;
        public LivenessOperationMode(string value) => _value = value;
        public static LivenessOperationMode Passive => new("Passive");
        public static LivenessOperationMode PassiveActive => new("PassiveActive");
        public bool Equals(LivenessOperationMode other) => _value == other._value;
        public override bool Equals(object? obj) => obj is LivenessOperationMode other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public override string ToString() => _value;
    }

    public class FaceRectangle
    {
        internal FaceRectangle() { }
        public int Top => throw new NotSupportedException("stand-in");
        public int Left => throw new NotSupportedException("stand-in");
        public int Width => throw new NotSupportedException("stand-in");
        public int Height => throw new NotSupportedException("stand-in");
    }

    public class FaceAttributes
    {
        internal FaceAttributes() { }
        public float? Age => throw new NotSupportedException("stand-in");
        public float? Smile => throw new NotSupportedException("stand-in");
    }

    public class FaceDetectionResult
    {
        internal FaceDetectionResult() { }
        public Guid? FaceId => throw new NotSupportedException("stand-in");
        public FaceRectangle FaceRectangle => throw new NotSupportedException("stand-in");
        public FaceAttributes FaceAttributes => throw new NotSupportedException("stand-in");
    }

    public class FaceIdentificationCandidate
    {
        internal FaceIdentificationCandidate() { }
        public Guid PersonId => throw new NotSupportedException("stand-in");
        public float Confidence => throw new NotSupportedException("stand-in");
    }

    public class FaceIdentificationResult
    {
        internal FaceIdentificationResult() { }
        public Guid FaceId => throw new NotSupportedException("stand-in");
        public IReadOnlyList<FaceIdentificationCandidate> Candidates => throw new NotSupportedException("stand-in");
    }

    public class FaceVerificationResult
    {
        internal FaceVerificationResult() { }
        public bool IsIdentical => throw new NotSupportedException("stand-in");
        public float Confidence => throw new NotSupportedException("stand-in");
    }

    public class FaceFindSimilarResult
    {
        internal FaceFindSimilarResult() { }
        public float Confidence => throw new NotSupportedException("stand-in");
        public Guid? FaceId => throw new NotSupportedException("stand-in");
        public Guid? PersistedFaceId => throw new NotSupportedException("stand-in");
    }

    public class FaceGroupingResult
    {
        internal FaceGroupingResult() { }
        public IReadOnlyList<IList<Guid>> Groups => throw new NotSupportedException("stand-in");
    }

    public class CreatePersonResult
    {
        internal CreatePersonResult() { }
        public Guid PersonId => throw new NotSupportedException("stand-in");
    }

    public class AddFaceResult
    {
        internal AddFaceResult() { }
        public Guid PersistedFaceId => throw new NotSupportedException("stand-in");
    }

    public class CreateLivenessSessionContent
    {
        public CreateLivenessSessionContent(LivenessOperationMode livenessOperationMode) => throw new NotSupportedException("stand-in");
        public string? DeviceCorrelationId { get; set; }
        public bool? SendResultsToClient { get; set; }
    }

    public class CreateLivenessWithVerifySessionContent
    {
        public CreateLivenessWithVerifySessionContent(LivenessOperationMode livenessOperationMode) => throw new NotSupportedException("stand-in");
        public string? DeviceCorrelationId { get; set; }
        public bool? SendResultsToClient { get; set; }
        public float? VerifyConfidenceThreshold { get; set; }
    }

    public class CreateLivenessSessionResult
    {
        internal CreateLivenessSessionResult() { }
        public string SessionId => throw new NotSupportedException("stand-in");
        public string AuthToken => throw new NotSupportedException("stand-in");
    }

    public class CreateLivenessWithVerifySessionResult
    {
        internal CreateLivenessWithVerifySessionResult() { }
        public string SessionId => throw new NotSupportedException("stand-in");
        public string AuthToken => throw new NotSupportedException("stand-in");
    }

    public class FaceClient
    {
        protected FaceClient() { }
        public FaceClient(Uri endpoint, Azure.AzureKeyCredential credential) => throw new NotSupportedException("stand-in");

        public virtual Task<Azure.Response<IReadOnlyList<FaceDetectionResult>>> DetectAsync(BinaryData imageContent, FaceDetectionModel detectionModel, FaceRecognitionModel recognitionModel, bool returnFaceId, IEnumerable<FaceAttributeType>? returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Response<IReadOnlyList<FaceDetectionResult>>> DetectAsync(Uri url, FaceDetectionModel detectionModel, FaceRecognitionModel recognitionModel, bool returnFaceId, IEnumerable<FaceAttributeType>? returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Azure.Response<IReadOnlyList<FaceDetectionResult>> Detect(BinaryData imageContent, FaceDetectionModel detectionModel, FaceRecognitionModel recognitionModel, bool returnFaceId, IEnumerable<FaceAttributeType>? returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");

        public virtual Task<Azure.Response<IReadOnlyList<FaceIdentificationResult>>> IdentifyFromLargePersonGroupAsync(IEnumerable<Guid> faceIds, string largePersonGroupId, int? maxNumOfCandidatesReturned = null, float? confidenceThreshold = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Azure.Response<IReadOnlyList<FaceIdentificationResult>> IdentifyFromLargePersonGroup(IEnumerable<Guid> faceIds, string largePersonGroupId, int? maxNumOfCandidatesReturned = null, float? confidenceThreshold = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Response<FaceVerificationResult>> VerifyFaceToFaceAsync(Guid faceId1, Guid faceId2, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Response<FaceVerificationResult>> VerifyFromLargePersonGroupAsync(Guid faceId, string largePersonGroupId, Guid personId, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Response<IReadOnlyList<FaceFindSimilarResult>>> FindSimilarAsync(Guid faceId, IEnumerable<Guid> faceIds, int? maxNumOfCandidatesReturned = null, FindSimilarMatchMode? mode = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Response<IReadOnlyList<FaceFindSimilarResult>>> FindSimilarFromLargeFaceListAsync(Guid faceId, string largeFaceListId, int? maxNumOfCandidatesReturned = null, FindSimilarMatchMode? mode = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Response<FaceGroupingResult>> GroupAsync(IEnumerable<Guid> faceIds, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
    }

    public class FaceAdministrationClient
    {
        protected FaceAdministrationClient() { }
        public FaceAdministrationClient(Uri endpoint, Azure.AzureKeyCredential credential) => throw new NotSupportedException("stand-in");
        public virtual LargePersonGroupClient GetLargePersonGroupClient(string largePersonGroupId) => throw new NotSupportedException("stand-in");
    }

    public class LargePersonGroupClient
    {
        protected LargePersonGroupClient() { }
        public virtual Task<Azure.Response> CreateAsync(string name, string? userData = null, FaceRecognitionModel? recognitionModel = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Response<CreatePersonResult>> CreatePersonAsync(string name, string? userData = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Response<AddFaceResult>> AddFaceAsync(Guid personId, BinaryData imageContent, IEnumerable<int>? targetFace = null, FaceDetectionModel? detectionModel = null, string? userData = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Operation> TrainAsync(Azure.WaitUntil waitUntil, Azure.RequestContext? context = null) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Response> DeletePersonAsync(Guid personId, Azure.RequestContext? context = null) => throw new NotSupportedException("stand-in");
    }

    public class FaceSessionClient
    {
        protected FaceSessionClient() { }
        public FaceSessionClient(Uri endpoint, Azure.AzureKeyCredential credential) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Response<CreateLivenessSessionResult>> CreateLivenessSessionAsync(CreateLivenessSessionContent body, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Response<CreateLivenessWithVerifySessionResult>> CreateLivenessWithVerifySessionAsync(CreateLivenessWithVerifySessionContent jsonContent, Stream verifyImage, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<Azure.Response> DeleteLivenessSessionAsync(string sessionId, Azure.RequestContext? context = null) => throw new NotSupportedException("stand-in");
    }
}

// ------------------------------------------------------------------------------------------------------------------
// Azure Speech SDK (Microsoft.CognitiveServices.Speech): speech-to-text and speaker recognition
// ------------------------------------------------------------------------------------------------------------------
namespace Microsoft.CognitiveServices.Speech
{
    public enum ResultReason { NoMatch = 0, Canceled = 1, RecognizedSpeech = 3, RecognizedSpeaker = 13, EnrolledVoiceProfile = 15, DeletedVoiceProfile = 17 }

    public class SpeechConfig
    {
        internal SpeechConfig() { }
        public static SpeechConfig FromSubscription(string subscriptionKey, string region) => throw new NotSupportedException("stand-in");
        public static SpeechConfig FromEndpoint(Uri endpoint, string subscriptionKey) => throw new NotSupportedException("stand-in");
        public string SpeechRecognitionLanguage { get; set; } = "en-US";
    }

    public class SpeechRecognitionResult
    {
        internal SpeechRecognitionResult() { }
        public string Text => throw new NotSupportedException("stand-in");
        public ResultReason Reason => throw new NotSupportedException("stand-in");
    }

    public sealed class SpeechRecognizer : IDisposable
    {
        public SpeechRecognizer(SpeechConfig speechConfig, Audio.AudioConfig audioConfig) => throw new NotSupportedException("stand-in");
        public Task<SpeechRecognitionResult> RecognizeOnceAsync() => throw new NotSupportedException("stand-in");
        public void Dispose() => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.CognitiveServices.Speech.Audio
{
    public sealed class AudioConfig : IDisposable
    {
        internal AudioConfig() { }
        public static AudioConfig FromWavFileInput(string fileName) => throw new NotSupportedException("stand-in");
        public static AudioConfig FromDefaultMicrophoneInput() => throw new NotSupportedException("stand-in");
        public void Dispose() => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.CognitiveServices.Speech.Speaker
{
    public enum VoiceProfileType { TextIndependentIdentification = 1, TextDependentVerification = 2, TextIndependentVerification = 3 }

    public sealed class VoiceProfile : IDisposable
    {
        public VoiceProfile(string id, VoiceProfileType type = VoiceProfileType.TextIndependentIdentification) => throw new NotSupportedException("stand-in");
        public string Id => throw new NotSupportedException("stand-in");
        public VoiceProfileType Type => throw new NotSupportedException("stand-in");
        public void Dispose() => throw new NotSupportedException("stand-in");
    }

    public class VoiceProfileResult
    {
        internal VoiceProfileResult() { }
        public ResultReason Reason => throw new NotSupportedException("stand-in");
    }

    public class VoiceProfileEnrollmentResult
    {
        internal VoiceProfileEnrollmentResult() { }
        public ResultReason Reason => throw new NotSupportedException("stand-in");
        public TimeSpan RemainingEnrollmentsSpeechLength => throw new NotSupportedException("stand-in");
    }

    public sealed class VoiceProfileClient : IDisposable
    {
        public VoiceProfileClient(SpeechConfig speechConfig) => throw new NotSupportedException("stand-in");
        public Task<VoiceProfile> CreateProfileAsync(VoiceProfileType voiceProfileType, string locale) => throw new NotSupportedException("stand-in");
        public Task<VoiceProfileEnrollmentResult> EnrollProfileAsync(VoiceProfile voiceProfile, Audio.AudioConfig audioConfig) => throw new NotSupportedException("stand-in");
        public Task<VoiceProfileResult> DeleteProfileAsync(VoiceProfile voiceProfile) => throw new NotSupportedException("stand-in");
        public void Dispose() => throw new NotSupportedException("stand-in");
    }

    public sealed class SpeakerIdentificationModel : IDisposable
    {
        internal SpeakerIdentificationModel() { }
        public static SpeakerIdentificationModel FromProfiles(IEnumerable<VoiceProfile> profiles) => throw new NotSupportedException("stand-in");
        public void Dispose() => throw new NotSupportedException("stand-in");
    }

    public sealed class SpeakerVerificationModel : IDisposable
    {
        internal SpeakerVerificationModel() { }
        public static SpeakerVerificationModel FromProfile(VoiceProfile profile) => throw new NotSupportedException("stand-in");
        public void Dispose() => throw new NotSupportedException("stand-in");
    }

    public class SpeakerRecognitionResult
    {
        internal SpeakerRecognitionResult() { }
        public string ProfileId => throw new NotSupportedException("stand-in");
        public double Score => throw new NotSupportedException("stand-in");
        public ResultReason Reason => throw new NotSupportedException("stand-in");
    }

    public sealed class SpeakerRecognizer : IDisposable
    {
        public SpeakerRecognizer(SpeechConfig speechConfig, Audio.AudioConfig audioConfig) => throw new NotSupportedException("stand-in");
        public Task<SpeakerRecognitionResult> RecognizeOnceAsync(SpeakerIdentificationModel model) => throw new NotSupportedException("stand-in");
        public Task<SpeakerRecognitionResult> RecognizeOnceAsync(SpeakerVerificationModel model) => throw new NotSupportedException("stand-in");
        public void Dispose() => throw new NotSupportedException("stand-in");
    }
}

// ------------------------------------------------------------------------------------------------------------------
// AWS Rekognition (AWSSDK.Rekognition): Task<XResponse> XAsync(XRequest, CancellationToken) like the Bedrock stand-in
// ------------------------------------------------------------------------------------------------------------------
namespace Amazon.Rekognition
{
    using Amazon.Rekognition.Model;

    public interface IAmazonRekognition : Amazon.Runtime.IAmazonService, IDisposable
    {
        Task<DetectFacesResponse> DetectFacesAsync(DetectFacesRequest request, CancellationToken cancellationToken = default);
        Task<SearchFacesByImageResponse> SearchFacesByImageAsync(SearchFacesByImageRequest request, CancellationToken cancellationToken = default);
        Task<SearchFacesResponse> SearchFacesAsync(SearchFacesRequest request, CancellationToken cancellationToken = default);
        Task<IndexFacesResponse> IndexFacesAsync(IndexFacesRequest request, CancellationToken cancellationToken = default);
        Task<CompareFacesResponse> CompareFacesAsync(CompareFacesRequest request, CancellationToken cancellationToken = default);
        Task<RecognizeCelebritiesResponse> RecognizeCelebritiesAsync(RecognizeCelebritiesRequest request, CancellationToken cancellationToken = default);
        Task<StartFaceSearchResponse> StartFaceSearchAsync(StartFaceSearchRequest request, CancellationToken cancellationToken = default);
        Task<StartCelebrityRecognitionResponse> StartCelebrityRecognitionAsync(StartCelebrityRecognitionRequest request, CancellationToken cancellationToken = default);
        Task<DetectLabelsResponse> DetectLabelsAsync(DetectLabelsRequest request, CancellationToken cancellationToken = default);
        Task<DetectTextResponse> DetectTextAsync(DetectTextRequest request, CancellationToken cancellationToken = default);
        Task<DetectModerationLabelsResponse> DetectModerationLabelsAsync(DetectModerationLabelsRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonRekognitionClient : IAmazonRekognition
    {
        public AmazonRekognitionClient() => throw new NotSupportedException("stand-in");
        public AmazonRekognitionClient(RegionEndpoint region) => throw new NotSupportedException("stand-in");
        public virtual Task<DetectFacesResponse> DetectFacesAsync(DetectFacesRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<SearchFacesByImageResponse> SearchFacesByImageAsync(SearchFacesByImageRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<SearchFacesResponse> SearchFacesAsync(SearchFacesRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<IndexFacesResponse> IndexFacesAsync(IndexFacesRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<CompareFacesResponse> CompareFacesAsync(CompareFacesRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<RecognizeCelebritiesResponse> RecognizeCelebritiesAsync(RecognizeCelebritiesRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<StartFaceSearchResponse> StartFaceSearchAsync(StartFaceSearchRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<StartCelebrityRecognitionResponse> StartCelebrityRecognitionAsync(StartCelebrityRecognitionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<DetectLabelsResponse> DetectLabelsAsync(DetectLabelsRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<DetectTextResponse> DetectTextAsync(DetectTextRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<DetectModerationLabelsResponse> DetectModerationLabelsAsync(DetectModerationLabelsRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public void Dispose() => throw new NotSupportedException("stand-in");
    }

    /// <summary>Values of DetectFacesRequest.Attributes / IndexFacesRequest.DetectionAttributes.</summary>
    public sealed class Attribute : Amazon.Runtime.ConstantClass
    {
        public static readonly Attribute ALL = new("ALL");
        public static readonly Attribute DEFAULT = new("DEFAULT");
        public static readonly Attribute EMOTIONS = new("EMOTIONS");
        public static readonly Attribute AGE_RANGE = new("AGE_RANGE");
        public Attribute(string value) : base(value) { }
    }

    public sealed class EmotionName : Amazon.Runtime.ConstantClass
    {
        public static readonly EmotionName HAPPY = new("HAPPY");
        public static readonly EmotionName SAD = new("SAD");
        public static readonly EmotionName ANGRY = new("ANGRY");
        public static readonly EmotionName CONFUSED = new("CONFUSED");
        public static readonly EmotionName DISGUSTED = new("DISGUSTED");
        public static readonly EmotionName SURPRISED = new("SURPRISED");
        public static readonly EmotionName CALM = new("CALM");
        public static readonly EmotionName FEAR = new("FEAR");
        public EmotionName(string value) : base(value) { }
    }
}

namespace Amazon.Rekognition.Model
{
    using Amazon.Runtime;

    public class S3Object { public string Bucket { get; set; } = ""; public string Name { get; set; } = ""; }
    public class Image { public MemoryStream? Bytes { get; set; } public S3Object? S3Object { get; set; } }
    public class Video { public S3Object? S3Object { get; set; } }
    public class BoundingBox { public float Left { get; set; } public float Top { get; set; } public float Width { get; set; } public float Height { get; set; } }
    public class Emotion { public EmotionName Type { get; set; } = EmotionName.CALM; public float Confidence { get; set; } }
    public class AgeRange { public int Low { get; set; } public int High { get; set; } }
    public class FaceDetail { public BoundingBox BoundingBox { get; set; } = new(); public float Confidence { get; set; } public List<Emotion> Emotions { get; set; } = new(); public AgeRange? AgeRange { get; set; } }
    public class Face { public string FaceId { get; set; } = ""; public string ExternalImageId { get; set; } = ""; public float Confidence { get; set; } }
    public class FaceMatch { public Face Face { get; set; } = new(); public float Similarity { get; set; } }
    public class FaceRecord { public Face Face { get; set; } = new(); public FaceDetail FaceDetail { get; set; } = new(); }
    public class ComparedFace { public BoundingBox BoundingBox { get; set; } = new(); public float Confidence { get; set; } }
    public class CompareFacesMatch { public ComparedFace Face { get; set; } = new(); public float Similarity { get; set; } }
    public class Celebrity { public string Name { get; set; } = ""; public string Id { get; set; } = ""; public float MatchConfidence { get; set; } }
    public class Instance { public BoundingBox BoundingBox { get; set; } = new(); public float Confidence { get; set; } }
    public class Label { public string Name { get; set; } = ""; public float Confidence { get; set; } public List<Instance> Instances { get; set; } = new(); }
    public class TextDetection { public string DetectedText { get; set; } = ""; public string Type { get; set; } = ""; public float Confidence { get; set; } }
    public class ModerationLabel { public string Name { get; set; } = ""; public string ParentName { get; set; } = ""; public float Confidence { get; set; } }

    public class DetectFacesRequest : AmazonWebServiceRequest { public Image Image { get; set; } = new(); public List<string> Attributes { get; set; } = new(); }
    public class DetectFacesResponse : AmazonWebServiceResponse { public List<FaceDetail> FaceDetails { get; set; } = new(); }
    public class SearchFacesByImageRequest : AmazonWebServiceRequest { public string CollectionId { get; set; } = ""; public Image Image { get; set; } = new(); public float FaceMatchThreshold { get; set; } public int MaxFaces { get; set; } }
    public class SearchFacesByImageResponse : AmazonWebServiceResponse { public List<FaceMatch> FaceMatches { get; set; } = new(); }
    public class SearchFacesRequest : AmazonWebServiceRequest { public string CollectionId { get; set; } = ""; public string FaceId { get; set; } = ""; public float FaceMatchThreshold { get; set; } public int MaxFaces { get; set; } }
    public class SearchFacesResponse : AmazonWebServiceResponse { public List<FaceMatch> FaceMatches { get; set; } = new(); }
    public class IndexFacesRequest : AmazonWebServiceRequest { public string CollectionId { get; set; } = ""; public Image Image { get; set; } = new(); public string ExternalImageId { get; set; } = ""; public List<string> DetectionAttributes { get; set; } = new(); public int MaxFaces { get; set; } }
    public class IndexFacesResponse : AmazonWebServiceResponse { public List<FaceRecord> FaceRecords { get; set; } = new(); }
    public class CompareFacesRequest : AmazonWebServiceRequest { public Image SourceImage { get; set; } = new(); public Image TargetImage { get; set; } = new(); public float SimilarityThreshold { get; set; } }
    public class CompareFacesResponse : AmazonWebServiceResponse { public List<CompareFacesMatch> FaceMatches { get; set; } = new(); public List<ComparedFace> UnmatchedFaces { get; set; } = new(); }
    public class RecognizeCelebritiesRequest : AmazonWebServiceRequest { public Image Image { get; set; } = new(); }
    public class RecognizeCelebritiesResponse : AmazonWebServiceResponse { public List<Celebrity> CelebrityFaces { get; set; } = new(); }
    public class StartFaceSearchRequest : AmazonWebServiceRequest { public string CollectionId { get; set; } = ""; public Video Video { get; set; } = new(); public float FaceMatchThreshold { get; set; } }
    public class StartFaceSearchResponse : AmazonWebServiceResponse { public string JobId { get; set; } = ""; }
    public class StartCelebrityRecognitionRequest : AmazonWebServiceRequest { public Video Video { get; set; } = new(); }
    public class StartCelebrityRecognitionResponse : AmazonWebServiceResponse { public string JobId { get; set; } = ""; }
    public class DetectLabelsRequest : AmazonWebServiceRequest { public Image Image { get; set; } = new(); public int MaxLabels { get; set; } public float MinConfidence { get; set; } }
    public class DetectLabelsResponse : AmazonWebServiceResponse { public List<Label> Labels { get; set; } = new(); }
    public class DetectTextRequest : AmazonWebServiceRequest { public Image Image { get; set; } = new(); }
    public class DetectTextResponse : AmazonWebServiceResponse { public List<TextDetection> TextDetections { get; set; } = new(); }
    public class DetectModerationLabelsRequest : AmazonWebServiceRequest { public Image Image { get; set; } = new(); public float MinConfidence { get; set; } }
    public class DetectModerationLabelsResponse : AmazonWebServiceResponse { public List<ModerationLabel> ModerationLabels { get; set; } = new(); }
}
