// Stand-in types: the Semantic Kernel agent packages (Microsoft.SemanticKernel.Agents.Abstractions, .Core, .OpenAI,
// .AzureAI, .Orchestration, .Runtime.Abstractions, .Runtime.InProcess) are not served by the package registry here;
// the Semantic Kernel core package (Microsoft.SemanticKernel 1.82.0) is, and these declarations reuse its real types
// (Kernel, KernelArguments, ChatMessageContent, StreamingChatMessageContent, ChatHistory, AuthorRole,
// IChatHistoryReducer, IPromptTemplate, PromptTemplateConfig, KernelPlugin, KernelFunction, ...) and the real OpenAI
// types (OpenAI.Assistants.Assistant / AssistantClient, OpenAI.Responses.ResponsesClient: in OpenAI 2.10+ the
// Responses client is ResponsesClient, no longer OpenAIResponseClient). Bodies throw.
// Source shapes: microsoft/semantic-kernel, tag dotnet-1.80.0 (commit 5e1f1fb87d9a38ed44683228dda2434a9b2f0ef9),
// dotnet/src/Agents/{Abstractions,Core,OpenAI,AzureAI,Orchestration,Runtime}. In that release every Agent.InvokeAsync /
// InvokeStreamingAsync returns IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> /
// IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>>; the IAgentInvokeResponseAsyncEnumerable<T> return
// type exists only on an unreleased 2025 branch and is not modelled. KernelAgent was folded into Agent before 1.60
// (Kernel, Arguments, Instructions, Template now live on Agent), so there is no KernelAgent here.
// Deliberate differences from the real packages:
// - [Experimental("SKEXP0110")] (AgentGroupChat, ChatHistoryAgent, the orchestrations, ...) is left off, so test code
//   compiles without #pragma warning disable SKEXP0110.
// - Members for subclasses that need agent-chat channels (Agent.GetChannelKeys/CreateChannelAsync/
//   RestoreChannelAsync, AgentChannel), the protected helpers of Agent, ChatHistoryAgent's protected internal
//   ChatHistory-based InvokeAsync, the protected abstract StartAsync/RegisterOrchestrationAsync of
//   AgentOrchestration, declarative agent factories (AgentDefinition, KernelAgentFactory), AsAIAgent() (Microsoft
//   Agent Framework bridge) and the Magentic orchestration are not modelled: a custom Agent subclass here only has to
//   override the two ICollection<ChatMessageContent> overloads.
// - IAgentRuntime keeps its IHostedService and ISaveState bases but only the messaging, agent lookup and agent state
//   members (no subscriptions, agent factories, proxies or metadata). Because of that base, a compilation that passes
//   an InProcessRuntime as IAgentRuntime needs Microsoft.Extensions.Hosting.Abstractions among its references (else
//   CS0012), as with the real package; PersistentAgentsAdministrationClient.CreateAgentAsync likewise needs
//   System.Memory.Data (BinaryData).
// - Azure.AI.Agents.Persistent (which AzureAIAgent takes) is not served either: a minimal stand-in of
//   PersistentAgent, PersistentAgentsClient and the few types their signatures need is at the end of this file
//   (shapes from Azure/azure-sdk-for-net sdk/ai/Azure.AI.Agents.Persistent, the 1.1.0 that SK 1.80 builds against).

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Azure.AI.Agents.Persistent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Agents.Chat;
using Microsoft.SemanticKernel.Agents.Orchestration.Transforms;
using Microsoft.SemanticKernel.Agents.Runtime;
using Microsoft.SemanticKernel.ChatCompletion;

#pragma warning disable SKEXP0130 // AggregateAIContextProvider (AgentThread.AIContextProviders) is marked experimental in the real SK abstractions
#pragma warning disable OPENAI001 // the OpenAI Assistants API types are marked experimental

// ---------------------------------------------------------------------------------------------------------------------
// Microsoft.SemanticKernel.Agents.Abstractions / .Core
// ---------------------------------------------------------------------------------------------------------------------
namespace Microsoft.SemanticKernel.Agents
{
    /// <summary>Base of every Semantic Kernel agent. Object-initializer properties are init-only, as in the real type.</summary>
    public abstract class Agent
    {
        public string? Description { get; init; }
        public string Id { get; init; } = Guid.NewGuid().ToString();
        public string? Name { get; init; }
        public ILoggerFactory? LoggerFactory { get; init; }
        public KernelArguments? Arguments { get; init; }
        public string? Instructions { get; init; }
        public Kernel Kernel { get; init; } = null!;
        public bool UseImmutableKernel { get; set; }
        public IPromptTemplate? Template { get; set; }

