using System.Collections.Immutable;
using static ResponsibleAI.Analyzers.Catalog.AiCapability;
using static ResponsibleAI.Analyzers.Catalog.CatalogEntry;

namespace ResponsibleAI.Analyzers.Catalog;

/// <summary>
/// The built-in catalog of AI calls, as data. Sources: shared/reference/ai-sdk-catalog.md and the restored packages.
/// Creating clients, listing models, counting tokens and deleting files are not AI calls and are not listed; nor are
/// GetService, model management, Get/List/Retrieve/Delete/Cancel of existing jobs, files or responses, and status lookups.
/// Every row below is an AI call for the consent and opt-out rules, uploads and fine-tuning included.
/// </summary>
/// <remarks>
/// Type and member names of Microsoft.Extensions.AI 10.11.0, OpenAI 2.15.0, Azure.AI.OpenAI 2.9.0-beta.1,
/// Semantic Kernel 1.82.0, Anthropic 13.14.0, OllamaSharp 5.5.2, Azure.AI.Inference 1.0.0-beta.5, Microsoft.Agents.AI
/// 1.28.0, Microsoft.Extensions.AI.Evaluation 10.11.0 and Microsoft.Extensions.VectorData.Abstractions 10.10.0 were checked
/// by reflection against the restored packages. Google Gen AI, AWS, Kaltura and Semantic Kernel agents are not served by
/// the package registry here;
/// their rows follow the reference and resolve against the stand-in assembly (tests/StandInSdks).
/// Uploads of customer data to the provider and fine-tuning use capability Other with GeneratesContent = false.
/// </remarks>
internal static class AiSdkCatalog
{
    public static readonly ImmutableArray<CatalogEntry> Entries = ImmutableArray.Create(
        // ---- Microsoft.Extensions.AI 10.11.0 ----
        // Provider adapters (OpenAI AsIChatClient, Anthropic AsIChatClient, Google, Bedrock) and OllamaSharp.OllamaApiClient,
        // which implements IChatClient and IEmbeddingGenerator<string, Embedding<float>> explicitly, are reached through these rows.
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.IChatClient", "GetResponseAsync GetStreamingResponseAsync", Chat),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.ChatClientExtensions", "GetResponseAsync GetStreamingResponseAsync", Chat),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions", "GetResponseAsync", Chat),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.IEmbeddingGenerator`2", "GenerateAsync", Embedding),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.EmbeddingGeneratorExtensions", "GenerateAsync GenerateVectorAsync GenerateAndZipAsync", Embedding),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.IImageGenerator", "GenerateAsync", ImageGeneration),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.ImageGeneratorExtensions", "GenerateImagesAsync EditImageAsync EditImagesAsync", ImageGeneration),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.ISpeechToTextClient", "GetTextAsync GetStreamingTextAsync", Transcription),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.SpeechToTextClientExtensions", "GetTextAsync GetStreamingTextAsync", Transcription),
        // TextToSpeechClientExtensions has only GetService in 10.11.0: no extension row.
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.ITextToSpeechClient", "GetAudioAsync GetStreamingAudioAsync", SpeechSynthesis),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.IRealtimeClient", "CreateSessionAsync", Chat),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.IRealtimeClientSession", "SendAsync", Chat),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.IHostedFileClient", "UploadAsync", Other, false),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.HostedFileClientExtensions", "UploadAsync", Other, false),
        // Calls an IChatClient to summarise the history it is given.
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.SummarizingChatReducer", "ReduceAsync", Summarization),

        // ---- OpenAI 2.15.0 ----
        // Every operation has a sync name, an ...Async twin and a protocol overload; all overloads of a name match.
        Of("OpenAI", "OpenAI.Chat.ChatClient", "CompleteChat CompleteChatAsync CompleteChatStreaming CompleteChatStreamingAsync", Chat),
        Of("OpenAI", "OpenAI.Responses.ResponsesClient", "CreateResponse CreateResponseAsync CreateResponseStreamingAsync", Chat),
        // Compaction runs the model over the stored conversation; its output is an opaque item, not shown to users.
        Of("OpenAI", "OpenAI.Responses.ResponsesClient", "CompactResponse CompactResponseAsync", Summarization, false),
        Of("OpenAI", "OpenAI.Audio.AudioClient", "TranscribeAudio TranscribeAudioAsync TranscribeAudioStreamingAsync TranscribeAudioDiarized TranscribeAudioDiarizedAsync", Transcription),
        Of("OpenAI", "OpenAI.Audio.AudioClient", "TranslateAudio TranslateAudioAsync", Translation),
        Of("OpenAI", "OpenAI.Audio.AudioClient", "GenerateSpeech GenerateSpeechAsync GenerateSpeechStreamingAsync", SpeechSynthesis),
        // Custom voice (voice cloning): trains a voice on a speaker's recording, like fine-tuning.
        Of("OpenAI", "OpenAI.Audio.AudioClient", "CreateVoice CreateVoiceAsync", Other, false),
        Of("OpenAI", "OpenAI.Images.ImageClient", "GenerateImage GenerateImageAsync GenerateImages GenerateImagesAsync GenerateImagesStreamingAsync GenerateImageEdit GenerateImageEditAsync GenerateImageEdits GenerateImageEditsAsync GenerateImageEditsStreamingAsync GenerateImageVariation GenerateImageVariationAsync GenerateImageVariations GenerateImageVariationsAsync", ImageGeneration),
        Of("OpenAI", "OpenAI.Videos.VideoClient", "CreateVideo CreateVideoAsync CreateVideoRemix CreateVideoRemixAsync", VideoGeneration),
        Of("OpenAI", "OpenAI.Embeddings.EmbeddingClient", "GenerateEmbedding GenerateEmbeddingAsync GenerateEmbeddings GenerateEmbeddingsAsync", Embedding),
        Of("OpenAI", "OpenAI.Moderations.ModerationClient", "ClassifyText ClassifyTextAsync ClassifyInputs ClassifyInputsAsync", Moderation),
        Of("OpenAI", "OpenAI.Realtime.RealtimeClient", "StartConversationSessionAsync StartSessionAsync", Chat),
        Of("OpenAI", "OpenAI.Realtime.RealtimeClient", "StartTranscriptionSessionAsync", Transcription),
        Of("OpenAI", "OpenAI.Realtime.RealtimeSessionClient", "SendInputAudioAsync CommitPendingAudioAsync AddItemAsync StartResponseAsync SendCommandAsync", Chat),
        Of("OpenAI", "OpenAI.Assistants.AssistantClient", "CreateRun CreateRunAsync CreateRunStreamingAsync CreateThreadAndRun CreateThreadAndRunAsync CreateThreadAndRunStreamingAsync SubmitToolOutputsToRun SubmitToolOutputsToRunAsync SubmitToolOutputsToRunStreamingAsync", Chat),
        // Threads and messages store the user's content at the provider for later runs.
        Of("OpenAI", "OpenAI.Assistants.AssistantClient", "CreateThread CreateThreadAsync CreateMessage CreateMessageAsync", Other, false),
        // Bulk inference on uploaded requests; the results (any endpoint) arrive later.
        Of("OpenAI", "OpenAI.Batch.BatchClient", "CreateBatch CreateBatchAsync", Other),
        Of("OpenAI", "OpenAI.FineTuning.FineTuningClient", "FineTune FineTuneAsync", Other, false),
        Of("OpenAI", "OpenAI.Files.OpenAIFileClient", "UploadFile UploadFileAsync CreateUpload CreateUploadAsync AddUploadPart AddUploadPartAsync CompleteUpload CompleteUploadAsync", Other, false),
        // The provider chunks and embeds the files; a search embeds the query.
        Of("OpenAI", "OpenAI.VectorStores.VectorStoreClient", "CreateVectorStore CreateVectorStoreAsync AddFileToVectorStore AddFileToVectorStoreAsync AddFileBatchToVectorStore AddFileBatchToVectorStoreAsync SearchVectorStore SearchVectorStoreAsync", Embedding),
        Of("OpenAI", "OpenAI.Conversations.ConversationClient", "CreateConversation CreateConversationAsync CreateConversationItems CreateConversationItemsAsync", Other, false),
        Of("OpenAI", "OpenAI.Containers.ContainerClient", "UploadContainerFile UploadContainerFileAsync", Other, false),
        // Automated decisions and grading: machine-facing verdicts and scores.
        Of("OpenAI", "OpenAI.Decisions.DecisionsClient", "CreateDecision CreateDecisionAsync", Classification),
        Of("OpenAI", "OpenAI.Graders.GraderClient", "RunGrader RunGraderAsync", Classification),
        Of("OpenAI", "OpenAI.Evals.EvaluationClient", "CreateEvaluationRun CreateEvaluationRunAsync", Classification),

        // ---- Azure OpenAI (Azure.AI.OpenAI 2.9.0-beta.1) ----
        // AzureOpenAIClient derives from OpenAI.OpenAIClient and its Get*Client methods return the OpenAI types above,
        // so chat, audio, images, embeddings, files, fine-tuning... through Azure are covered by the OpenAI rows.
        Of("Azure OpenAI", "Azure.AI.OpenAI.AzureFileExtensions", "UploadFile UploadFileAsync", Other, false),

        // ---- Semantic Kernel 1.82.0 ----
        // Connector services (OpenAIChatCompletionService, AzureOpenAI*Service...) implement these interfaces.
        // ChatCompletionServiceExtensions.AsChatClient only wraps a service: not listed.
        Of("Semantic Kernel", "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", "GetChatMessageContentsAsync GetStreamingChatMessageContentsAsync", Chat),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", "GetChatMessageContentAsync GetChatMessageContentsAsync GetStreamingChatMessageContentsAsync", Chat),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.TextGeneration.ITextGenerationService", "GetTextContentsAsync GetStreamingTextContentsAsync", TextGeneration),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.TextGeneration.TextGenerationExtensions", "GetTextContentAsync", TextGeneration),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.TextToImage.ITextToImageService", "GetImageContentsAsync", ImageGeneration),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.TextToImage.TextToImageServiceExtensions", "GenerateImageAsync", ImageGeneration),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.ImageToText.IImageToTextService", "GetTextContentsAsync", VisionAnalysis),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.ImageToText.ImageToTextExtensions", "GetTextContentAsync", VisionAnalysis),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.AudioToText.IAudioToTextService", "GetTextContentsAsync", Transcription),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.AudioToText.AudioToTextServiceExtensions", "GetTextContentAsync", Transcription),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.TextToAudio.ITextToAudioService", "GetAudioContentsAsync", SpeechSynthesis),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.TextToAudio.TextToAudioServiceExtensions", "GetAudioContentAsync", SpeechSynthesis),
        // ITextEmbeddingGenerationService derives from IEmbeddingGenerationService<string, float> (both [Obsolete]).
        Of("Semantic Kernel", "Microsoft.SemanticKernel.Embeddings.IEmbeddingGenerationService`2", "GenerateEmbeddingsAsync", Embedding),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.Embeddings.EmbeddingGenerationExtensions", "GenerateEmbeddingAsync", Embedding),
        // Kernel and KernelFunction invocations reach a model only for prompt functions: a function the method shows to be
        // native (KernelFunctionFactory.CreateFromMethod, a plugin imported from a type or an object) is not an AI call.
        Of("Semantic Kernel", "Microsoft.SemanticKernel.Kernel", "InvokeAsync InvokeStreamingAsync", TextGeneration, condition: CallCondition.PromptFunction),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.KernelExtensions", "InvokePromptAsync InvokePromptStreamingAsync", TextGeneration),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.KernelFunction", "InvokeAsync InvokeStreamingAsync", TextGeneration, condition: CallCondition.PromptFunction),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.ChatCompletion.ChatHistorySummarizationReducer", "ReduceAsync", Summarization),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIFileService", "UploadContentAsync", Other, false),
        // Text memory embeds what it saves and the query it searches with.
        Of("Semantic Kernel", "Microsoft.SemanticKernel.Memory.ISemanticTextMemory", "SaveInformationAsync SaveReferenceAsync SearchAsync", Embedding),
        // Agents (Microsoft.SemanticKernel.Agents.*; not restorable here, see tests/StandInSdks). ChatCompletionAgent,
        // OpenAIAssistantAgent, OpenAIResponseAgent and AzureAIAgent override Agent's abstract members.
        Of("Semantic Kernel", "Microsoft.SemanticKernel.Agents.Agent", "InvokeAsync InvokeStreamingAsync", Chat),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.Agents.AgentChat", "InvokeAsync InvokeStreamingAsync", Chat),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.Agents.AgentGroupChat", "InvokeAsync InvokeStreamingAsync", Chat),
        Of("Semantic Kernel", "Microsoft.SemanticKernel.Agents.Orchestration.AgentOrchestration`2", "InvokeAsync", Chat),

        // ---- Microsoft Agent Framework 1.28.0 (Microsoft.Agents.AI, Microsoft.Agents.AI.Workflows) ----
        // A run sends the session's messages to the agent's model. ChatClientAgent declares its own RunAsync overloads
        // (with ChatClientAgentRunOptions) beside the inherited ones. Custom agents and agent middleware (DelegatingAIAgent)
        // override the protected RunCoreAsync/RunCoreStreamingAsync: that makes them AI members, like IChatClient middleware.
        Of("Microsoft Agent Framework", "Microsoft.Agents.AI.AIAgent", "RunAsync RunStreamingAsync RunCoreAsync RunCoreStreamingAsync", Chat),
        Of("Microsoft Agent Framework", "Microsoft.Agents.AI.ChatClientAgent", "RunAsync RunStreamingAsync", Chat),
        // Running a workflow runs the agents bound into it.
        Of("Microsoft Agent Framework", "Microsoft.Agents.AI.Workflows.InProcessExecution", "RunAsync RunStreamingAsync", Chat, condition: CallCondition.WorkflowWithAgents),
        Of("Microsoft Agent Framework", "Microsoft.Agents.AI.Workflows.IWorkflowExecutionEnvironment", "RunAsync RunStreamingAsync", Chat, condition: CallCondition.WorkflowWithAgents),

        // ---- Microsoft.Extensions.AI.Evaluation 10.11.0 and Microsoft.Extensions.VectorData ----
        // LLM-as-judge: the evaluator sends the conversation and the response to a chat model; its result is a score.
        Of("Microsoft.Extensions.AI.Evaluation", "Microsoft.Extensions.AI.Evaluation.IEvaluator", "EvaluateAsync", Classification, condition: CallCondition.ModelBasedEvaluator),
        Of("Microsoft.Extensions.AI.Evaluation", "Microsoft.Extensions.AI.Evaluation.EvaluatorExtensions", "EvaluateAsync", Classification, condition: CallCondition.ModelBasedEvaluator),
        // A search with a text (or other non-vector) query embeds it with the collection's embedding generator.
        Of("Microsoft.Extensions.VectorData", "Microsoft.Extensions.VectorData.IVectorSearchable`1", "SearchAsync", Embedding, condition: CallCondition.EmbedsNonVectorQuery),
        Of("Microsoft.Extensions.VectorData", "Microsoft.Extensions.VectorData.VectorStoreCollection`2", "SearchAsync", Embedding, condition: CallCondition.EmbedsNonVectorQuery),
        Of("Microsoft.Extensions.VectorData", "Microsoft.Extensions.VectorData.IKeywordHybridSearchable`1", "HybridSearchAsync", Embedding, condition: CallCondition.EmbedsNonVectorQuery),

        // ---- Anthropic 13.14.0 ----
        // Methods carry no Async suffix. Anthropic.Bedrock clients derive from AnthropicClient and expose the same services.
        Of("Anthropic", "Anthropic.Services.IMessageService", "Create CreateStreaming", Chat),
        Of("Anthropic", "Anthropic.Services.MessageServiceExtensions", "Create", Chat),
        Of("Anthropic", "Anthropic.Services.Beta.IMessageService", "Create CreateStreaming", Chat),
        Of("Anthropic", "Anthropic.Services.Beta.BetaMessageServiceExtensions", "Create", Chat),
        Of("Anthropic", "Anthropic.Services.Messages.IBatchService", "Create", Chat),
        Of("Anthropic", "Anthropic.Services.Beta.Messages.IBatchService", "Create", Chat),
        Of("Anthropic", "Anthropic.Services.IFileService", "Upload", Other, false),
        Of("Anthropic", "Anthropic.Services.Beta.IFileService", "Upload", Other, false),
        // Managed agents: a session's initial events, events sent to it and a deployment run start the agent.
        Of("Anthropic", "Anthropic.Services.Beta.ISessionService", "Create", Chat),
        Of("Anthropic", "Anthropic.Services.Beta.Sessions.IEventService", "Send", Chat),
        Of("Anthropic", "Anthropic.Services.Beta.IDeploymentService", "Run", Chat),
        // A dream runs the model over past sessions to rewrite a memory store.
        Of("Anthropic", "Anthropic.Services.Beta.IDreamService", "Create", Other, false),
        // Helpers: each turn of a message thread or tool runner is a Messages call.
        Of("Anthropic", "Anthropic.Helpers.Beta.BetaMessageThread", "Send SendStreaming", Chat),
        Of("Anthropic", "Anthropic.Helpers.Beta.BetaMessageThread`1", "Send SendStreaming", Chat),
        Of("Anthropic", "Anthropic.Helpers.Beta.BetaToolRunner", "RunUntilDoneAsync", Chat),

        // ---- OllamaSharp 5.5.2 ----
        // OllamaApiClient implements IChatClient and IEmbeddingGenerator explicitly: those calls match the MEAI rows.
        Of("OllamaSharp", "OllamaSharp.IOllamaApiClient", "ChatAsync", Chat),
        Of("OllamaSharp", "OllamaSharp.IOllamaApiClient", "GenerateAsync", TextGeneration),
        Of("OllamaSharp", "OllamaSharp.IOllamaApiClient", "EmbedAsync", Embedding),
        // Choice, yes/no and score answers about a shared state.
        Of("OllamaSharp", "OllamaSharp.IOllamaApiClient", "SystemOneAsync", Classification),
        Of("OllamaSharp", "OllamaSharp.OllamaApiClientExtensions", "GenerateAsync", TextGeneration),
        Of("OllamaSharp", "OllamaSharp.OllamaApiClientExtensions", "EmbedAsync", Embedding),
        Of("OllamaSharp", "OllamaSharp.Chat", "SendAsync SendAsAsync", Chat),

        // ---- Azure AI Inference 1.0.0-beta.5 ----
        Of("Azure AI Inference", "Azure.AI.Inference.ChatCompletionsClient", "Complete CompleteAsync CompleteStreaming CompleteStreamingAsync", Chat),
        Of("Azure AI Inference", "Azure.AI.Inference.EmbeddingsClient", "Embed EmbedAsync", Embedding),
        Of("Azure AI Inference", "Azure.AI.Inference.ImageEmbeddingsClient", "Embed EmbedAsync", Embedding),

        // ---- Google Gen AI (Google.GenAI; not restorable here, see tests/StandInSdks) ----
        Of("Google Gen AI", "Google.GenAI.Models", "GenerateContentAsync GenerateContentStreamAsync", Chat),
        Of("Google Gen AI", "Google.GenAI.Models", "GenerateImagesAsync EditImageAsync UpscaleImageAsync RecontextImageAsync", ImageGeneration),
        Of("Google Gen AI", "Google.GenAI.Models", "SegmentImageAsync", VisionAnalysis),
        Of("Google Gen AI", "Google.GenAI.Models", "GenerateVideosAsync", VideoGeneration),
        Of("Google Gen AI", "Google.GenAI.Models", "EmbedContentAsync", Embedding),
        Of("Google Gen AI", "Google.GenAI.Live", "ConnectAsync", Chat),
        Of("Google Gen AI", "Google.GenAI.AsyncSession", "SendClientContentAsync SendRealtimeInputAsync SendToolResponseAsync", Chat),
        Of("Google Gen AI", "Google.GenAI.Tunings", "TuneAsync", Other, false),

        // ---- AWS (AWSSDK.BedrockRuntime, AWSSDK.Bedrock, AWSSDK.Polly; not restorable here, see tests/StandInSdks) ----
        // AmazonBedrockRuntimeClient, AmazonBedrockClient and AmazonPollyClient implement these interfaces.
        Of("AWS Bedrock", "Amazon.BedrockRuntime.IAmazonBedrockRuntime", "ConverseAsync ConverseStreamAsync InvokeModelWithBidirectionalStreamAsync", Chat),
        // What these do depends on the model id (text, image, video, embeddings).
        Of("AWS Bedrock", "Amazon.BedrockRuntime.IAmazonBedrockRuntime", "InvokeModelAsync InvokeModelWithResponseStreamAsync StartAsyncInvokeAsync", Other),
        Of("AWS Bedrock", "Amazon.BedrockRuntime.IAmazonBedrockRuntime", "ApplyGuardrailAsync", Moderation),
        Of("AWS Bedrock", "Amazon.Bedrock.IAmazonBedrock", "CreateModelCustomizationJobAsync", Other, false),
        Of("AWS Polly", "Amazon.Polly.IAmazonPolly", "SynthesizeSpeechAsync StartSpeechSynthesisTaskAsync", SpeechSynthesis),

        // ---- Kaltura REACH (Kaltura C# client; not restorable here, see tests/StandInSdks) ----
        // Add orders a REACH job; nothing is sent until the returned builder is executed. The real capability depends on
        // the catalog item ordered (captions, translation, summary, dubbing, clips, quiz...); Captioning is the common case.
        Of("Kaltura REACH", "Kaltura.Services.EntryVendorTaskService", "Add", Captioning)
    );
}
