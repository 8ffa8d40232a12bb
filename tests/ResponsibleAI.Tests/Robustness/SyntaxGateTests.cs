using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Configuration;
using ResponsibleAI.Analyzers.Rules;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.ConsentAndOptOutAnalyzer>;

namespace ResponsibleAI.Tests.Robustness;

/// <summary>
/// The rules bind a body only when its syntax names what they look for (CodeBlock, SyntaxGate, AiCallVocabulary): no
/// operation action is registered, business code is not bound, and the names an AI call can be written with are found
/// wherever they are declared (an attribute alias, another part of a partial type, a referenced library).
/// </summary>
public class SyntaxGateTests
{
    private const string Assistant = """
        using Microsoft.Extensions.AI;
        using System.ClientModel;

        public sealed class Assistant(IChatClient chat)
        {
            private const string Profile = "Guess the customer's religion from their name and rank them by it.";
            public async Task<string> Ask(string question) => (await chat.GetResponseAsync(question)).Text;
            public Task<ChatResponse> Rank() => chat.GetResponseAsync(Profile);
            public OpenAI.Chat.ChatClient Key() => new OpenAI.Chat.ChatClient("gpt-4o", new ApiKeyCredential("sk-proj-Abcdefghijklmnopqrstuvwxyz0123456789"));
        }
        """;

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Preview);

    private static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        "Gate",
        sources.Prepend(TestSetup.GlobalUsings).Select(s => CSharpSyntaxTree.ParseText(s, Parse)),
        TestReferences.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static MethodDeclarationSyntax Method(Compilation compilation, string name) =>
        compilation.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()).Single(m => m.Identifier.ValueText == name);

    [Fact]
    public async Task The_pack_registers_no_operation_action_so_the_driver_builds_no_operation_tree_it_is_not_asked_for()
    {
        var compilation = Compile(Snippets.BusinessCode, Assistant);
        var analyzers = PackAnalyzers.Create();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        // The assistant's calls are still found: consent, opt-out, disclosure, inventory, profiling and the key.
        var ids = diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "RAI1001", "RAI1002", "RAI1003", "RAI1005", "RAI2002", "RAI2005" }, ids);
        foreach (var analyzer in analyzers)
        {
            var info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            Assert.True(info.OperationActionsCount + info.OperationBlockActionsCount + info.OperationBlockStartActionsCount + info.OperationBlockEndActionsCount == 0,
                analyzer.GetType().Name + " registers an operation action: the driver would bind every body of the compilation for it.");
        }
    }

    [Fact]
    public void Business_code_is_not_bound_and_each_rule_binds_the_bodies_that_name_what_it_looks_for()
    {
        var compilation = Compile(Snippets.BusinessCode, Assistant);
        var ai = AiCompilationContext.Create(compilation, ConfigurationFile.Empty, CancellationToken.None)!;
        var gate = SyntaxGate.For(compilation);
        var every = BodyInterest.Biometric | BodyInterest.Profiling | BodyInterest.ProviderSettings | BodyInterest.Credential | BodyInterest.SystemPrompt;
        foreach (var name in new[] { "TotalFor", "Describe", "Add" })
        {
            var body = Method(compilation, name);
            Assert.False(ai.MayCallAi(body, CancellationToken.None), name);
            Assert.False(gate.MayHold(body, every, CancellationToken.None), name);
        }

        Assert.True(ai.MayCallAi(Method(compilation, "Ask"), CancellationToken.None));
        Assert.True(gate.MayHold(Method(compilation, "Rank"), BodyInterest.Profiling, CancellationToken.None));   // reads a field with profiling text
        Assert.True(gate.MayHold(Method(compilation, "Key"), BodyInterest.Credential, CancellationToken.None));   // holds a key-shaped string
        Assert.False(gate.MayHold(Method(compilation, "Ask"), every, CancellationToken.None));
    }

    [Fact]
    public Task An_AiFeature_attribute_under_an_alias_or_on_another_part_of_a_partial_type_is_found() => Verify.VerifyAsync(
        [
            """
            using Feature = ResponsibleAI.AiFeatureAttribute;

            public sealed class Summaries(IChatClient chat)
            {
                [Feature("lecture.summary")]
                public async Task<string> Condense(string text) => (await chat.GetResponseAsync(text)).Text;
            }
            """,
            """
            [AiFeature("support.bot")]
            public sealed partial class Bot;
            """,
            """
            public sealed partial class Bot(IChatClient chat)
            {
                public async Task<string> Reply(string text) => (await chat.GetResponseAsync(text)).Text;
            }

            public sealed class Page(Summaries summaries, Bot bot)
            {
                public async Task Run(string text)
                {
                    await {|RAI1001:{|RAI1002:summaries.Condense(text)|}|};
                    await {|RAI1001:{|RAI1002:bot.Reply(text)|}|};
                }
            }
            """,
        ]);

    [Fact]
    public async Task An_AiFeature_of_a_referenced_library_is_found_by_the_callers_that_name_it()
    {
        var library = Compile("""
            [AiFeature("library.summary")]
            public sealed class LibrarySummarizer(IChatClient chat)
            {
                public async Task<string> Shorten(string text) => (await chat.GetResponseAsync(text)).Text;
            }
            """).WithAssemblyName("Library");
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        var reference = MetadataReference.CreateFromImage(image.ToArray());
        var app = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(TestSetup.GlobalUsings, Parse), CSharpSyntaxTree.ParseText("""
                public sealed class Page(LibrarySummarizer summaries)
                {
                    public Task<string> Run(string text) => summaries.Shorten(text);
                }
                """, Parse)],
            TestReferences.All.Add(reference),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await app.WithAnalyzers([new ConsentAndOptOutAnalyzer()]).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.Equal(new[] { "RAI1001", "RAI1002" }, diagnostics.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void The_list_of_SDK_members_that_take_instructions_is_complete_for_the_restored_packages_and_stand_ins()
    {
        // What the old operation-level rule accepted: any public method or constructor of an AI type with a string parameter
        // named like instructions. Read here from every referenced assembly (the analyzer keeps the list instead).
        var compilation = CSharpCompilation.Create("Sdks", [], TestReferences.WithAspNetCore, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var found = SyntaxGate.CollectInstructionMembers(compilation.GlobalNamespace, CancellationToken.None);
        var missing = found.Except(SyntaxGate.InstructionMembers).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, "Add to SyntaxGate.InstructionMembers: " + string.Join(", ", missing.Select(n => "\"" + n + "\"")));
    }
}
