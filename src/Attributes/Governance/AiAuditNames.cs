using System;
using System.Collections.Generic;
using System.Text;

namespace ResponsibleAI;

/// <summary>
/// The names under which audit events are exported: attributes of the OpenTelemetry GenAI semantic conventions where
/// one exists (<c>gen_ai.*</c>, <c>error.type</c>), and <c>responsibleai.*</c> attributes for the rest. Durations are in
/// seconds. <see cref="AiAuditEvent.GetTags(bool)"/> gives an event's attributes under these names.
/// </summary>
/// <remarks>
/// <para>
/// <c>responsibleai.subject.id</c> is personal data: it identifies whose data the AI processed. Record a keyed hash
/// instead (<see cref="AiGovernanceOptions.SubjectIdMode"/>), or leave it out of telemetry altogether.
/// </para>
/// <para>
/// No attribute ever carries the prompt or the output text: only <see cref="OutputLength"/>, <see cref="OutputSha256"/>
/// and <see cref="OutputItems"/> (see <see cref="AiAuditContent"/>). The GenAI conventions' opt-in content attributes
/// (<c>gen_ai.input.messages</c>, <c>gen_ai.output.messages</c>) are deliberately not used.
/// </para>
/// </remarks>
public static class AiAuditNames
{
    /// <summary>The name of the <c>ActivitySource</c> and the <c>Meter</c> that audit telemetry is emitted on: <c>ResponsibleAI</c>.</summary>
    public const string SourceName = "ResponsibleAI";

    /// <summary><c>gen_ai.operation.name</c>: the GenAI operation (<see cref="Operations"/>), from the feature's capability (<see cref="GetOperationName"/>).</summary>
    public const string OperationName = "gen_ai.operation.name";

    /// <summary><c>gen_ai.provider.name</c>: who runs the model, normalized by <see cref="GetProviderName"/> (e.g. <c>azure.ai.openai</c>).</summary>
    public const string ProviderName = "gen_ai.provider.name";

    /// <summary><c>gen_ai.request.model</c>: the model asked for, when known (<see cref="AiGovernanceOptions.ModelResolver"/>).</summary>
    public const string RequestModel = "gen_ai.request.model";

    /// <summary><c>error.type</c>: the full name of the exception type of a failed invocation.</summary>
    public const string ErrorType = "error.type";

    /// <summary><c>responsibleai.feature.id</c>: the feature id, e.g. <c>lecture.summary</c>.</summary>
    public const string FeatureId = "responsibleai.feature.id";

    /// <summary><c>responsibleai.feature.capability</c>: the <see cref="AiCapability"/> name, e.g. <c>Summarization</c>.</summary>
    public const string FeatureCapability = "responsibleai.feature.capability";

    /// <summary>
    /// <c>responsibleai.subject.id</c>: whose data was processed, as <see cref="AiAuditEvent.SubjectId"/> records it.
    /// Personal data: see <see cref="AiGovernanceOptions.SubjectIdMode"/> for hashing it.
    /// </summary>
    public const string SubjectId = "responsibleai.subject.id";

    /// <summary><c>responsibleai.outcome</c>: <c>success</c>, <c>error</c> or <c>abandoned</c> (<see cref="AiAuditEvent.Outcome"/>).</summary>
    public const string Outcome = "responsibleai.outcome";

    /// <summary><c>responsibleai.duration</c>: how long the invocation took, in seconds (a <see cref="double"/>).</summary>
    public const string Duration = "responsibleai.duration";

    /// <summary><c>responsibleai.output.length</c>: the output's length (<see cref="AiAuditContent.Length"/>).</summary>
    public const string OutputLength = "responsibleai.output.length";

    /// <summary><c>responsibleai.output.sha256</c>: the SHA-256 of the output, lowercase hex (<see cref="AiAuditContent.Sha256"/>).</summary>
    public const string OutputSha256 = "responsibleai.output.sha256";

    /// <summary><c>responsibleai.output.items</c>: the number of items of a streamed output (<see cref="AiAuditContent.Items"/>).</summary>
    public const string OutputItems = "responsibleai.output.items";

    /// <summary><c>responsibleai.feature.duration</c>: the histogram of invocation durations, in seconds (unit <c>s</c>).</summary>
    public const string DurationMetric = "responsibleai.feature.duration";

    /// <summary><c>responsibleai.feature.calls</c>: the counter of finished invocations (unit <c>{call}</c>).</summary>
    public const string CallsMetric = "responsibleai.feature.calls";

