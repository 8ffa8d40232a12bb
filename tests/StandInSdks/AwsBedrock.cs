// Stand-in types: AWS Bedrock (AWSSDK.BedrockRuntime, AWSSDK.Bedrock) and AWS Polly (AWSSDK.Polly) are not served by
// the package registry here. Namespaces and signatures follow the real SDK as recorded in
// shared/reference/ai-sdk-catalog.md; bodies throw.
// Shape of the real SDK (aws/aws-sdk-net, netstandard build): every operation is
// Task<XResponse> XAsync(XRequest request, CancellationToken cancellationToken = default); request/response classes live
// in the service's .Model namespace; string enums are ConstantClass subclasses with static readonly fields and an
// implicit conversion from string.

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Amazon
{
    public sealed class RegionEndpoint
    {
        private RegionEndpoint(string systemName) => SystemName = systemName;
        public string SystemName { get; }

        public static readonly RegionEndpoint USEast1 = new("us-east-1");
        public static readonly RegionEndpoint USWest2 = new("us-west-2");
        public static readonly RegionEndpoint EUWest1 = new("eu-west-1");
        public static readonly RegionEndpoint EUCentral1 = new("eu-central-1");

        public static RegionEndpoint GetBySystemName(string systemName) => throw new NotSupportedException("stand-in");
    }
}

namespace Amazon.Runtime
{
    /// <summary>Base of the SDK's string enums.</summary>
    public class ConstantClass
    {
        protected ConstantClass(string value) => Value = value;
        public string Value { get; }
        public override string ToString() => Value;
        public static implicit operator string(ConstantClass value) => value.Value;
    }

    public interface IAmazonService { }

    public abstract class AWSCredentials { }

    public class BasicAWSCredentials : AWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) => throw new NotSupportedException("stand-in");
    }

    public class AmazonWebServiceRequest { }

    public class AmazonWebServiceResponse
    {
        public System.Net.HttpStatusCode HttpStatusCode { get; set; }
    }
}

namespace Amazon.BedrockRuntime
{
    using Amazon.BedrockRuntime.Model;

