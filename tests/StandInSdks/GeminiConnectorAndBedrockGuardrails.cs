// STAND-IN, not the real SDK: these packages are not served here. Real namespaces, type and member names only; bodies
// throw. Semantic Kernel's Google (Gemini) connector and the AWS Bedrock control plane's guardrail definitions.
//
// 1. Semantic Kernel Google connector (Microsoft.SemanticKernel.Connectors.Google, not in the SK 1.82 metapackage).
//    Shapes from microsoft/semantic-kernel dotnet/src/Connectors/Connectors.Google/GeminiPromptExecutionSettings.cs,
//    Models/Gemini/GeminiSafetySetting.cs and Extensions/GoogleAIKernelBuilderExtensions.cs.
//    Used by: C21_SkGeminiTutorBot, C35_SkGeminiModerationQueue.
// 2. AWS Bedrock control plane guardrail definition (AWSSDK.Bedrock): GuardrailFilterStrength / GuardrailContentFilterType
//    (ConstantClass string enums from sdk/src/Services/Bedrock/Generated/ServiceEnumerations.cs) and the request
//    models GuardrailContentFilterConfig {Type, InputStrength, OutputStrength}, GuardrailContentPolicyConfig
//    {FiltersConfig}, CreateGuardrailRequest, UpdateGuardrailRequest (sdk/src/Services/Bedrock/Generated/Model/*.cs).
//    The corpus only builds these request objects (a provisioning factory), so IAmazonBedrock needs no new members.
//    Used by: C16_BedrockGuardrailProvisioning.

#nullable enable

using System;
using System.Collections.Generic;
using System.Net.Http;

namespace Microsoft.SemanticKernel.Connectors.Google
{
    public enum GoogleAIVersion
    {
        V1,
        V1_Beta,
    }

    /// <summary>Settings for executing a prompt with a Gemini model.</summary>
    public sealed class GeminiPromptExecutionSettings : PromptExecutionSettings
    {
        public double? Temperature { get; set; }
        public double? TopP { get; set; }
        public int? TopK { get; set; }
        public int? MaxTokens { get; set; }
        public int? CandidateCount { get; set; }
        public IList<string>? StopSequences { get; set; }
        /// <summary>Represents a list of safety settings.</summary>
        public IList<GeminiSafetySetting>? SafetySettings { get; set; }
        public IDictionary<string, string>? Labels { get; set; }
        public string? ResponseMimeType { get; set; }
        public string? CachedContent { get; set; }

        public static GeminiPromptExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings)
            => throw new NotSupportedException("stand-in");
    }

    /// <summary>A safety setting for the Gemini prompt.</summary>
    public sealed class GeminiSafetySetting
    {
        public GeminiSafetySetting(GeminiSafetyCategory category, GeminiSafetyThreshold threshold) => throw new NotSupportedException("stand-in");
        public GeminiSafetySetting(GeminiSafetySetting other) => throw new NotSupportedException("stand-in");

        public GeminiSafetyCategory Category { get; set; }
        public GeminiSafetyThreshold Threshold { get; set; }
    }

    public readonly struct GeminiSafetyCategory : IEquatable<GeminiSafetyCategory>
    {
        public GeminiSafetyCategory(string label) => Label = label;
        public string Label { get; }

        public static GeminiSafetyCategory Unspecified { get; } = new("HARM_CATEGORY_UNSPECIFIED");
        public static GeminiSafetyCategory Derogatory { get; } = new("HARM_CATEGORY_DEROGATORY");
        public static GeminiSafetyCategory Toxicity { get; } = new("HARM_CATEGORY_TOXICITY");
        public static GeminiSafetyCategory Violence { get; } = new("HARM_CATEGORY_VIOLENCE");
        public static GeminiSafetyCategory Sexual { get; } = new("HARM_CATEGORY_SEXUAL");
        public static GeminiSafetyCategory Medical { get; } = new("HARM_CATEGORY_MEDICAL");
        public static GeminiSafetyCategory Dangerous { get; } = new("HARM_CATEGORY_DANGEROUS");
        public static GeminiSafetyCategory Harassment { get; } = new("HARM_CATEGORY_HARASSMENT");
        public static GeminiSafetyCategory SexuallyExplicit { get; } = new("HARM_CATEGORY_SEXUALLY_EXPLICIT");
        public static GeminiSafetyCategory DangerousContent { get; } = new("HARM_CATEGORY_DANGEROUS_CONTENT");

        public static bool operator ==(GeminiSafetyCategory left, GeminiSafetyCategory right) => left.Equals(right);
        public static bool operator !=(GeminiSafetyCategory left, GeminiSafetyCategory right) => !left.Equals(right);
        public bool Equals(GeminiSafetyCategory other) => string.Equals(Label, other.Label, StringComparison.OrdinalIgnoreCase);
        public override bool Equals(object? obj) => obj is GeminiSafetyCategory other && Equals(other);
        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Label ?? string.Empty);
        public override string ToString() => Label ?? string.Empty;
    }

    public readonly struct GeminiSafetyThreshold : IEquatable<GeminiSafetyThreshold>
    {
        public GeminiSafetyThreshold(string label) => Label = label;
        public string Label { get; }

        /// <summary>Always show regardless of probability of unsafe content.</summary>
        public static GeminiSafetyThreshold BlockNone { get; } = new("BLOCK_NONE");
        /// <summary>Block when high probability of unsafe content.</summary>
        public static GeminiSafetyThreshold BlockOnlyHigh { get; } = new("BLOCK_ONLY_HIGH");
        public static GeminiSafetyThreshold BlockMediumAndAbove { get; } = new("BLOCK_MEDIUM_AND_ABOVE");
        public static GeminiSafetyThreshold BlockLowAndAbove { get; } = new("BLOCK_LOW_AND_ABOVE");
        public static GeminiSafetyThreshold Unspecified { get; } = new("HARM_BLOCK_THRESHOLD_UNSPECIFIED");

        public static bool operator ==(GeminiSafetyThreshold left, GeminiSafetyThreshold right) => left.Equals(right);
        public static bool operator !=(GeminiSafetyThreshold left, GeminiSafetyThreshold right) => !left.Equals(right);
        public bool Equals(GeminiSafetyThreshold other) => string.Equals(Label, other.Label, StringComparison.OrdinalIgnoreCase);
        public override bool Equals(object? obj) => obj is GeminiSafetyThreshold other && Equals(other);
        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Label ?? string.Empty);
        public override string ToString() => Label ?? string.Empty;
    }
}

