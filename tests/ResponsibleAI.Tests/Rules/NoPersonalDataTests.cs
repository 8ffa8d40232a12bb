using System.Threading.Tasks;
using Xunit;
using static ResponsibleAI.Tests.Infrastructure.Snippets;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.ConsentAndOptOutAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>
/// "No one's data, no consent duty": calls whose every input is a constant or built only from constants need no guard;
/// neither do calls of a feature declared PersonalData = false (or personal-data=false on its feature line). Each quiet
/// shape has a twin where one non-constant input (a parameter, a field, an added message, a tool) makes it reported.
/// Compiled against the real Microsoft.Extensions.AI, OpenAI, Semantic Kernel and Agent Framework packages.
/// </summary>
public class NoPersonalDataTests
{
    private static Task Check(string body, string parameters = "string user, CancellationToken ct") =>
        Verify.VerifyAsync(new[] { InMethod(body, parameters) });

    [Fact]
    public Task Literal_prompt_is_quiet_and_a_parameter_is_reported() => Check("""
                var a = (await chat.GetResponseAsync("What is machine learning?", cancellationToken: ct)).Text;
                var b = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(user, cancellationToken: ct)|}|}).Text;
                return a + b;
        """);

    [Fact]
    public Task Constants_through_locals_and_interpolation_are_quiet() => Check("""
                const string Topic = "photosynthesis";
                var level = "beginner";
                var prompt = $"Explain {Topic} to a {level} in {3} sentences.";
                var answer = (await chat.GetResponseAsync(prompt, new ChatOptions { Temperature = 0.2f, MaxOutputTokens = 200 }, ct)).Text;
                var followUp = (await chat.GetResponseAsync("Now a quiz question about " + Topic, cancellationToken: ct)).Text;
                return answer + followUp;
        """);

    [Fact]
    public Task Interpolating_a_parameter_is_reported() => Check("""
                var prompt = $"Explain photosynthesis to {user}.";
                return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(prompt, cancellationToken: ct)|}|}).Text;
        """);

    [Fact]
    public Task Local_reassigned_from_a_parameter_is_reported() => Check("""
                var prompt = "Tell me a joke.";
                if (ct.CanBeCanceled)
                {
                    prompt = user;
                }

                return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(prompt, cancellationToken: ct)|}|}).Text;
        """);

    [Fact]
    public Task Message_list_of_constants_is_quiet_until_user_content_is_added() => Check("""
                List<ChatMessage> seed = [new(ChatRole.System, "You write product taglines."), new(ChatRole.User, "A tagline for a tea shop.")];
                var tagline = (await chat.GetResponseAsync(seed, cancellationToken: ct)).Text;

                var history = new List<ChatMessage> { new(ChatRole.System, "You are a tutor.") };
                history.Add(new ChatMessage(ChatRole.User, user));
                var reply = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(history, cancellationToken: ct)|}|}).Text;
                return tagline + reply;
        """);

    [Fact]
    public Task Message_list_handed_to_another_method_is_reported() => Verify.VerifyAsync("""
        public sealed class Tutor(IChatClient chat)
        {
            public async Task<string> RunAsync(CancellationToken ct)
            {
                var messages = new List<ChatMessage> { new(ChatRole.System, "You are a tutor.") };
                AddProfile(messages);
                return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(messages, cancellationToken: ct)|}|}).Text;
            }

            private static void AddProfile(List<ChatMessage> messages) => messages.Add(new(ChatRole.User, Environment.UserName));
        }
        """);