    private static readonly Dictionary<string, string> WellKnownProviders = new(StringComparer.Ordinal)
    {
        ["openai"] = "openai",
        ["azureopenai"] = "azure.ai.openai",
        ["azureaiopenai"] = "azure.ai.openai",
        ["azureaiinference"] = "azure.ai.inference",
        ["anthropic"] = "anthropic",
        ["awsbedrock"] = "aws.bedrock",
        ["amazonbedrock"] = "aws.bedrock",
        ["bedrock"] = "aws.bedrock",
        ["gemini"] = "gcp.gemini",
        ["googlegemini"] = "gcp.gemini",
        ["gcpgemini"] = "gcp.gemini",
        ["googlegenai"] = "gcp.gen_ai",
        ["gcpgenai"] = "gcp.gen_ai",
        ["vertexai"] = "gcp.vertex_ai",
        ["googlevertexai"] = "gcp.vertex_ai",
        ["gcpvertexai"] = "gcp.vertex_ai",
        ["cohere"] = "cohere",
        ["ibmwatsonxai"] = "ibm.watsonx.ai",
        ["watsonxai"] = "ibm.watsonx.ai",
        ["perplexity"] = "perplexity",
        ["xai"] = "x_ai",
        ["deepseek"] = "deepseek",
        ["groq"] = "groq",
        ["mistral"] = "mistral_ai",
        ["mistralai"] = "mistral_ai",
    };

    /// <summary>
    /// Returns the <c>gen_ai.operation.name</c> for a capability. The GenAI conventions' operations describe the API
    /// call, the capability describes the feature; the mapping picks the closest operation, and
    /// <c>responsibleai.feature.capability</c> keeps the precise capability.
    /// </summary>
    /// <param name="capability">The feature's capability.</param>
    /// <returns>
    /// <see cref="Operations.Chat"/> for <see cref="AiCapability.Chat"/>; <see cref="Operations.Embeddings"/> for
    /// <see cref="AiCapability.Embedding"/>; <see cref="Operations.TextCompletion"/> for text in, text out
    /// (TextGeneration, Summarization, Translation, QuizGeneration, Chaptering, Tagging, Moderation, Classification);
    /// <see cref="Operations.GenerateContent"/> for audio, image and video work (Captioning, Transcription, Dubbing,
    /// AudioDescription, SpeechSynthesis, ImageGeneration, VideoGeneration, Clipping, VisionAnalysis) and for Other.
    /// </returns>
    public static string GetOperationName(AiCapability capability) => capability switch
    {
        AiCapability.Chat => Operations.Chat,
        AiCapability.Embedding => Operations.Embeddings,
        AiCapability.TextGeneration
            or AiCapability.Summarization
            or AiCapability.Translation
            or AiCapability.QuizGeneration
            or AiCapability.Chaptering
            or AiCapability.Tagging
            or AiCapability.Moderation
            or AiCapability.Classification => Operations.TextCompletion,
        _ => Operations.GenerateContent,
    };

    /// <summary>
    /// Returns the <c>gen_ai.provider.name</c> for a provider as written in <see cref="AiFeatureDescriptor.Provider"/>:
    /// the GenAI conventions' well-known value when the name is one of theirs (case, spaces, dots, dashes and
    /// underscores ignored: <c>"Azure OpenAI"</c> gives <c>azure.ai.openai</c>, <c>"AWS Bedrock"</c> gives
    /// <c>aws.bedrock</c>, <c>"Gemini"</c> gives <c>gcp.gemini</c>), otherwise the name unchanged (<c>"Kaltura REACH"</c>).
    /// </summary>
    /// <param name="provider">The provider, or <see langword="null"/>.</param>
    /// <returns>The attribute value, or <see langword="null"/> when <paramref name="provider"/> is <see langword="null"/> or blank.</returns>
    public static string? GetProviderName(string? provider)
    {
        if (provider is null || provider.Trim().Length == 0)
        {
            return null;
        }

        var key = new StringBuilder(provider.Length);
        foreach (var c in provider)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return WellKnownProviders.TryGetValue(key.ToString(), out var name) ? name : provider.Trim();
    }

    /// <summary>Values of <c>gen_ai.operation.name</c> that <see cref="GetOperationName"/> returns.</summary>
    public static class Operations
    {
        /// <summary><c>chat</c>: a chat completion.</summary>
        public const string Chat = "chat";

        /// <summary><c>text_completion</c>: text in, text out.</summary>
        public const string TextCompletion = "text_completion";

        /// <summary><c>embeddings</c>: vector embeddings.</summary>
        public const string Embeddings = "embeddings";

        /// <summary><c>generate_content</c>: multimodal content generation or analysis.</summary>
        public const string GenerateContent = "generate_content";
    }
}