namespace Microsoft.SemanticKernel
{
    using Microsoft.SemanticKernel.Connectors.Google;

    public static class GoogleAIKernelBuilderExtensions
    {
        public static IKernelBuilder AddGoogleAIGeminiChatCompletion(this IKernelBuilder builder, string modelId, string apiKey,
            GoogleAIVersion apiVersion = GoogleAIVersion.V1_Beta, string? serviceId = null, HttpClient? httpClient = null)
            => throw new NotSupportedException("stand-in");

        public static IKernelBuilder AddGoogleAIEmbeddingGeneration(this IKernelBuilder builder, string modelId, string apiKey,
            GoogleAIVersion apiVersion = GoogleAIVersion.V1_Beta, string? serviceId = null, HttpClient? httpClient = null)
            => throw new NotSupportedException("stand-in");
    }
}

namespace Amazon.Bedrock
{
    /// <summary>Constants used for properties of type GuardrailFilterStrength.</summary>
    public sealed class GuardrailFilterStrength : Amazon.Runtime.ConstantClass
    {
        private GuardrailFilterStrength(string value) : base(value) { }
        public static readonly GuardrailFilterStrength HIGH = new("HIGH");
        public static readonly GuardrailFilterStrength LOW = new("LOW");
        public static readonly GuardrailFilterStrength MEDIUM = new("MEDIUM");
        public static readonly GuardrailFilterStrength NONE = new("NONE");
        public static implicit operator GuardrailFilterStrength(string value) => new(value);
    }

    /// <summary>Constants used for properties of type GuardrailContentFilterType.</summary>
    public sealed class GuardrailContentFilterType : Amazon.Runtime.ConstantClass
    {
        private GuardrailContentFilterType(string value) : base(value) { }
        public static readonly GuardrailContentFilterType HATE = new("HATE");
        public static readonly GuardrailContentFilterType INSULTS = new("INSULTS");
        public static readonly GuardrailContentFilterType MISCONDUCT = new("MISCONDUCT");
        public static readonly GuardrailContentFilterType PROMPT_ATTACK = new("PROMPT_ATTACK");
        public static readonly GuardrailContentFilterType SEXUAL = new("SEXUAL");
        public static readonly GuardrailContentFilterType VIOLENCE = new("VIOLENCE");
        public static implicit operator GuardrailContentFilterType(string value) => new(value);
    }
}

namespace Amazon.Bedrock.Model
{
    using Amazon.Runtime;

    /// <summary>Filter strengths for one harmful-content category (CreateGuardrail / UpdateGuardrail).</summary>
    public class GuardrailContentFilterConfig
    {
        public GuardrailContentFilterType? Type { get; set; }
        public GuardrailFilterStrength? InputStrength { get; set; }
        public GuardrailFilterStrength? OutputStrength { get; set; }
    }

    public class GuardrailContentPolicyConfig
    {
        public List<GuardrailContentFilterConfig> FiltersConfig { get; set; } = new();
    }

    public class CreateGuardrailRequest : AmazonWebServiceRequest
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public string? BlockedInputMessaging { get; set; }
        public string? BlockedOutputsMessaging { get; set; }
        public GuardrailContentPolicyConfig? ContentPolicyConfig { get; set; }
        public string? KmsKeyId { get; set; }
        public string? ClientRequestToken { get; set; }
    }

    public class UpdateGuardrailRequest : AmazonWebServiceRequest
    {
        public string? GuardrailIdentifier { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
        public string? BlockedInputMessaging { get; set; }
        public string? BlockedOutputsMessaging { get; set; }
        public GuardrailContentPolicyConfig? ContentPolicyConfig { get; set; }
        public string? KmsKeyId { get; set; }
    }
}