    [Fact]
    public Task Options_with_tools_that_read_data_or_from_a_parameter_are_reported() => Verify.VerifyAsync("""
        public interface IWardrobe { string[] Items(); }

        public sealed class Weather(IChatClient chat, IWardrobe wardrobe)
        {
            public async Task<string> WithToolsAsync(CancellationToken ct)
            {
                var options = new ChatOptions { Tools = [AIFunctionFactory.Create(GetForecast), AIFunctionFactory.Create(MyClothes)] };
                return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync("What should I wear today?", options, ct)|}|}).Text;
            }

            public async Task<string> WithCallerOptionsAsync(ChatOptions options, CancellationToken ct) =>
                (await {|RAI1001:{|RAI1002:chat.GetResponseAsync("What should I wear today?", options, ct)|}|}).Text;

            private static string GetForecast(string city) => "sunny";

            private string MyClothes() => string.Join(", ", wardrobe.Items());
        }
        """);

    [Fact]
    public Task Stub_tools_that_read_no_data_keep_a_constant_prompt_quiet() => Verify.VerifyAsync("""
        using System.ComponentModel;
        using System.Text;
        using Microsoft.Agents.AI;

        public sealed class Demo(IChatClient chat)
        {
            private static readonly string[] Conditions = ["sunny", "rainy", "cloudy"];

            public async Task<string> RunAsync(CancellationToken ct)
            {
                var options = new ChatOptions { Tools = [AIFunctionFactory.Create(GetWeather), AIFunctionFactory.Create(GetTime, name: "time")] };
                var a = (await chat.GetResponseAsync("Do I need an umbrella in Paris?", options, ct)).Text;

                AITool clock = AIFunctionFactory.Create(() => DateTimeOffset.UtcNow.ToString("O"), "now", "The current time.");
                AIAgent agent = chat.AsAIAgent(instructions: "You plan trips.", tools: [clock, new ApprovalRequiredAIFunction(AIFunctionFactory.Create(Advisory))]);
                var b = (await agent.RunAsync("Plan a day in Rome.")).Text;

                var c = (await chat.GetResponseAsync("What time is it?", new ChatOptions { Tools = [AIFunctionFactory.Create((string city) => $"{city}: 12:00")] }, ct)).Text;
                return a + b + c;

                [Description("Local time in a city.")]
                static string GetTime(string city) => city.ToUpperInvariant() switch { "PARIS" => "09:00", _ => $"{city}: unknown" };
            }

            [Description("Weather in a city.")]
            private static string GetWeather(string city)
            {
                var temperature = Random.Shared.Next(5, 25);
                var sky = Conditions[Random.Shared.Next(Conditions.Length)];
                Console.WriteLine($"tool called for {city}");
                return Format(city, temperature, sky);
            }

            private static string Format(string city, int temperature, string sky) => new StringBuilder().Append(city).Append(": ").Append(temperature).Append(sky).ToString();

            private static async Task<string> Advisory(string city)
            {
                await Task.Delay(10);
                return new Report(city, "No advisories.").ToString();
            }

            private sealed record Report(string City, string Text);
        }
        """);

    [Fact]
    public Task Tools_that_read_a_service_a_file_the_console_a_closure_or_an_ambient_context_are_reported() => Verify.VerifyAsync("""
        using System.IO;
        using Microsoft.Agents.AI;

        public interface IOrders { string Last(); }

        public sealed class Shop(IChatClient chat, IOrders orders)
        {
            private static string lastCustomer = "";

            public async Task<string> RunAsync(CancellationToken ct)
            {
                var a = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync("What did I order?", new ChatOptions { Tools = [AIFunctionFactory.Create(() => orders.Last())] }, ct)|}|}).Text;

                var notes = File.ReadAllText("notes.txt");
                var b = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync("Summarize my notes.", new ChatOptions { Tools = [AIFunctionFactory.Create(() => notes)] }, ct)|}|}).Text;

                var c = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync("Ask me my name.", new ChatOptions { Tools = [AIFunctionFactory.Create(AskUser)] }, ct)|}|}).Text;

                AIAgent agent = chat.AsAIAgent(instructions: "You help.", tools: [AIFunctionFactory.Create(ReadFile), AIFunctionFactory.Create(Last), AIFunctionFactory.Create(Context)]);
                var d = (await {|RAI1001:{|RAI1002:agent.RunAsync("Help me.")|}|}).Text;

                var e = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync("Run this.", new ChatOptions { Tools = [new HostedCodeInterpreterTool()] }, ct)|}|}).Text;
                return a + b + c + d + e;
            }

            private static string AskUser() => Console.ReadLine() ?? "";

            private static string ReadFile(string path) => File.ReadAllText(path);

            private static string Last() => lastCustomer;

            private static string Context() => AIAgent.CurrentRunContext?.Agent.Name ?? "";
        }
        """);