    public interface IAmazonBedrockRuntime : Amazon.Runtime.IAmazonService, IDisposable
    {
        Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default);
        Task<ConverseStreamResponse> ConverseStreamAsync(ConverseStreamRequest request, CancellationToken cancellationToken = default);
        Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken = default);
        Task<InvokeModelWithResponseStreamResponse> InvokeModelWithResponseStreamAsync(InvokeModelWithResponseStreamRequest request, CancellationToken cancellationToken = default);
        // In the real interface this member sits under #if NET8_0_OR_GREATER (bidirectional HTTP/2 streaming); the
        // stand-in declares it unconditionally.
        Task<InvokeModelWithBidirectionalStreamResponse> InvokeModelWithBidirectionalStreamAsync(InvokeModelWithBidirectionalStreamRequest request, CancellationToken cancellationToken = default);
        Task<StartAsyncInvokeResponse> StartAsyncInvokeAsync(StartAsyncInvokeRequest request, CancellationToken cancellationToken = default);
        Task<ApplyGuardrailResponse> ApplyGuardrailAsync(ApplyGuardrailRequest request, CancellationToken cancellationToken = default);

        // Not AI calls (status lookups, token counting).
        Task<GetAsyncInvokeResponse> GetAsyncInvokeAsync(GetAsyncInvokeRequest request, CancellationToken cancellationToken = default);
        Task<CountTokensResponse> CountTokensAsync(CountTokensRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonBedrockRuntimeClient : IAmazonBedrockRuntime
    {
        public AmazonBedrockRuntimeClient() => throw new NotSupportedException("stand-in");
        public AmazonBedrockRuntimeClient(RegionEndpoint region) => throw new NotSupportedException("stand-in");
        public AmazonBedrockRuntimeClient(Amazon.Runtime.AWSCredentials credentials, RegionEndpoint region) => throw new NotSupportedException("stand-in");
        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region) => throw new NotSupportedException("stand-in");

        public virtual Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<ConverseStreamResponse> ConverseStreamAsync(ConverseStreamRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<InvokeModelWithResponseStreamResponse> InvokeModelWithResponseStreamAsync(InvokeModelWithResponseStreamRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<InvokeModelWithBidirectionalStreamResponse> InvokeModelWithBidirectionalStreamAsync(InvokeModelWithBidirectionalStreamRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<StartAsyncInvokeResponse> StartAsyncInvokeAsync(StartAsyncInvokeRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<ApplyGuardrailResponse> ApplyGuardrailAsync(ApplyGuardrailRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<GetAsyncInvokeResponse> GetAsyncInvokeAsync(GetAsyncInvokeRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<CountTokensResponse> CountTokensAsync(CountTokensRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public void Dispose() => throw new NotSupportedException("stand-in");
    }

    public sealed class ConversationRole : Amazon.Runtime.ConstantClass
    {
        private ConversationRole(string value) : base(value) { }
        public static readonly ConversationRole User = new("user");
        public static readonly ConversationRole Assistant = new("assistant");
        public static implicit operator ConversationRole(string value) => new(value);
    }

    public sealed class StopReason : Amazon.Runtime.ConstantClass
    {
        private StopReason(string value) : base(value) { }
        public static readonly StopReason End_turn = new("end_turn");
        public static readonly StopReason Max_tokens = new("max_tokens");
        public static readonly StopReason Guardrail_intervened = new("guardrail_intervened");
        public static readonly StopReason Content_filtered = new("content_filtered");
        public static implicit operator StopReason(string value) => new(value);
    }

    public sealed class GuardrailStreamProcessingMode : Amazon.Runtime.ConstantClass
    {
        private GuardrailStreamProcessingMode(string value) : base(value) { }
        /// <summary>Chunks stream before the guardrail has evaluated them.</summary>
        public static readonly GuardrailStreamProcessingMode Async = new("async");
        public static readonly GuardrailStreamProcessingMode Sync = new("sync");
        public static implicit operator GuardrailStreamProcessingMode(string value) => new(value);
    }

    public sealed class GuardrailTrace : Amazon.Runtime.ConstantClass
    {
        private GuardrailTrace(string value) : base(value) { }
        public static readonly GuardrailTrace Disabled = new("disabled");
        public static readonly GuardrailTrace Enabled = new("enabled");
        public static readonly GuardrailTrace Enabled_full = new("enabled_full");
        public static implicit operator GuardrailTrace(string value) => new(value);
    }

    public sealed class GuardrailContentSource : Amazon.Runtime.ConstantClass
    {
        private GuardrailContentSource(string value) : base(value) { }
        public static readonly GuardrailContentSource INPUT = new("INPUT");
        public static readonly GuardrailContentSource OUTPUT = new("OUTPUT");
        public static implicit operator GuardrailContentSource(string value) => new(value);
    }

    public sealed class GuardrailAction : Amazon.Runtime.ConstantClass
    {
        private GuardrailAction(string value) : base(value) { }
        public static readonly GuardrailAction GUARDRAIL_INTERVENED = new("GUARDRAIL_INTERVENED");
        public static readonly GuardrailAction NONE = new("NONE");
        public static implicit operator GuardrailAction(string value) => new(value);
    }
}

namespace Amazon.BedrockRuntime.Model
{
    using Amazon.Runtime;

    public class ContentBlock
    {
        public string? Text { get; set; }
        public ImageBlock? Image { get; set; }
    }

    public class ImageBlock
    {
        public string? Format { get; set; }
        public ImageSource? Source { get; set; }
    }

    public class ImageSource
    {
        public MemoryStream? Bytes { get; set; }
    }

    public class SystemContentBlock
    {
        public string? Text { get; set; }
    }

    public class Message
    {
        public ConversationRole? Role { get; set; }
        public List<ContentBlock> Content { get; set; } = new();
    }

    public class InferenceConfiguration
    {
        public int? MaxTokens { get; set; }
        public float? Temperature { get; set; }
        public float? TopP { get; set; }
        public List<string>? StopSequences { get; set; }
    }

    public class GuardrailConfiguration
    {
        public string? GuardrailIdentifier { get; set; }
        public string? GuardrailVersion { get; set; }
        public GuardrailTrace? Trace { get; set; }
    }

    public class GuardrailStreamConfiguration
    {
        public string? GuardrailIdentifier { get; set; }
        public string? GuardrailVersion { get; set; }
        public GuardrailStreamProcessingMode? StreamProcessingMode { get; set; }
        public GuardrailTrace? Trace { get; set; }
    }

    public class ConverseRequest : AmazonWebServiceRequest
    {
        public string? ModelId { get; set; }
        public List<Message> Messages { get; set; } = new();
        public List<SystemContentBlock> System { get; set; } = new();
        public InferenceConfiguration? InferenceConfig { get; set; }
        /// <summary>No guardrail is applied when this is not set.</summary>
        public GuardrailConfiguration? GuardrailConfig { get; set; }
    }

    public class ConverseOutput
    {
        public Message? Message { get; set; }
    }

    public class ConverseResponse : AmazonWebServiceResponse
    {
        public ConverseOutput? Output { get; set; }
        public StopReason? StopReason { get; set; }
    }

    public class ConverseStreamRequest : AmazonWebServiceRequest
    {
        public string? ModelId { get; set; }
        public List<Message> Messages { get; set; } = new();
        public List<SystemContentBlock> System { get; set; } = new();
        public InferenceConfiguration? InferenceConfig { get; set; }
        public GuardrailStreamConfiguration? GuardrailConfig { get; set; }
    }

    public class ConverseStreamResponse : AmazonWebServiceResponse
    {
        /// <summary>The event stream (ConverseStreamOutput in the real SDK).</summary>
        public IEnumerable<object>? Stream { get; set; }
    }

    public class InvokeModelRequest : AmazonWebServiceRequest
    {
        public string? ModelId { get; set; }
        public MemoryStream? Body { get; set; }
        public string? ContentType { get; set; }
        public string? Accept { get; set; }
        /// <summary>If you don't provide a value, no guardrail is applied to the invocation.</summary>
        public string? GuardrailIdentifier { get; set; }
        public string? GuardrailVersion { get; set; }
        public string? Trace { get; set; }
    }

    public class InvokeModelResponse : AmazonWebServiceResponse
    {
        public MemoryStream? Body { get; set; }
        public string? ContentType { get; set; }
    }

    public class InvokeModelWithResponseStreamRequest : AmazonWebServiceRequest
    {
        public string? ModelId { get; set; }
        public MemoryStream? Body { get; set; }
        public string? ContentType { get; set; }
        public string? Accept { get; set; }
        public string? GuardrailIdentifier { get; set; }
        public string? GuardrailVersion { get; set; }
    }

    public class InvokeModelWithResponseStreamResponse : AmazonWebServiceResponse
    {
        public IEnumerable<object>? Body { get; set; }
        public string? ContentType { get; set; }
    }

    public class InvokeModelWithBidirectionalStreamRequest : AmazonWebServiceRequest
    {
        public string? ModelId { get; set; }
    }

    public class InvokeModelWithBidirectionalStreamResponse : AmazonWebServiceResponse, IDisposable
    {
        public IEnumerable<object>? Body { get; set; }
        public void Dispose() => throw new NotSupportedException("stand-in");
    }

    public class AsyncInvokeS3OutputDataConfig
    {
        public string? S3Uri { get; set; }
    }

    public class AsyncInvokeOutputDataConfig
    {
        public AsyncInvokeS3OutputDataConfig? S3OutputDataConfig { get; set; }
    }

    public class StartAsyncInvokeRequest : AmazonWebServiceRequest
    {
        public string? ModelId { get; set; }
        /// <summary>JSON model input (an Amazon.Runtime.Documents.Document in the real SDK).</summary>
        public object? ModelInput { get; set; }
        public AsyncInvokeOutputDataConfig? OutputDataConfig { get; set; }
        public string? ClientRequestToken { get; set; }
    }

    public class StartAsyncInvokeResponse : AmazonWebServiceResponse
    {
        public string? InvocationArn { get; set; }
    }

    public class GetAsyncInvokeRequest : AmazonWebServiceRequest
    {
        public string? InvocationArn { get; set; }
    }

    public class GetAsyncInvokeResponse : AmazonWebServiceResponse
    {
        public string? Status { get; set; }
    }

    public class CountTokensRequest : AmazonWebServiceRequest
    {
        public string? ModelId { get; set; }
    }

    public class CountTokensResponse : AmazonWebServiceResponse
    {
        public int? InputTokens { get; set; }
    }

    public class GuardrailTextBlock
    {
        public string? Text { get; set; }
    }

    public class GuardrailContentBlock
    {
        public GuardrailTextBlock? Text { get; set; }
    }

    public class ApplyGuardrailRequest : AmazonWebServiceRequest
    {
        public string? GuardrailIdentifier { get; set; }
        public string? GuardrailVersion { get; set; }
        public GuardrailContentSource? Source { get; set; }
        public List<GuardrailContentBlock> Content { get; set; } = new();
    }

    public class GuardrailOutputContent
    {
        public string? Text { get; set; }
    }

    public class ApplyGuardrailResponse : AmazonWebServiceResponse
    {
        public GuardrailAction? Action { get; set; }
        public List<GuardrailOutputContent> Outputs { get; set; } = new();
    }
}

namespace Amazon.Bedrock
{
    using Amazon.Bedrock.Model;

    /// <summary>Bedrock control plane (AWSSDK.Bedrock).</summary>
    public interface IAmazonBedrock : Amazon.Runtime.IAmazonService, IDisposable
    {
        /// <summary>Fine-tunes (customizes) a model on the customer's training data in S3.</summary>
        Task<CreateModelCustomizationJobResponse> CreateModelCustomizationJobAsync(CreateModelCustomizationJobRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonBedrockClient : IAmazonBedrock
    {
        public AmazonBedrockClient() => throw new NotSupportedException("stand-in");
        public AmazonBedrockClient(RegionEndpoint region) => throw new NotSupportedException("stand-in");

        public virtual Task<CreateModelCustomizationJobResponse> CreateModelCustomizationJobAsync(CreateModelCustomizationJobRequest request, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public void Dispose() => throw new NotSupportedException("stand-in");
    }
}

namespace Amazon.Bedrock.Model
{
    using Amazon.Runtime;

    public class TrainingDataConfig
    {
        public string? S3Uri { get; set; }
    }

    public class OutputDataConfig
    {
        public string? S3Uri { get; set; }
    }

    public class CreateModelCustomizationJobRequest : AmazonWebServiceRequest
    {
        public string? JobName { get; set; }
        public string? CustomModelName { get; set; }
        public string? RoleArn { get; set; }
        public string? BaseModelIdentifier { get; set; }
        /// <summary>"FINE_TUNING", "CONTINUED_PRE_TRAINING" or "DISTILLATION".</summary>
        public string? CustomizationType { get; set; }
        public TrainingDataConfig? TrainingDataConfig { get; set; }
        public OutputDataConfig? OutputDataConfig { get; set; }
        public Dictionary<string, string> HyperParameters { get; set; } = new();
    }

    public class CreateModelCustomizationJobResponse : AmazonWebServiceResponse
    {
        public string? JobArn { get; set; }
    }
}

namespace Amazon.Polly
{
    using Amazon.Polly.Model;

    public interface IAmazonPolly : Amazon.Runtime.IAmazonService, IDisposable
    {
        Task<SynthesizeSpeechResponse> SynthesizeSpeechAsync(SynthesizeSpeechRequest request, CancellationToken cancellationToken = default);
        Task<StartSpeechSynthesisTaskResponse> StartSpeechSynthesisTaskAsync(StartSpeechSynthesisTaskRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonPollyClient : IAmazonPolly
    {
        public AmazonPollyClient() => throw new NotSupportedException("stand-in");
        public AmazonPollyClient(RegionEndpoint region) => throw new NotSupportedException("stand-in");

        public virtual Task<SynthesizeSpeechResponse> SynthesizeSpeechAsync(SynthesizeSpeechRequest request, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public virtual Task<StartSpeechSynthesisTaskResponse> StartSpeechSynthesisTaskAsync(StartSpeechSynthesisTaskRequest request, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public void Dispose() => throw new NotSupportedException("stand-in");
    }

    public sealed class VoiceId : Amazon.Runtime.ConstantClass
    {
        private VoiceId(string value) : base(value) { }
        public static readonly VoiceId Joanna = new("Joanna");
        public static readonly VoiceId Matthew = new("Matthew");
        public static readonly VoiceId Vicki = new("Vicki");
        public static implicit operator VoiceId(string value) => new(value);
    }

    public sealed class OutputFormat : Amazon.Runtime.ConstantClass
    {
        private OutputFormat(string value) : base(value) { }
        public static readonly OutputFormat Mp3 = new("mp3");
        public static readonly OutputFormat Ogg_vorbis = new("ogg_vorbis");
        public static readonly OutputFormat Pcm = new("pcm");
        public static implicit operator OutputFormat(string value) => new(value);
    }

    public sealed class Engine : Amazon.Runtime.ConstantClass
    {
        private Engine(string value) : base(value) { }
        public static readonly Engine Standard = new("standard");
        public static readonly Engine Neural = new("neural");
        public static readonly Engine Generative = new("generative");
        public static implicit operator Engine(string value) => new(value);
    }
}

namespace Amazon.Polly.Model
{
    using Amazon.Runtime;

    public class SynthesizeSpeechRequest : AmazonWebServiceRequest
    {
        public string? Text { get; set; }
        public string? TextType { get; set; }
        public VoiceId? VoiceId { get; set; }
        public OutputFormat? OutputFormat { get; set; }
        public Engine? Engine { get; set; }
        public string? LanguageCode { get; set; }
    }

    public class SynthesizeSpeechResponse : AmazonWebServiceResponse, IDisposable
    {
        public Stream? AudioStream { get; set; }
        public string? ContentType { get; set; }
        public int RequestCharacters { get; set; }
        public void Dispose() => throw new NotSupportedException("stand-in");
    }

    public class SynthesisTask
    {
        public string? TaskId { get; set; }
        public string? TaskStatus { get; set; }
        public string? OutputUri { get; set; }
    }

    public class StartSpeechSynthesisTaskRequest : AmazonWebServiceRequest
    {
        public string? Text { get; set; }
        public VoiceId? VoiceId { get; set; }
        public OutputFormat? OutputFormat { get; set; }
        public Engine? Engine { get; set; }
        public string? OutputS3BucketName { get; set; }
        public string? OutputS3KeyPrefix { get; set; }
    }

    public class StartSpeechSynthesisTaskResponse : AmazonWebServiceResponse
    {
        public SynthesisTask? SynthesisTask { get; set; }
    }
}