        public virtual IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(
            AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public virtual IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(
            string message, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public virtual IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(
            ChatMessageContent message, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public abstract IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default);

        public virtual IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(
            AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public virtual IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(
            string message, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public virtual IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(
            ChatMessageContent message, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public abstract IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default);
    }

    /// <summary>Conversation state an agent reads and appends to; created on first use, deleted explicitly.</summary>
    public abstract class AgentThread
    {
        public virtual string? Id { get; protected set; }
        public virtual bool IsDeleted { get; protected set; }
        public virtual AggregateAIContextProvider AIContextProviders { get; init; } = null!;

        public virtual Task OnSuspendAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task OnResumeAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        protected internal virtual Task CreateAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task DeleteAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");

        protected abstract Task<string?> CreateInternalAsync(CancellationToken cancellationToken);
        protected abstract Task DeleteInternalAsync(CancellationToken cancellationToken);
        protected abstract Task OnNewMessageInternalAsync(ChatMessageContent newMessage, CancellationToken cancellationToken = default);
    }

    /// <summary>One item of an agent response: the message and the thread it was added to.</summary>
    public class AgentResponseItem<TMessage>
    {
        public AgentResponseItem(TMessage message, AgentThread thread) => throw new NotSupportedException("stand-in");

        public TMessage Message => throw new NotSupportedException("stand-in");
        public AgentThread Thread => throw new NotSupportedException("stand-in");

        public static implicit operator TMessage(AgentResponseItem<TMessage> responseItem) => throw new NotSupportedException("stand-in");
    }

    public class AgentInvokeOptions
    {
        public AgentInvokeOptions() { }
        public AgentInvokeOptions(AgentInvokeOptions options) => throw new NotSupportedException("stand-in");

        public KernelArguments? KernelArguments { get; init; }
        public Kernel? Kernel { get; init; }
        public string AdditionalInstructions { get; init; } = string.Empty;
        public Func<ChatMessageContent, Task>? OnIntermediateMessage { get; init; }
    }

    public class AgentThreadOperationException : KernelException
    {
        public AgentThreadOperationException() { }
        public AgentThreadOperationException(string? message) : base(message) { }
        public AgentThreadOperationException(string? message, Exception? innerException) : base(message, innerException) { }
    }

    /// <summary>Agent whose conversation state is a local <see cref="ChatHistory"/>.</summary>
    public abstract class ChatHistoryAgent : Agent
    {
        public IChatHistoryReducer? HistoryReducer { get; init; }

        public Task<bool> ReduceAsync(ChatHistory history, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
    }

    /// <summary>Agent over the kernel's IChatCompletionService: <c>new ChatCompletionAgent { Name = ..., Instructions = ..., Kernel = kernel }</c>.</summary>
    public sealed class ChatCompletionAgent : ChatHistoryAgent
    {
        public ChatCompletionAgent() => throw new NotSupportedException("stand-in");
        public ChatCompletionAgent(PromptTemplateConfig templateConfig, IPromptTemplateFactory templateFactory) => throw new NotSupportedException("stand-in");

        public AuthorRole InstructionsRole { get; init; } = AuthorRole.System;

        public override IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public override IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public sealed class ChatHistoryAgentThread : AgentThread
    {
        public ChatHistoryAgentThread() => throw new NotSupportedException("stand-in");
        public ChatHistoryAgentThread(ChatHistory chatHistory, string? id = null) => throw new NotSupportedException("stand-in");

        public ChatHistory ChatHistory => throw new NotSupportedException("stand-in");

        public new Task CreateAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<ChatMessageContent> GetMessagesAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");

        protected override Task<string?> CreateInternalAsync(CancellationToken cancellationToken) => throw new NotSupportedException("stand-in");
        protected override Task DeleteInternalAsync(CancellationToken cancellationToken) => throw new NotSupportedException("stand-in");
        protected override Task OnNewMessageInternalAsync(ChatMessageContent newMessage, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
    }

    /// <summary>Multi-agent conversation (legacy API, superseded by the orchestrations).</summary>
    public abstract class AgentChat
    {
        protected AgentChat() => throw new NotSupportedException("stand-in");

        public abstract IReadOnlyList<Agent> Agents { get; }
        public bool IsActive => throw new NotSupportedException("stand-in");
        public ILoggerFactory LoggerFactory { get; init; } = null!;
        protected ChatHistory History => throw new NotSupportedException("stand-in");

        public abstract IAsyncEnumerable<ChatMessageContent> InvokeAsync(CancellationToken cancellationToken = default);
        public abstract IAsyncEnumerable<StreamingChatMessageContent> InvokeStreamingAsync(CancellationToken cancellationToken = default);

        public IAsyncEnumerable<ChatMessageContent> GetChatMessagesAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<ChatMessageContent> GetChatMessagesAsync(Agent? agent, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");

        public void AddChatMessage(ChatMessageContent message) => throw new NotSupportedException("stand-in");
        public void AddChatMessages(IReadOnlyList<ChatMessageContent> messages) => throw new NotSupportedException("stand-in");

        protected IAsyncEnumerable<ChatMessageContent> InvokeAgentAsync(Agent agent, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        protected IAsyncEnumerable<StreamingChatMessageContent> InvokeStreamingAgentAsync(Agent agent, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");

        public Task ResetAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
    }

    public sealed class AgentGroupChat : AgentChat
    {
        public AgentGroupChat(params Agent[] agents) => throw new NotSupportedException("stand-in");

        public bool IsComplete { get; set; }
        public AgentGroupChatSettings ExecutionSettings { get; set; } = null!;
        public override IReadOnlyList<Agent> Agents => throw new NotSupportedException("stand-in");

        public void AddAgent(Agent agent) => throw new NotSupportedException("stand-in");

        public override IAsyncEnumerable<ChatMessageContent> InvokeAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public override IAsyncEnumerable<StreamingChatMessageContent> InvokeStreamingAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<ChatMessageContent> InvokeAsync(Agent agent, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<StreamingChatMessageContent> InvokeStreamingAsync(Agent agent, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");

        public static KernelFunction CreatePromptFunctionForStrategy(string template, IPromptTemplateFactory? templateFactory = null, params string[] safeParameterNames)
            => throw new NotSupportedException("stand-in");
    }

    /// <summary>An agent exposed as a kernel function ("agent as tool").</summary>
    public static class AgentKernelFunctionFactory
    {
        public static KernelFunction CreateFromAgent(Agent agent, string? functionName = null, string? description = null,
                                                     IEnumerable<KernelParameterMetadata>? parameters = null, ILoggerFactory? loggerFactory = null)
            => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.SemanticKernel
{
    using Microsoft.SemanticKernel.Agents;

    public static class AgentKernelPluginFactory
    {
        public static KernelPlugin CreateFromAgents(string pluginName, string? description, IEnumerable<Agent> agents) => throw new NotSupportedException("stand-in");
        public static KernelPlugin CreateFromAgents(string pluginName, params Agent[] agents) => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.SemanticKernel.Agents.Chat
{
    public class AgentGroupChatSettings
    {
        public TerminationStrategy TerminationStrategy { get; init; } = null!;
        public SelectionStrategy SelectionStrategy { get; init; } = null!;
    }

    public abstract class TerminationStrategy
    {
        public const int DefaultMaximumIterations = 99;

        public int MaximumIterations { get; set; } = DefaultMaximumIterations;
        public bool AutomaticReset { get; set; }
        public IReadOnlyList<Agent>? Agents { get; set; }

        protected abstract Task<bool> ShouldAgentTerminateAsync(Agent agent, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken);

        public Task<bool> ShouldTerminateAsync(Agent agent, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public abstract class SelectionStrategy
    {
        protected bool HasSelected { get; private set; }
        public Agent? InitialAgent { get; set; }

        public Task<Agent> NextAsync(IReadOnlyList<Agent> agents, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");

        protected abstract Task<Agent> SelectAgentAsync(IReadOnlyList<Agent> agents, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default);
    }

    public sealed class SequentialSelectionStrategy : SelectionStrategy
    {
        public void Reset() => throw new NotSupportedException("stand-in");

        protected override Task<Agent> SelectAgentAsync(IReadOnlyList<Agent> agents, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public class KernelFunctionSelectionStrategy : SelectionStrategy
    {
        public const string DefaultAgentsVariableName = "_agents_";
        public const string DefaultHistoryVariableName = "_history_";

        public KernelFunctionSelectionStrategy(KernelFunction function, Kernel kernel) => throw new NotSupportedException("stand-in");

        public string AgentsVariableName { get; init; } = DefaultAgentsVariableName;
        public string HistoryVariableName { get; init; } = DefaultHistoryVariableName;
        public KernelArguments? Arguments { get; init; }
        public Kernel Kernel => throw new NotSupportedException("stand-in");
        public KernelFunction Function => throw new NotSupportedException("stand-in");
        public bool EvaluateNameOnly { get; init; }
        public IChatHistoryReducer? HistoryReducer { get; init; }
        public bool UseInitialAgentAsFallback { get; init; }
        public Func<FunctionResult, string> ResultParser { get; init; } = null!;

        protected sealed override Task<Agent> SelectAgentAsync(IReadOnlyList<Agent> agents, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public class KernelFunctionTerminationStrategy : TerminationStrategy
    {
        public const string DefaultAgentVariableName = "_agent_";
        public const string DefaultHistoryVariableName = "_history_";

        public KernelFunctionTerminationStrategy(KernelFunction function, Kernel kernel) => throw new NotSupportedException("stand-in");

        public string AgentVariableName { get; init; } = DefaultAgentVariableName;
        public string HistoryVariableName { get; init; } = DefaultHistoryVariableName;
        public KernelArguments? Arguments { get; init; }
        public Kernel Kernel => throw new NotSupportedException("stand-in");
        public KernelFunction Function => throw new NotSupportedException("stand-in");
        public bool EvaluateNameOnly { get; init; }
        public Func<FunctionResult, bool> ResultParser { get; init; } = null!;
        public IChatHistoryReducer? HistoryReducer { get; init; }

        protected sealed override Task<bool> ShouldAgentTerminateAsync(Agent agent, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public sealed class RegexTerminationStrategy : TerminationStrategy
    {
        public RegexTerminationStrategy(params string[] expressions) => throw new NotSupportedException("stand-in");
        public RegexTerminationStrategy(params Regex[] expressions) => throw new NotSupportedException("stand-in");

        protected override Task<bool> ShouldAgentTerminateAsync(Agent agent, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public enum AggregateTerminationCondition
    {
        All,
        Any,
    }

    public sealed class AggregatorTerminationStrategy : TerminationStrategy
    {
        public AggregatorTerminationStrategy(params TerminationStrategy[] strategies) => throw new NotSupportedException("stand-in");

        public AggregateTerminationCondition Condition { get; init; } = AggregateTerminationCondition.All;

        protected override Task<bool> ShouldAgentTerminateAsync(Agent agent, IReadOnlyList<ChatMessageContent> history, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Microsoft.SemanticKernel.Agents.OpenAI
// ---------------------------------------------------------------------------------------------------------------------
namespace Microsoft.SemanticKernel.Agents.OpenAI
{
    using System.ClientModel;
    using Azure.AI.OpenAI;
    using Azure.Core;
    using global::OpenAI;
    using global::OpenAI.Assistants;
    using global::OpenAI.Responses;

    /// <summary>Agent over the OpenAI Assistants API: <c>new OpenAIAssistantAgent(assistant, assistantClient)</c>.</summary>
    public sealed class OpenAIAssistantAgent : Agent
    {
        public const string CodeInterpreterMetadataKey = "code";

        public OpenAIAssistantAgent(Assistant definition, AssistantClient client, IEnumerable<KernelPlugin>? plugins = null,
                                    IPromptTemplateFactory? templateFactory = null, string? templateFormat = null)
            => throw new NotSupportedException("stand-in");

        public AssistantClient Client => throw new NotSupportedException("stand-in");
        public Assistant Definition => throw new NotSupportedException("stand-in");
        public RunPollingOptions PollingOptions => throw new NotSupportedException("stand-in");
        public RunCreationOptions? RunOptions { get; init; }

        public static AzureOpenAIClient CreateAzureOpenAIClient(ApiKeyCredential apiKey, Uri endpoint, HttpClient? httpClient = null) => throw new NotSupportedException("stand-in");
        public static AzureOpenAIClient CreateAzureOpenAIClient(TokenCredential credential, Uri endpoint, HttpClient? httpClient = null) => throw new NotSupportedException("stand-in");
        public static OpenAIClient CreateOpenAIClient(Uri? endpoint = null, HttpClient? httpClient = null) => throw new NotSupportedException("stand-in");
        public static OpenAIClient CreateOpenAIClient(ApiKeyCredential apiKey, Uri? endpoint = null, HttpClient? httpClient = null) => throw new NotSupportedException("stand-in");

        public override IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, OpenAIAssistantAgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public override IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, OpenAIAssistantAgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public sealed class OpenAIAssistantAgentThread : AgentThread
    {
        public OpenAIAssistantAgentThread(AssistantClient client) => throw new NotSupportedException("stand-in");
        public OpenAIAssistantAgentThread(AssistantClient client, ThreadCreationOptions options) => throw new NotSupportedException("stand-in");
        public OpenAIAssistantAgentThread(AssistantClient client, IEnumerable<ChatMessageContent>? messages = null, IReadOnlyList<string>? codeInterpreterFileIds = null,
                                          string? vectorStoreId = null, IReadOnlyDictionary<string, string>? metadata = null)
            => throw new NotSupportedException("stand-in");
        public OpenAIAssistantAgentThread(AssistantClient client, string id) => throw new NotSupportedException("stand-in");

        public new Task CreateAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<ChatMessageContent> GetMessagesAsync(MessageCollectionOrder? sortOrder = default, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");

        protected override Task<string?> CreateInternalAsync(CancellationToken cancellationToken) => throw new NotSupportedException("stand-in");
        protected override Task DeleteInternalAsync(CancellationToken cancellationToken) => throw new NotSupportedException("stand-in");
        protected override Task OnNewMessageInternalAsync(ChatMessageContent newMessage, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
    }

    public sealed class OpenAIAssistantAgentInvokeOptions : AgentInvokeOptions
    {
        public OpenAIAssistantAgentInvokeOptions() { }
        public OpenAIAssistantAgentInvokeOptions(AgentInvokeOptions options) => throw new NotSupportedException("stand-in");
        public OpenAIAssistantAgentInvokeOptions(OpenAIAssistantAgentInvokeOptions options) => throw new NotSupportedException("stand-in");

        public RunCreationOptions? RunCreationOptions { get; init; }
    }

    public sealed class RunPollingOptions
    {
        public static int DefaultMaximumRetryCount { get; } = 3;
        public static TimeSpan DefaultPollingInterval { get; } = TimeSpan.FromMilliseconds(500);
        public static TimeSpan DefaultPollingBackoff { get; } = TimeSpan.FromSeconds(1);
        public static int DefaultPollingBackoffThreshold { get; } = 2;
        public static TimeSpan DefaultMessageSynchronizationDelay { get; } = TimeSpan.FromMilliseconds(500);

        public int MaximumRetryCount { get; set; } = DefaultMaximumRetryCount;
        public TimeSpan RunPollingInterval { get; set; } = DefaultPollingInterval;
        public TimeSpan RunPollingBackoff { get; set; } = DefaultPollingBackoff;
        public int RunPollingBackoffThreshold { get; set; } = DefaultPollingBackoffThreshold;
        public TimeSpan MessageSynchronizationDelay { get; set; } = DefaultMessageSynchronizationDelay;

        public TimeSpan GetPollingInterval(int iterationCount) => throw new NotSupportedException("stand-in");
    }

    public static class AssistantClientExtensions
    {
        public static Task<Assistant> CreateAssistantAsync(this AssistantClient client, string modelId, string? name = null, string? description = null,
                                                           string? instructions = null, bool enableCodeInterpreter = false,
                                                           IReadOnlyList<string>? codeInterpreterFileIds = null, bool enableFileSearch = false,
                                                           string? vectorStoreId = null, float? temperature = null, float? topP = null,
                                                           AssistantResponseFormat? responseFormat = null, IReadOnlyDictionary<string, string>? metadata = null,
                                                           CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public static Task<Assistant> CreateAssistantFromTemplateAsync(this AssistantClient client, string modelId, PromptTemplateConfig config,
                                                                       bool enableCodeInterpreter = false, IReadOnlyList<string>? codeInterpreterFileIds = null,
                                                                       bool enableFileSearch = false, string? vectorStoreId = null, float? temperature = null,
                                                                       float? topP = null, AssistantResponseFormat? responseFormat = null,
                                                                       IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public static Task<string> CreateThreadAsync(this AssistantClient client, IEnumerable<ChatMessageContent>? messages = null,
                                                     IReadOnlyList<string>? codeInterpreterFileIds = null, string? vectorStoreId = null,
                                                     IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    /// <summary>Agent over the OpenAI Responses API: <c>new OpenAIResponseAgent(responsesClient) { StoreEnabled = true }</c>.</summary>
    public sealed class OpenAIResponseAgent : Agent
    {
        public OpenAIResponseAgent(ResponsesClient client, string? modelId = null) => throw new NotSupportedException("stand-in");

        public ResponsesClient Client => throw new NotSupportedException("stand-in");
        public string? ModelId { get; init; }
        public bool StoreEnabled { get; init; }

        public override IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public override IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public sealed class OpenAIResponseAgentThread : AgentThread
    {
        public OpenAIResponseAgentThread(ResponsesClient client) => throw new NotSupportedException("stand-in");
        public OpenAIResponseAgentThread(ResponsesClient client, string responseId) => throw new NotSupportedException("stand-in");

        public override string? Id => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<ChatMessageContent> GetMessagesAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");

        protected override Task<string?> CreateInternalAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        protected override Task DeleteInternalAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        protected override Task OnNewMessageInternalAsync(ChatMessageContent newMessage, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
    }

    public sealed class OpenAIResponseAgentInvokeOptions : AgentInvokeOptions
    {
        public OpenAIResponseAgentInvokeOptions() { }
        public OpenAIResponseAgentInvokeOptions(AgentInvokeOptions options) => throw new NotSupportedException("stand-in");
        public OpenAIResponseAgentInvokeOptions(OpenAIResponseAgentInvokeOptions options) => throw new NotSupportedException("stand-in");

        public CreateResponseOptions? ResponseCreationOptions { get; set; }
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Microsoft.SemanticKernel.Agents.AzureAI
// ---------------------------------------------------------------------------------------------------------------------
namespace Microsoft.SemanticKernel.Agents.AzureAI
{
    using Azure.Core;

    /// <summary>Agent over Azure AI Foundry persistent agents: <c>new AzureAIAgent(persistentAgent, persistentAgentsClient)</c>.</summary>
    public sealed class AzureAIAgent : Agent
    {
        public static class Tools
        {
            public static readonly string CodeInterpreter = "code_interpreter";
            public const string FileSearch = "file_search";
        }

        public const string CodeInterpreterMetadataKey = "code";

        public AzureAIAgent(PersistentAgent model, PersistentAgentsClient client, IEnumerable<KernelPlugin>? plugins = null,
                            IPromptTemplateFactory? templateFactory = null, string? templateFormat = null)
            => throw new NotSupportedException("stand-in");

        public PersistentAgent Definition => throw new NotSupportedException("stand-in");
        public RunPollingOptions PollingOptions => throw new NotSupportedException("stand-in");
        public PersistentAgentsClient Client => throw new NotSupportedException("stand-in");

        public static PersistentAgentsClient CreateAgentsClient(string endpoint, TokenCredential credential, HttpClient? httpClient = null)
            => throw new NotSupportedException("stand-in");

        public override IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, AzureAIAgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public override IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(
            ICollection<ChatMessageContent> messages, AgentThread? thread = null, AzureAIAgentInvokeOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public sealed class AzureAIAgentThread : AgentThread
    {
        public AzureAIAgentThread(PersistentAgentsClient client, IEnumerable<ThreadMessageOptions>? messages = null, ToolResources? toolResources = null,
                                  IReadOnlyDictionary<string, string>? metadata = null)
            => throw new NotSupportedException("stand-in");
        public AzureAIAgentThread(PersistentAgentsClient client, string id) => throw new NotSupportedException("stand-in");

        public new Task CreateAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public IAsyncEnumerable<ChatMessageContent> GetMessagesAsync(ListSortOrder? sortOrder = default, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");

        protected override Task<string?> CreateInternalAsync(CancellationToken cancellationToken) => throw new NotSupportedException("stand-in");
        protected override Task DeleteInternalAsync(CancellationToken cancellationToken) => throw new NotSupportedException("stand-in");
        protected override Task OnNewMessageInternalAsync(ChatMessageContent newMessage, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
    }

    public sealed class AzureAIAgentInvokeOptions : AgentInvokeOptions
    {
        public AzureAIAgentInvokeOptions() { }
        public AzureAIAgentInvokeOptions(AgentInvokeOptions options) => throw new NotSupportedException("stand-in");
        public AzureAIAgentInvokeOptions(AzureAIAgentInvokeOptions options) => throw new NotSupportedException("stand-in");

        public string? ModelName { get; init; }
        public string? OverrideInstructions { get; init; }
        public IReadOnlyList<ChatMessageContent>? AdditionalMessages { get; init; }
        public bool EnableCodeInterpreter { get; init; }
        public IReadOnlyList<string>? CodeInterpreterFiles { get; init; }
        public bool EnableFileSearch { get; init; }
        public bool? EnableJsonResponse { get; init; }
        public int? MaxCompletionTokens { get; init; }
        public int? MaxPromptTokens { get; init; }
        public bool? ParallelToolCallsEnabled { get; init; }
        public int? TruncationMessageCount { get; init; }
        public float? Temperature { get; init; }
        public float? TopP { get; init; }
        public IReadOnlyDictionary<string, string>? Metadata { get; init; }
    }

    public sealed class RunPollingOptions
    {
        public static int DefaultMaximumRetryCount { get; } = 3;
        public static TimeSpan DefaultPollingInterval { get; } = TimeSpan.FromMilliseconds(500);
        public static TimeSpan DefaultPollingBackoff { get; } = TimeSpan.FromSeconds(1);
        public static int DefaultPollingBackoffThreshold { get; } = 2;
        public static TimeSpan DefaultMessageSynchronizationDelay { get; } = TimeSpan.FromMilliseconds(500);

        public int MaximumRetryCount { get; set; } = DefaultMaximumRetryCount;
        public TimeSpan RunPollingInterval { get; set; } = DefaultPollingInterval;
        public TimeSpan RunPollingBackoff { get; set; } = DefaultPollingBackoff;
        public int RunPollingBackoffThreshold { get; set; } = DefaultPollingBackoffThreshold;
        public TimeSpan MessageSynchronizationDelay { get; set; } = DefaultMessageSynchronizationDelay;

        public TimeSpan GetPollingInterval(int iterationCount) => throw new NotSupportedException("stand-in");
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Microsoft.SemanticKernel.Agents.Orchestration (+ .Sequential, .Concurrent, .GroupChat, .Handoff, .Transforms)
// ---------------------------------------------------------------------------------------------------------------------
namespace Microsoft.SemanticKernel.Agents.Orchestration
{
    public delegate ValueTask OrchestrationResponseCallback(ChatMessageContent response);
    public delegate ValueTask OrchestrationStreamingCallback(StreamingChatMessageContent response, bool isFinal);
    public delegate ValueTask<ChatMessageContent> OrchestrationInteractiveCallback();

    /// <summary>Base of the orchestration patterns: <c>await orchestration.InvokeAsync(input, runtime)</c> then <c>GetValueAsync</c>.</summary>
    public abstract class AgentOrchestration<TInput, TOutput>
    {
        protected AgentOrchestration(params Agent[] members) => throw new NotSupportedException("stand-in");

        public string Description { get; init; } = string.Empty;
        public string Name { get; init; } = string.Empty;
        public ILoggerFactory LoggerFactory { get; init; } = null!;
        public OrchestrationInputTransform<TInput> InputTransform { get; init; } = null!;
        public OrchestrationOutputTransform<TOutput> ResultTransform { get; init; } = null!;
        public OrchestrationResponseCallback? ResponseCallback { get; init; }
        public OrchestrationStreamingCallback? StreamingResponseCallback { get; init; }
        protected IReadOnlyList<Agent> Members => throw new NotSupportedException("stand-in");

        public ValueTask<OrchestrationResult<TOutput>> InvokeAsync(TInput input, IAgentRuntime runtime, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public sealed class OrchestrationResult<TValue> : IDisposable
    {
        private OrchestrationResult() { }

        public string Orchestration => throw new NotSupportedException("stand-in");
        public TopicId Topic => throw new NotSupportedException("stand-in");

        public ValueTask<TValue> GetValueAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public void Cancel() => throw new NotSupportedException("stand-in");
        public void Dispose() => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.SemanticKernel.Agents.Orchestration.Transforms
{
    public delegate ValueTask<IEnumerable<ChatMessageContent>> OrchestrationInputTransform<TInput>(TInput input, CancellationToken cancellationToken = default);
    public delegate ValueTask<TOutput> OrchestrationOutputTransform<TOutput>(IList<ChatMessageContent> result, CancellationToken cancellationToken = default);
    public delegate IList<ChatMessageContent> OrchestrationResultTransform<TResult>(TResult result);

    public sealed class StructuredOutputTransform<TOutput>
    {
        public StructuredOutputTransform(IChatCompletionService service, PromptExecutionSettings executionSettings) => throw new NotSupportedException("stand-in");

        public string Instructions { get; init; } = "Respond with JSON that is populated by using the information in this conversation.";

        public ValueTask<TOutput> TransformAsync(IList<ChatMessageContent> messages, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.SemanticKernel.Agents.Orchestration.Sequential
{
    public class SequentialOrchestration<TInput, TOutput> : AgentOrchestration<TInput, TOutput>
    {
        public SequentialOrchestration(params Agent[] agents) : base(agents) => throw new NotSupportedException("stand-in");
    }

    public sealed class SequentialOrchestration : SequentialOrchestration<string, string>
    {
        public SequentialOrchestration(params Agent[] members) : base(members) => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.SemanticKernel.Agents.Orchestration.Concurrent
{
    public class ConcurrentOrchestration<TInput, TOutput> : AgentOrchestration<TInput, TOutput>
    {
        public ConcurrentOrchestration(params Agent[] agents) : base(agents) => throw new NotSupportedException("stand-in");
    }

    /// <summary>The string form returns one answer per agent.</summary>
    public sealed class ConcurrentOrchestration : ConcurrentOrchestration<string, string[]>
    {
        public ConcurrentOrchestration(params Agent[] members) : base(members) => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.SemanticKernel.Agents.Orchestration.GroupChat
{
    public class GroupChatOrchestration<TInput, TOutput> : AgentOrchestration<TInput, TOutput>
    {
        public GroupChatOrchestration(GroupChatManager manager, params Agent[] agents) : base(agents) => throw new NotSupportedException("stand-in");
    }

    public sealed class GroupChatOrchestration : GroupChatOrchestration<string, string>
    {
        public GroupChatOrchestration(GroupChatManager manager, params Agent[] members) : base(manager, members) => throw new NotSupportedException("stand-in");
    }

    public sealed class GroupChatManagerResult<TValue>
    {
        public GroupChatManagerResult(TValue value) => throw new NotSupportedException("stand-in");

        public string Reason { get; init; } = string.Empty;
        public TValue Value => throw new NotSupportedException("stand-in");
    }

    public abstract class GroupChatManager
    {
        protected GroupChatManager() { }

        public int InvocationCount => throw new NotSupportedException("stand-in");
        public int MaximumInvocationCount { get; init; } = int.MaxValue;
        public OrchestrationInteractiveCallback? InteractiveCallback { get; init; }

        public abstract ValueTask<GroupChatManagerResult<string>> FilterResults(ChatHistory history, CancellationToken cancellationToken = default);
        public abstract ValueTask<GroupChatManagerResult<string>> SelectNextAgent(ChatHistory history, GroupChatTeam team, CancellationToken cancellationToken = default);
        public abstract ValueTask<GroupChatManagerResult<bool>> ShouldRequestUserInput(ChatHistory history, CancellationToken cancellationToken = default);
        public virtual ValueTask<GroupChatManagerResult<bool>> ShouldTerminate(ChatHistory history, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public class RoundRobinGroupChatManager : GroupChatManager
    {
        public override ValueTask<GroupChatManagerResult<string>> FilterResults(ChatHistory history, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public override ValueTask<GroupChatManagerResult<string>> SelectNextAgent(ChatHistory history, GroupChatTeam team, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public override ValueTask<GroupChatManagerResult<bool>> ShouldRequestUserInput(ChatHistory history, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    /// <summary>Agent name to (agent type, description).</summary>
    public class GroupChatTeam : Dictionary<string, (string Type, string Description)>
    {
    }

    public static class ChatGroupExtensions
    {
        public static string FormatNames(this GroupChatTeam team) => throw new NotSupportedException("stand-in");
        public static string FormatList(this GroupChatTeam team) => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.SemanticKernel.Agents.Orchestration.Handoff
{
    public class HandoffOrchestration<TInput, TOutput> : AgentOrchestration<TInput, TOutput>
    {
        public HandoffOrchestration(OrchestrationHandoffs handoffs, params Agent[] agents) : base(agents) => throw new NotSupportedException("stand-in");

        public OrchestrationInteractiveCallback? InteractiveCallback { get; init; }
    }

    public sealed class HandoffOrchestration : HandoffOrchestration<string, string>
    {
        public HandoffOrchestration(OrchestrationHandoffs handoffs, params Agent[] members) : base(handoffs, members) => throw new NotSupportedException("stand-in");
    }

    /// <summary>Target agent name to handoff description.</summary>
    public sealed class AgentHandoffs : Dictionary<string, string>
    {
        public AgentHandoffs() { }
        public AgentHandoffs(Dictionary<string, string> handoffs) : base(handoffs) { }
    }

    /// <summary>Source agent name to its handoffs: <c>OrchestrationHandoffs.StartWith(triage).Add(triage, billing, refunds)</c>.</summary>
    public sealed class OrchestrationHandoffs : Dictionary<string, AgentHandoffs>
    {
        public OrchestrationHandoffs(Agent firstAgent) => throw new NotSupportedException("stand-in");
        public OrchestrationHandoffs(string firstAgentName) => throw new NotSupportedException("stand-in");

        public string FirstAgentName => throw new NotSupportedException("stand-in");

        public static OrchestrationHandoffs StartWith(Agent source) => throw new NotSupportedException("stand-in");
    }

    public static class OrchestrationHandoffsExtensions
    {
        public static OrchestrationHandoffs Add(this OrchestrationHandoffs handoffs, Agent source, params Agent[] targets) => throw new NotSupportedException("stand-in");
        public static OrchestrationHandoffs Add(this OrchestrationHandoffs handoffs, Agent source, Agent target, string description) => throw new NotSupportedException("stand-in");
        public static OrchestrationHandoffs Add(this OrchestrationHandoffs handoffs, Agent source, string targetName, string description) => throw new NotSupportedException("stand-in");
        public static OrchestrationHandoffs Add(this OrchestrationHandoffs handoffs, string sourceName, string targetName, string description) => throw new NotSupportedException("stand-in");
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Microsoft.SemanticKernel.Agents.Runtime (.Abstractions, .InProcess)
// ---------------------------------------------------------------------------------------------------------------------
namespace Microsoft.SemanticKernel.Agents.Runtime
{
    public interface ISaveState
    {
        ValueTask<JsonElement> SaveStateAsync();
        ValueTask LoadStateAsync(JsonElement state);
    }

    /// <summary>The actor runtime orchestrations run on (messaging, agent lookup and agent state subset; see the file header).</summary>
    public interface IAgentRuntime : IHostedService, ISaveState
    {
        ValueTask<object?> SendMessageAsync(object message, AgentId recipient, AgentId? sender = null, string? messageId = null, CancellationToken cancellationToken = default);
        ValueTask PublishMessageAsync(object message, TopicId topic, AgentId? sender = null, string? messageId = null, CancellationToken cancellationToken = default);
        ValueTask<AgentId> GetAgentAsync(AgentId agentId, bool lazy = true);
        ValueTask<AgentId> GetAgentAsync(AgentType agentType, string key = "default", bool lazy = true);
        ValueTask<AgentId> GetAgentAsync(string agent, string key = "default", bool lazy = true);
        ValueTask<JsonElement> SaveAgentStateAsync(AgentId agentId);
        ValueTask LoadAgentStateAsync(AgentId agentId, JsonElement state);
    }

    public struct AgentId : IEquatable<AgentId>
    {
        public const string DefaultKey = "default";

        public AgentId(string type, string key) => throw new NotSupportedException("stand-in");
        public AgentId((string Type, string Key) kvPair) => throw new NotSupportedException("stand-in");
        public AgentId(AgentType type, string key) => throw new NotSupportedException("stand-in");

        public string Type => throw new NotSupportedException("stand-in");
        public string Key => throw new NotSupportedException("stand-in");

        public static AgentId FromStr(string maybeAgentId) => throw new NotSupportedException("stand-in");
        public readonly bool Equals(AgentId other) => throw new NotSupportedException("stand-in");
        public override readonly bool Equals(object? obj) => throw new NotSupportedException("stand-in");
        public override readonly int GetHashCode() => throw new NotSupportedException("stand-in");
        public override readonly string ToString() => throw new NotSupportedException("stand-in");

        public static explicit operator AgentId(string id) => throw new NotSupportedException("stand-in");
        public static bool operator ==(AgentId left, AgentId right) => throw new NotSupportedException("stand-in");
        public static bool operator !=(AgentId left, AgentId right) => throw new NotSupportedException("stand-in");
    }

    public readonly struct AgentType : IEquatable<AgentType>
    {
        public AgentType(string type) => throw new NotSupportedException("stand-in");

        public string Name => throw new NotSupportedException("stand-in");

        public bool Equals(AgentType other) => throw new NotSupportedException("stand-in");
        public override bool Equals(object? obj) => throw new NotSupportedException("stand-in");
        public override int GetHashCode() => throw new NotSupportedException("stand-in");
        public override string ToString() => throw new NotSupportedException("stand-in");

        public static explicit operator AgentType(Type type) => throw new NotSupportedException("stand-in");
        public static implicit operator AgentType(string type) => throw new NotSupportedException("stand-in");
        public static implicit operator string(AgentType type) => throw new NotSupportedException("stand-in");
        public static bool operator ==(AgentType left, AgentType right) => throw new NotSupportedException("stand-in");
        public static bool operator !=(AgentType left, AgentType right) => throw new NotSupportedException("stand-in");
    }

    public struct TopicId : IEquatable<TopicId>
    {
        public const string DefaultSource = "default";
        public const string Separator = "/";

        public TopicId(string type, string source = DefaultSource) => throw new NotSupportedException("stand-in");
        public TopicId((string Type, string Source) kvPair) => throw new NotSupportedException("stand-in");

        public string Type => throw new NotSupportedException("stand-in");
        public string Source => throw new NotSupportedException("stand-in");

        public static TopicId FromStr(string maybeTopicId) => throw new NotSupportedException("stand-in");
        public readonly bool IsWildcardMatch(TopicId other) => throw new NotSupportedException("stand-in");
        public readonly bool Equals(TopicId other) => throw new NotSupportedException("stand-in");
        public override readonly bool Equals(object? obj) => throw new NotSupportedException("stand-in");
        public override readonly int GetHashCode() => throw new NotSupportedException("stand-in");
        public override readonly string ToString() => throw new NotSupportedException("stand-in");

        public static explicit operator TopicId(string id) => throw new NotSupportedException("stand-in");
        public static bool operator ==(TopicId left, TopicId right) => throw new NotSupportedException("stand-in");
        public static bool operator !=(TopicId left, TopicId right) => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.SemanticKernel.Agents.Runtime.InProcess
{
    /// <summary>In-process runtime: <c>var runtime = new InProcessRuntime(); await runtime.StartAsync(); ...; await runtime.RunUntilIdleAsync();</c></summary>
    public sealed class InProcessRuntime : IAgentRuntime, IAsyncDisposable
    {
        public InProcessRuntime() => throw new NotSupportedException("stand-in");

        public bool DeliverToSelf { get; set; }

        public Task StartAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public Task StopAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public Task RunUntilIdleAsync() => throw new NotSupportedException("stand-in");
        public ValueTask DisposeAsync() => throw new NotSupportedException("stand-in");

        public ValueTask PublishMessageAsync(object message, TopicId topic, AgentId? sender = null, string? messageId = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public ValueTask<object?> SendMessageAsync(object message, AgentId recipient, AgentId? sender = null, string? messageId = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public ValueTask<AgentId> GetAgentAsync(AgentId agentId, bool lazy = true) => throw new NotSupportedException("stand-in");
        public ValueTask<AgentId> GetAgentAsync(AgentType agentType, string key = AgentId.DefaultKey, bool lazy = true) => throw new NotSupportedException("stand-in");
        public ValueTask<AgentId> GetAgentAsync(string agent, string key = AgentId.DefaultKey, bool lazy = true) => throw new NotSupportedException("stand-in");
        public ValueTask LoadAgentStateAsync(AgentId agentId, JsonElement state) => throw new NotSupportedException("stand-in");
        public ValueTask<JsonElement> SaveAgentStateAsync(AgentId agentId) => throw new NotSupportedException("stand-in");
        public ValueTask LoadStateAsync(JsonElement state) => throw new NotSupportedException("stand-in");
        public ValueTask<JsonElement> SaveStateAsync() => throw new NotSupportedException("stand-in");
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Stand-in for Azure.AI.Agents.Persistent (not served here either): only what AzureAIAgent's signatures and the usual
// "create a persistent agent, wrap it" code need. Real types are generated models (IJsonModel<T>) with many more members.
// ---------------------------------------------------------------------------------------------------------------------
namespace Azure.AI.Agents.Persistent
{
    using Azure.Core;

    public partial class PersistentAgent
    {
        internal PersistentAgent() { }

        public string Id => throw new NotSupportedException("stand-in");
        public DateTimeOffset CreatedAt => throw new NotSupportedException("stand-in");
        public string Name => throw new NotSupportedException("stand-in");
        public string Description => throw new NotSupportedException("stand-in");
        public string Model => throw new NotSupportedException("stand-in");
        public string Instructions => throw new NotSupportedException("stand-in");
        public IReadOnlyList<ToolDefinition> Tools => throw new NotSupportedException("stand-in");
        public ToolResources ToolResources => throw new NotSupportedException("stand-in");
        public float? Temperature => throw new NotSupportedException("stand-in");
        public float? TopP => throw new NotSupportedException("stand-in");
        public IReadOnlyDictionary<string, string> Metadata => throw new NotSupportedException("stand-in");
    }

    /// <summary><c>new PersistentAgentsClient(projectEndpoint, new DefaultAzureCredential())</c>; agents are created through <see cref="Administration"/>.</summary>
    public partial class PersistentAgentsClient
    {
        protected PersistentAgentsClient() { }
        public PersistentAgentsClient(string endpoint, TokenCredential credential) => throw new NotSupportedException("stand-in");

        public virtual PersistentAgentsAdministrationClient Administration => throw new NotSupportedException("stand-in");
    }

    public partial class PersistentAgentsAdministrationClient
    {
        protected PersistentAgentsAdministrationClient() { }
        public PersistentAgentsAdministrationClient(string endpoint, TokenCredential credential) => throw new NotSupportedException("stand-in");

        public virtual Task<Response<PersistentAgent>> CreateAgentAsync(string model, string? name = null, string? description = null, string? instructions = null,
                                                                         IEnumerable<ToolDefinition>? tools = null, ToolResources? toolResources = null,
                                                                         float? temperature = null, float? topP = null, BinaryData? responseFormat = null,
                                                                         IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
        public virtual Task<Response<PersistentAgent>> GetAgentAsync(string agentId, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
        public virtual Task<Response<bool>> DeleteAgentAsync(string agentId, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
    }

    public abstract partial class ToolDefinition
    {
        protected ToolDefinition() { }
    }

    public partial class CodeInterpreterToolDefinition : ToolDefinition
    {
        public CodeInterpreterToolDefinition() { }
    }

    public partial class FileSearchToolDefinition : ToolDefinition
    {
        public FileSearchToolDefinition() { }
    }

    public partial class ToolResources
    {
        public ToolResources() { }
    }

    public partial class ThreadMessageOptions
    {
        internal ThreadMessageOptions() { }
    }

    public readonly partial struct ListSortOrder : IEquatable<ListSortOrder>
    {
        public ListSortOrder(string value) => throw new NotSupportedException("stand-in");

        public static ListSortOrder Ascending => throw new NotSupportedException("stand-in");
        public static ListSortOrder Descending => throw new NotSupportedException("stand-in");

        public bool Equals(ListSortOrder other) => throw new NotSupportedException("stand-in");
        public override bool Equals(object? obj) => throw new NotSupportedException("stand-in");
        public override int GetHashCode() => throw new NotSupportedException("stand-in");
        public override string ToString() => throw new NotSupportedException("stand-in");

        public static implicit operator ListSortOrder(string value) => throw new NotSupportedException("stand-in");
        public static bool operator ==(ListSortOrder left, ListSortOrder right) => throw new NotSupportedException("stand-in");
        public static bool operator !=(ListSortOrder left, ListSortOrder right) => throw new NotSupportedException("stand-in");
    }
}