    [Fact]
    public Task Agent_built_with_options_whose_tools_read_data_is_reported() => Verify.VerifyAsync("""
        using Microsoft.Agents.AI;

        public interface IPatients { string Chart(string id); }

        public sealed class Clinic(IChatClient chat, IPatients patients)
        {
            public async Task<string> RunAsync()
            {
                var agent = new ChatClientAgent(chat, new ChatClientAgentOptions { ChatOptions = new() { Tools = [AIFunctionFactory.Create(Chart)] } });
                var stubbed = new ChatClientAgent(chat, new ChatClientAgentOptions { ChatOptions = new() { Tools = [AIFunctionFactory.Create(Today)] } });
                var a = (await {|RAI1001:{|RAI1002:agent.RunAsync("Summarize the chart of patient 42.")|}|}).Text;
                var b = (await stubbed.RunAsync("What day is it?")).Text;
                return a + b;
            }

            private string Chart(string id) => patients.Chart(id);

            private static string Today() => DateTime.Today.DayOfWeek.ToString();
        }
        """);

    [Fact]
    public Task Const_fields_are_constants_and_other_fields_are_inputs() => Verify.VerifyAsync("""
        public sealed class Prompts(IChatClient chat)
        {
            private const string Haiku = "Write a haiku about autumn.";
            private static readonly string Limerick = "Write a limerick about spring.";
            private string _lastQuestion = "";

            public async Task<string> RunAsync(string question)
            {
                _lastQuestion = question;
                var poem = (await chat.GetResponseAsync(Haiku)).Text;
                var verse = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(Limerick)|}|}).Text;
                var again = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(_lastQuestion)|}|}).Text;
                return poem + verse + again;
            }
        }
        """);

    [Fact]
    public Task Output_of_an_earlier_call_is_not_a_constant() => Check("""
                var draft = (await chat.GetResponseAsync("Write a limerick about cats.", cancellationToken: ct)).Text;
                return (await {|RAI1001:{|RAI1002:chat.GetResponseAsync("Shorten this: " + draft, cancellationToken: ct)|}|}).Text;
        """);

    [Fact]
    public Task OpenAI_and_Semantic_Kernel_messages_built_from_constants_are_quiet() => Verify.VerifyAsync("""
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;

        public sealed class Samples(OpenAI.Chat.ChatClient openAi, IChatCompletionService service)
        {
            public async Task<string> RunAsync(string note)
            {
                var a = await openAi.CompleteChatAsync(OpenAI.Chat.ChatMessage.CreateSystemMessage("Be brief."), OpenAI.Chat.ChatMessage.CreateUserMessage("Name three primes."));
                var history = new ChatHistory("You are a poet.");
                history.AddUserMessage("Write a couplet about rain.");
                var b = await service.GetChatMessageContentAsync(history);

                var notes = new ChatHistory("You summarize notes.");
                notes.AddUserMessage(note);
                var c = await {|RAI1001:{|RAI1002:service.GetChatMessageContentAsync(notes)|}|};
                return a.Value.Content[0].Text + b.Content + c.Content;
            }
        }
        """);

