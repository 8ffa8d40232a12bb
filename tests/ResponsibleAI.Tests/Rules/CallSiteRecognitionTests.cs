using System.Threading.Tasks;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.ConsentAndOptOutAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>
/// Agents, workflows, evaluators, vector searches and Semantic Kernel functions, compiled against the real Microsoft
/// Agent Framework 1.28, Microsoft.Extensions.AI.Evaluation 10.11, Microsoft.Extensions.VectorData and Semantic Kernel
/// 1.82 packages. Where a member reaches a model only in some uses, the call site decides, from what the method shows.
/// </summary>
public class CallSiteRecognitionTests
{
    [Fact]
    public Task Agent_runs_are_AI_calls() => Verify.VerifyAsync("""
        using Microsoft.Agents.AI;

        public sealed class Support(IChatClient chat, AIAgent triage)
        {
            public async Task<string> AnswerAsync(string ticket, CancellationToken ct)
            {
                ChatClientAgent agent = new(chat, instructions: "You answer support tickets.");
                var reply = await {|RAI1001:{|RAI1002:agent.RunAsync(ticket, cancellationToken: ct)|}|};
                var routed = await {|RAI1001:{|RAI1002:triage.RunAsync(new ChatMessage(ChatRole.User, ticket), cancellationToken: ct)|}|};
                var text = "";
                await foreach (var update in {|RAI1001:{|RAI1002:triage.RunStreamingAsync(ticket, cancellationToken: ct)|}|})
                {
                    text += update.Text;
                }

                var typed = await {|RAI1001:{|RAI1002:agent.RunAsync<int>(ticket, cancellationToken: ct)|}|};
                return reply.Text + routed.Text + text + typed.Result;
            }

            public async Task<string> GuardedAsync(AiSubject customer, string ticket, IAiGovernance governance, CancellationToken ct)
            {
                var feature = new AiFeatureDescriptor("support.answer", AiCapability.Chat);
                await governance.EnsureConsentAsync(customer, feature, ct);
                await governance.EnsureNotOptedOutAsync(customer, feature, ct);
                return (await triage.RunAsync(ticket, cancellationToken: ct)).Text;
            }
        }
        """);

    [Fact]
    public Task Workflow_runs_are_AI_calls_when_an_agent_is_bound_into_them() => Verify.VerifyAsync("""
        using Microsoft.Agents.AI;
        using Microsoft.Agents.AI.Workflows;

        public sealed class Pipelines(AIAgent writer, AIAgent reviewer, Workflow injected)
        {
            public async Task RunAsync(string brief)
            {
                var sequential = AgentWorkflowBuilder.BuildSequential(writer, reviewer);
                await {|RAI1001:{|RAI1002:InProcessExecution.RunAsync(sequential, brief)|}|};

                var builder = new WorkflowBuilder(writer);
                builder.AddEdge(writer, reviewer);
                await {|RAI1001:{|RAI1002:InProcessExecution.RunStreamingAsync(builder.Build(), brief)|}|};

                await {|RAI1001:{|RAI1002:InProcessExecution.RunAsync(injected, brief)|}|};

                // Plain executors: no agent is bound into this workflow; an executor that calls a model is analysed where it calls it.
                Func<string, string> upper = s => s.ToUpperInvariant();
                Func<string, string> reverse = s => s.Trim();
                var upperBinding = upper.BindAsExecutor("upper");
                var reverseBinding = reverse.BindAsExecutor("reverse");
                var plain = new WorkflowBuilder(upperBinding).AddEdge(upperBinding, reverseBinding).WithOutputFrom(reverseBinding).Build();
                await InProcessExecution.RunAsync(plain, brief);
            }
        }
        """);

    [Fact]
    public Task Evaluators_that_judge_with_a_model_are_AI_calls() => Verify.VerifyAsync("""
        using Microsoft.Extensions.AI.Evaluation;

        public sealed class Quality(IEvaluator judge, ChatConfiguration configuration)
        {
            public async Task<EvaluationResult> JudgeAsync(IEnumerable<ChatMessage> conversation, ChatResponse answer) =>
                await {|RAI1001:{|RAI1002:judge.EvaluateAsync(conversation, answer, configuration)|}|};
        }
        """);

    [Fact]
    public Task Vector_search_with_a_text_query_embeds_it_and_a_vector_query_does_not() => Verify.VerifyAsync("""
        using Microsoft.Extensions.VectorData;

        public sealed class Hotel
        {
            [VectorStoreKey] public string Id { get; set; } = "";
            [VectorStoreData] public string Description { get; set; } = "";
            [VectorStoreVector(1536)] public string Embedding => Description;
        }

        public sealed class Search(VectorStoreCollection<string, Hotel> hotels)
        {
            public async Task FindAsync(string question, ReadOnlyMemory<float> vector)
            {
                await foreach (var hit in {|RAI1001:{|RAI1002:hotels.SearchAsync(question, top: 3)|}|}) { }
                await foreach (var hit in hotels.SearchAsync(vector, top: 3)) { }
            }
        }
        """);