    [Fact]
    public Task Agent_with_a_constant_prompt_is_quiet_unless_built_with_tools() => Verify.VerifyAsync("""
        using System.IO;
        using System.Linq;
        using Microsoft.Agents.AI;

        public sealed class Jokes(IChatClient chat)
        {
            public async Task<string> RunAsync(string topic)
            {
                AIAgent joker = chat.AsAIAgent(instructions: "You are good at telling jokes.", name: "Joker");
                var first = await joker.RunAsync("Tell me a joke about a pirate.");
                var session = await joker.CreateSessionAsync();
                var second = await joker.RunAsync("Another one, please.", session);
                var saved = await joker.SerializeSessionAsync(session);
                var third = await {|RAI1001:{|RAI1002:joker.RunAsync(topic)|}|};

                AIAgent helper = chat.AsAIAgent(instructions: "You help with orders.", tools: [AIFunctionFactory.Create(LastOrder)]);
                var fourth = await {|RAI1001:{|RAI1002:helper.RunAsync("What did I order last?")|}|};
                return first.Text + second.Text + third.Text + fourth.Text;
            }

            private static string LastOrder() => File.ReadLines("orders.csv").Last();
        }
        """);

    [Fact]
    public Task Session_that_carried_user_input_is_not_constant() => Verify.VerifyAsync("""
        using Microsoft.Agents.AI;

        public sealed class Tutor(AIAgent agent)
        {
            public async Task<string> RunAsync(string question)
            {
                var session = await agent.CreateSessionAsync();
                var answer = await {|RAI1001:{|RAI1002:agent.RunAsync(question, session)|}|};
                var recap = await {|RAI1001:{|RAI1002:agent.RunAsync("Summarize our conversation.", session)|}|};
                return answer.Text + recap.Text;
            }
        }
        """);

    [Fact]
    public Task What_a_local_is_given_after_the_call_does_not_reach_it() => Check("""
                var prompt = "Tell me a joke.";
                var first = (await chat.GetResponseAsync(prompt, cancellationToken: ct)).Text;
                prompt = user;
                var second = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(prompt, cancellationToken: ct)|}|}).Text;

                var question = "What is a noun?";
                for (var i = 0; i < 2; i++)
                {
                    first += (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(question, cancellationToken: ct)|}|}).Text;
                    question = user;
                }

                var topic = "autumn";
                Func<Task<ChatResponse>> later = () => {|RAI1001:{|RAI1002:chat.GetResponseAsync(topic, cancellationToken: ct)|}|};
                topic = user;
                var third = (await later()).Text;

                string cached;
                new Dictionary<string, string> { ["k"] = user }.TryGetValue("k", out cached);
                var fourth = (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(cached, cancellationToken: ct)|}|}).Text;
                return first + second + third + fourth;
        """);

    [Fact]
    public Task A_loop_over_constants_is_quiet_and_a_loop_over_anything_else_is_reported() => Check("""
                string[] questions = ["What is a noun?", "What is a verb?"];
                var answers = "";
                foreach (var question in questions)
                {
                    answers += (await chat.GetResponseAsync(question, cancellationToken: ct)).Text;
                }

                foreach (var topic in new[] { "rivers", "mountains" })
                {
                    answers += (await chat.GetResponseAsync($"One fact about {topic}.", cancellationToken: ct)).Text;
                }

                foreach (var line in user.Split('\n'))
                {
                    answers += (await {|RAI1001:{|RAI1002:chat.GetResponseAsync(line, cancellationToken: ct)|}|}).Text;
                }

                return answers;
        """);

    [Fact]
    public Task Session_used_with_a_constant_question_before_it_carries_user_input_is_quiet_there() => Verify.VerifyAsync("""
        using Microsoft.Agents.AI;

        public sealed class Tutor(AIAgent agent)
        {
            public async Task<string> RunAsync(string question)
            {
                var session = await agent.CreateSessionAsync();
                var intro = await agent.RunAsync("Introduce yourself in one sentence.", session);
                var answer = await {|RAI1001:{|RAI1002:agent.RunAsync(question, session)|}|};
                var recap = await {|RAI1001:{|RAI1002:agent.RunAsync("Summarize our conversation.", session)|}|};
                session = await agent.CreateSessionAsync();
                var fresh = await agent.RunAsync("Say hello.", session);
                return intro.Text + answer.Text + recap.Text + fresh.Text;
            }
        }
        """);

    [Fact]
    public Task Feature_instance_member_carries_its_state_and_a_static_one_does_not() => Verify.VerifyAsync("""
        public sealed class Summaries(IChatClient chat)
        {
            public string Transcript { get; set; } = "";

            [AiFeature("lecture.summary", Capability = AiCapability.Summarization)]
            public async Task<string> SummarizeAsync() => (await chat.GetResponseAsync(Transcript)).Text;

            [AiFeature("site.tagline")]
            public static Task<string> TaglineAsync(string style) => Task.FromResult(style);
        }

        public sealed class Page(Summaries summaries)
        {
            public async Task<string> RenderAsync() =>
                await {|RAI1001:{|RAI1002:summaries.SummarizeAsync()|}|} + await Summaries.TaglineAsync("playful");
        }
        """);

    [Fact]
    public Task Feature_declared_without_personal_data_needs_no_guard() => Verify.VerifyAsync("""
        public sealed class Catalog(IEmbeddingGenerator<string, Embedding<float>> embeddings)
        {
            [AiFeature("catalog.embed", Capability = AiCapability.Embedding, PersonalData = false)]
            public async Task<ReadOnlyMemory<float>> EmbedAsync(string description) => (await embeddings.GenerateAsync(new[] { description }))[0].Vector;

            [AiFeature("reviews.embed", Capability = AiCapability.Embedding)]
            public async Task<ReadOnlyMemory<float>> EmbedReviewAsync(string review) => (await embeddings.GenerateAsync(new[] { review }))[0].Vector;
        }

        public sealed class Indexer(Catalog catalog)
        {
            public async Task IndexAsync(string productDescription, string customerReview)
            {
                await catalog.EmbedAsync(productDescription);
                await {|RAI1001:{|RAI1002:catalog.EmbedReviewAsync(customerReview)|}|};
            }
        }
        """);

    [Fact]
    public Task Feature_line_with_personal_data_false_needs_no_guard() => Verify.VerifyAsync(
        """
        namespace Vendor
        {
            public sealed class Translator { public Task<string> TranslateAsync(string text) => Task.FromResult(text); }
            public sealed class Scorer { public Task<double> ScoreAsync(string text) => Task.FromResult(0.0); }
        }

        public sealed class Docs(Vendor.Translator translator, Vendor.Scorer scorer)
        {
            public async Task<string> RunAsync(string publicDocument, string customerNote)
            {
                var translated = await translator.TranslateAsync(publicDocument);
                var score = await {|RAI1001:{|RAI1002:scorer.ScoreAsync(customerNote)|}|};
                return translated + score;
            }
        }
        """,
        """
        feature M:Vendor.Translator.TranslateAsync(System.String) ; id=docs.translate ; capability=Translation ; personal-data=false
        feature M:Vendor.Scorer.ScoreAsync(System.String) ; id=notes.score ; capability=Classification
        """);

    [Fact]
    public Task Model_choice_and_binary_literals_are_settings_not_data() => Verify.VerifyAsync("""
        public sealed class Reports(IChatClient chat, OpenAI.Chat.ChatClient openAi)
        {
            public async Task<int> RunAsync(string deployment, string body)
            {
                var options = new ChatOptions { ModelId = deployment, Temperature = 0 };
                var a = await chat.GetResponseAsync("Name three prime numbers.", options);
                var b = await openAi.CompleteChatAsync(System.ClientModel.BinaryContent.Create(BinaryData.FromString("{\"messages\":[]}")));
                var c = await {|RAI1001:{|RAI1002:openAi.CompleteChatAsync(System.ClientModel.BinaryContent.Create(BinaryData.FromString(body)))|}|};
                return a.Text.Length + b.GetRawResponse().Status + c.GetRawResponse().Status;
            }
        }
        """);
}