    [Fact]
    public Task Semantic_text_memory_embeds_what_it_saves_and_searches() => Verify.VerifyAsync("""
        using Microsoft.SemanticKernel.Memory;

        public sealed class Notes(ISemanticTextMemory memory)
        {
            public async Task RememberAsync(string note, string question)
            {
                await {|RAI1001:{|RAI1002:memory.SaveInformationAsync("notes", note, Guid.NewGuid().ToString())|}|};
                await foreach (var hit in {|RAI1001:{|RAI1002:memory.SearchAsync("notes", question)|}|}) { }
            }
        }
        """);

    [Fact]
    public Task Semantic_Kernel_native_functions_are_not_AI_calls_and_prompt_functions_are() => Verify.VerifyAsync("""
        using Microsoft.SemanticKernel;

        public sealed class UnitsPlugin
        {
            [KernelFunction] public double Convert(double celsius) => celsius * 9 / 5 + 32;
        }

        public sealed class Kernels(Kernel kernel, KernelFunction injected)
        {
            public async Task RunAsync(string question)
            {
                var native = KernelFunctionFactory.CreateFromMethod((string s) => s.Length, "Length");
                await native.InvokeAsync(kernel, new KernelArguments { ["s"] = question });
                await kernel.InvokeAsync(native, new KernelArguments { ["s"] = question });

                var fromMethod = kernel.CreateFunctionFromMethod((string s) => s.Trim());
                await kernel.InvokeAsync(fromMethod, new KernelArguments { ["s"] = question });

                var units = kernel.ImportPluginFromType<UnitsPlugin>();
                await kernel.InvokeAsync(units["Convert"], new KernelArguments { ["celsius"] = question });
                await kernel.InvokeAsync("UnitsPlugin", "Convert", new KernelArguments { ["celsius"] = question });
                await kernel.InvokeAsync(kernel.Plugins["UnitsPlugin"]["Convert"], new KernelArguments { ["celsius"] = question });
                await kernel.InvokeAsync(kernel.Plugins.GetFunction("UnitsPlugin", "Convert"), new KernelArguments { ["celsius"] = question });

                var summarize = kernel.CreateFunctionFromPrompt("Summarize: {{$input}}");
                await {|RAI1001:{|RAI1002:kernel.InvokeAsync(summarize, new KernelArguments { ["input"] = question })|}|};
                await {|RAI1001:{|RAI1002:injected.InvokeAsync(kernel, new KernelArguments { ["input"] = question })|}|};
                await {|RAI1001:{|RAI1002:kernel.InvokeAsync("Writer", "Draft", new KernelArguments { ["input"] = question })|}|};
            }
        }
        """);

    [Fact]
    public Task Plugin_name_shared_with_a_prompt_directory_stays_an_AI_call() => Verify.VerifyAsync("""
        using Microsoft.SemanticKernel;

        public sealed class UnitsPlugin
        {
            [KernelFunction] public double Convert(double celsius) => celsius * 9 / 5 + 32;
        }

        public sealed class Kernels(Kernel kernel)
        {
            public async Task RunAsync(string question, string folder)
            {
                kernel.ImportPluginFromType<UnitsPlugin>("Units");
                kernel.ImportPluginFromPromptDirectory(folder, "Units");
                await {|RAI1001:{|RAI1002:kernel.InvokeAsync("Units", "Convert", new KernelArguments { ["celsius"] = question })|}|};
            }
        }
        """);

    [Fact]
    public Task Semantic_Kernel_agents_group_chats_and_orchestrations_are_AI_calls() => Verify.VerifyAsync("""
        // Semantic Kernel agents are not served by the package registry here: stand-in types (tests/StandInSdks) with the
        // real namespaces, type and member names, over the real Semantic Kernel 1.82 core types.
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.Agents;
        using Microsoft.SemanticKernel.Agents.Orchestration.Sequential;
        using Microsoft.SemanticKernel.Agents.Runtime.InProcess;
        using Microsoft.SemanticKernel.ChatCompletion;

        public sealed class Tutors(Kernel kernel)
        {
            public async Task<string> RunAsync(string question)
            {
                var tutor = new ChatCompletionAgent { Name = "Tutor", Instructions = "Answer briefly.", Kernel = kernel };
                var text = "";
                await foreach (AgentResponseItem<ChatMessageContent> item in {|RAI1001:{|RAI1002:tutor.InvokeAsync(question)|}|})
                {
                    text += item.Message.Content;
                }

                var thread = new ChatHistoryAgentThread();
                await foreach (var item in {|RAI1001:{|RAI1002:tutor.InvokeStreamingAsync(new ChatMessageContent(AuthorRole.User, question), thread)|}|})
                {
                    text += item.Message.Content;
                }

                var chat = new AgentGroupChat(tutor, tutor);
                chat.AddChatMessage(new ChatMessageContent(AuthorRole.User, question));
                await foreach (var message in {|RAI1001:{|RAI1002:chat.InvokeAsync()|}|})
                {
                    text += message.Content;
                }

                var sequence = new SequentialOrchestration(tutor, tutor);
                var runtime = new InProcessRuntime();
                await runtime.StartAsync();
                var result = await {|RAI1001:{|RAI1002:sequence.InvokeAsync(question, runtime)|}|};
                return text + await result.GetValueAsync(TimeSpan.FromSeconds(60));
            }
        }
        """);
}
