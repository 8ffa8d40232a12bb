using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Configuration;
using ResponsibleAI.Analyzers.Rules;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;

namespace ResponsibleAI.Tests.Robustness;

/// <summary>Code being typed, hostile input and large methods: never an analyzer exception (AD0001), cost linear in size.</summary>
public class RobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        ImmutableArray.Create<DiagnosticAnalyzer>(new ConsentAndOptOutAnalyzer(), new AiOutputAnalyzer(), new ConfigurationAnalyzer());

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, string? configuration = null, string path = "Test.cs")
    {
        var compilation = CSharpCompilation.Create(
            "Robustness",
            new[] { CSharpSyntaxTree.ParseText(TestSetup.GlobalUsings, path: "GlobalUsings.cs"), CSharpSyntaxTree.ParseText(source, path: path) },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new List<Exception>();
        var additional = configuration is null
            ? ImmutableArray<AdditionalText>.Empty
            : ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("ResponsibleAI.txt", configuration));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(additional), (ex, _, _) => exceptions.Add(ex), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    public static IEnumerable<object[]> IncompleteCode() => new[]
    {
        new object[] { "class C { async Task M(IChatClient chat) { await chat.GetResponseAsync( } }" },
        new object[] { "class C { async Task M(IChatClient chat) { await chat. } }" },
        new object[] { "class C { async Task M(IChatClient chat) { if (Privacy.HasConsent( chat.GetResponseAsync(\"x\"); } }" },
        new object[] { "class C { async Task M(IChatClient chat) { var x = await chat.GetResponseAsync(\"x\", cancellationToken: undefinedToken); } }" },
        new object[] { "class C { Task M(IChatClient chat) => chat.GetResponseAsync(\"x\"" },
        new object[] { "class C { void M(IChatClient chat) { Func<Task> f = async () => await chat.GetResponseAsync(\"x\"; } }" },
        new object[] { "class C { void M(IChatClient chat) { switch (Privacy.HasConsent(\"u\")) { case true: chat.GetResponseAsync(\"x\"); case } } }" },
        new object[] { "class C { void M(IChatClient chat) { Local(); void Local() => chat.GetResponseAsync(\"x\"); void Local() {} } }" },
        new object[] { "class C { void M(IChatClient chat) { goto L; L: chat.GetResponseAsync(\"x\"); goto L; } }" },
        new object[] { "class C { void M(UnknownClient chat) { chat.GetResponseAsync(\"x\"); } }" },
        new object[] { "[AiFeature] class C { public void M(IChatClient chat) { chat.GetResponseAsync(\"x\"); } }" },
        new object[] { "[AiFeature(null)] class C { public void M() {} } class D { void N(C c) => c.M(); }" },
        new object[] { "[AiFeature(\"a\", Capability = (AiCapability)999)] class C { public void M() {} } class D { void N(C c) => c.M(); }" },
        new object[] { "class C { [AiConsentGuard] public static bool G => throw null!; void M(IChatClient c) { if (G is var g && g) c.GetResponseAsync(\"x\"); } }" },
        new object[] { "class C { void M(IChatClient chat) { while (true) { try { break; } finally { chat.GetResponseAsync(\"x\"); } } } }" },
        new object[] { "class C { IEnumerable<Task> M(IChatClient chat) { yield return chat.GetResponseAsync(\"x\"); } }" },
        new object[] { "class C { Task<ChatResponse> P => chat.GetResponseAsync(\"x\"); IChatClient chat = null!; Task<ChatResponse> F = null!; }" },
        new object[] { "class C(IChatClient chat) { Task<ChatResponse> F = chat.GetResponseAsync(\"x\"); }" },
        new object[] { "var r = await ((IChatClient)null!).GetResponseAsync(\"top-level\");" },
        new object[] { "class C { void M(IChatClient chat, bool b) { bool ok; if (b) ok = Privacy.HasConsent(\"u\"); if (ok) chat.GetResponseAsync(\"x\"); } }" },
        new object[] { "class C { void M(IChatClient chat) { ref bool r = ref System.Runtime.CompilerServices.Unsafe.NullRef<bool>(); if (r) chat.GetResponseAsync(\"x\"); } }" },
        new object[] { "class C { void M(IChatClient chat) { var t = (Privacy.HasConsent(\"u\"), 1); if (t.Item1) chat.GetResponseAsync(\"x\"); } }" },
        new object[] { "class C { void M(IChatClient chat) { bool b = Privacy.HasConsent(\"u\"); b &= true; b |= Privacy.IsOptedOut(\"u\"); if (b) chat.GetResponseAsync(\"x\"); } }" },
        // Constant inputs, call-site decisions, helpers and disclosed-return summaries over broken code.
        new object[] { "class C { async Task M(IChatClient chat) { var p = ; var q = $\"{p}\"; await chat.GetResponseAsync(q); } }" },
        new object[] { "class C { async Task M(IChatClient chat) { var h = new List<ChatMessage> { new(ChatRole.User, ) }; h.Add(; await chat.GetResponseAsync(h); } }" },
        new object[] { "class C { async Task M(IChatClient chat) { var o = new ChatOptions { Tools = [AIFunctionFactory.Create(] }; await chat.GetResponseAsync(\"x\", o); } }" },
        new object[] { "class C { async Task M(IChatClient chat) { var a = b; var b = a; await chat.GetResponseAsync(a + b); } }" },
        new object[] { "class C { async Task M(IChatClient chat) { List<ChatMessage> h = []; h.Add(h[0]); Use(h); await chat.GetResponseAsync(h); } void Use(object o) { } }" },
        new object[] { "class C { async Task M(Microsoft.SemanticKernel.Kernel k) { var p = k.ImportPluginFromType<; await k.InvokeAsync(p[\"F\"]); await k.InvokeAsync(\"P\", ); await k.InvokeAsync(k.Plugins[ } }" },
        new object[] { "class C { async Task M(Microsoft.SemanticKernel.Kernel k) { Microsoft.SemanticKernel.KernelFunction f = f; await f.InvokeAsync(k); } }" },
        new object[] { "class C { async Task M(Microsoft.Agents.AI.AIAgent a) { var w = new Microsoft.Agents.AI.Workflows.WorkflowBuilder(a).AddEdge(a, ).Build(); await Microsoft.Agents.AI.Workflows.InProcessExecution.RunAsync(w, ); } }" },
        new object[] { "class C { async Task M() { Microsoft.Agents.AI.Workflows.Workflow w = w; await Microsoft.Agents.AI.Workflows.InProcessExecution.RunAsync(w, \"x\"); } }" },
        new object[] { "class C(IChatClient i) : DelegatingChatClient(i) { public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> m, ChatOptions? o = null, CancellationToken c = default) => H(m); private Task<ChatResponse> H(IEnumerable<ChatMessage> m) => InnerClient.GetResponseAsync(m); private Task<ChatResponse> H( => H(null!); }" },
        new object[] { "class C(IChatClient chat) { [AiFeature(\"x.y\")] public async Task<string> F(string s) { return ; } public async Task<string> G(string s) => await F(s); }" },
        new object[] { "class C(IChatClient chat) { [AiFeature(\"x.y\")] public async Task<string> F(string s) { if (s.Length > 0) return AiGenerated.Create((await chat.GetResponseAsync(s)).Text, \"x.y\").ToString(); return F(s).Result; } public async Task<string> G(string s) => await F(s); }" },
        new object[] { "class L { [AiDisclosure] public static L Label(string s) => new(); } class C(IChatClient chat) { [AiFeature(\"x.y\")] public async Task<L> F(string s) => L.Label((await chat.GetResponseAsync(s)).Text); public Task<L> G(string s) => F(s); }" },
        new object[] { "class P { [AiConsentGuard] public bool? G(string u) => null; } class C(IChatClient chat, P p) { async Task M(string u) { if (p.G(u) ?? ) return; if (p.G(u) != ) return; await chat.GetResponseAsync(u); } }" },
        new object[] { "class C(IChatClient chat) { async Task M(string v) { var r = (await chat.GetResponseAsync(v)).Text; switch (r) { case \"a\": case : break; } } }" },
    };

    [Theory]
    [MemberData(nameof(IncompleteCode))]
    public async Task Incomplete_or_odd_code_never_throws(string source)
    {
        await RunAsync(source + "\n" + Snippets.Privacy);
    }

    [Fact]
    public async Task Typing_simulation_every_prefix_of_a_file_is_safe()
    {
        var full = Snippets.InMethod("""
                    if (!await Privacy.HasConsentAsync(user) || await Privacy.IsOptedOutAsync(user)) return "";
                    Func<Task<string>> f = async () => (await chat.GetResponseAsync("x", cancellationToken: ct)).Text;
                    switch (user) { case "a": return await f(); default: break; }
                    return (await chat.GetResponseAsync("y")).Text;
            """) + "\n" + Snippets.Privacy;
        // Every 7th prefix: each is a state of the file while it is typed.
        for (var length = 0; length <= full.Length; length += 7)
        {
            await RunAsync(full.Substring(0, length));
        }
    }

    [Fact]
    public async Task Malformed_configuration_is_reported_not_thrown()
    {
        var diagnostics = await RunAsync("class C {}", "feature\nfeature M:\nconsent-guard M:(((\n\u0000\u0001 ; ; ;\nfeature M:A.B ; id=a ; id=b\n");
        Assert.Contains(diagnostics, d => d.Id == "RAI9001");
    }

    [Fact]
    public async Task Razor_component_code_is_analysed_and_mapped_to_the_razor_line()
    {
        // What the Razor compiler emits for a .razor @code block: generated code with #line directives.
        const string generated = """
            // <auto-generated/>
            #pragma warning disable 1591
            namespace Lectures.Pages
            {
                public partial class Summary
                {
                    private IChatClient Chat { get; set; } = null!;
                    private string? text;
                    private string Transcript { get; set; } = "";
            #nullable restore
            #line 12 "/src/Pages/Summary.razor"

                private async Task LoadAsync()
                {
                    text = (await Chat.GetResponseAsync("Summarize: " + Transcript)).Text;
                }

            #line default
            #line hidden
            #nullable disable
                }
            }
            """;
        var diagnostics = await RunAsync(generated, path: "/obj/Lectures_Pages_Summary_razor.g.cs");
        var consent = Assert.Single(diagnostics, d => d.Id == "RAI1001");
        var mapped = consent.Location.GetMappedLineSpan();
        Assert.Equal("/src/Pages/Summary.razor", mapped.Path);
        Assert.Equal(14, mapped.StartLinePosition.Line); // 0-based: line 15 of the .razor file

        // Other generated code is skipped.
        var other = await RunAsync(generated.Replace("#line 12 \"/src/Pages/Summary.razor\"", string.Empty), path: "/obj/Client.g.cs");
        Assert.DoesNotContain(other, d => d.Id.StartsWith("RAI1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compilation_without_any_AI_reference_gets_no_context()
    {
        var compilation = CSharpCompilation.Create("Plain", new[] { CSharpSyntaxTree.ParseText("class C { void M() {} }") },
            Basic.Reference.Assemblies.Net100.References.All);
        Assert.Null(AiCompilationContext.Create(compilation, ConfigurationFile.Empty, default));
    }

    [Theory]
    [InlineData(50)]
    [InlineData(200)]
    public void Cost_is_linear_in_method_size(int statements)
    {
        static int Transfers(int n)
        {
            var body = new StringBuilder();
            for (var i = 0; i < n; i++)
            {
                // Branches, loops, guards and AI calls: the shapes that make a dataflow revisit blocks.
                body.AppendLine($$"""
                            if (user.Length > {{i}}) { if (!Privacy.HasConsent(user)) continue; }
                            while (user.Length == {{i}}) { if (Privacy.IsOptedOut(user)) break; await chat.GetResponseAsync("{{i}}"); }
                            ok{{i % 3}} = await Privacy.HasConsentAsync(user) && !Privacy.IsOptedOut(user);
                            if (ok{{i % 3}}) await chat.GetResponseAsync("{{i}}");
                    """);
            }

            var source = TestSetup.GlobalUsings + "\n" + Snippets.Privacy + $$"""

                public sealed class Big(IChatClient chat)
                {
                    public async Task Run(string user)
                    {
                        bool ok0 = false, ok1 = false, ok2 = false;
                        for (var round = 0; round < 2; round++)
                        {
                {{body}}
                        }
                    }
                }
                """;
            var tree = CSharpSyntaxTree.ParseText(source);
            var compilation = CSharpCompilation.Create("Big", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var model = compilation.GetSemanticModel(tree);
            var method = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Run");
            var graph = ControlFlowGraph.Create((IMethodBodyOperation)model.GetOperation(method)!);
            var context = AiCompilationContext.Create(compilation, ConfigurationFile.Empty, default)!;
            GuardFlowAnalysis.Run(graph, Facts.None, context, default, out var transfers);
            return transfers / graph.Blocks.Length;
        }

        // Transfers per block stay bounded by a small constant however large the method grows.
        var perBlock = Transfers(statements);
        Assert.InRange(perBlock, 1, 8);
        Assert.InRange(Transfers(statements * 2), 1, Math.Max(perBlock + 2, 8));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(400)]
    public void Disclosure_analysis_work_is_linear_in_method_size(int branches)
    {
        // One AI call, then branches that each derive a local of their own from it (the locals go out of scope with their
        // branch), then a chain of locals each derived from the one before (each is dead once the next is made): the
        // states the analysis carries stay small. Both shapes used to grow with the square of N.
        static long Work(int n)
        {
            var body = new StringBuilder();
            for (var i = 0; i < n; i++)
            {
                body.AppendLine($$"""
                            if (user.Length > {{i}}) { var x{{i}} = r + "a"; total += x{{i}}.Length; } else { var y{{i}} = r + "b"; total -= y{{i}}.Length; }
                    """);
            }

            // And a chain of method-level locals, each derived from the one before: only the last is still used.
            body.AppendLine("        var d0 = r;");
            for (var i = 0; i < n; i++)
            {
                body.AppendLine($$"""
                            string d{{i + 1}};
                            if (user.Length > {{i}}) { d{{i + 1}} = d{{i}} + "a"; } else { d{{i + 1}} = d{{i}} + "b"; }
                    """);
            }

            body.AppendLine($"        r = d{n};");

            var source = TestSetup.GlobalUsings + "\n" + $$"""

                public sealed class Big(IChatClient chat)
                {
                    public async Task<string> Run(string user)
                    {
                        var r = (await chat.GetResponseAsync(user)).Text;
                        var total = 0;
                {{body}}
                        return r + total;
                    }
                }
                """;
            var tree = CSharpSyntaxTree.ParseText(source);
            var compilation = CSharpCompilation.Create("Big", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var model = compilation.GetSemanticModel(tree);
            var method = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Run");
            var graph = ControlFlowGraph.Create((IMethodBodyOperation)model.GetOperation(method)!);
            var context = AiCompilationContext.Create(compilation, ConfigurationFile.Empty, default)!;
            var sinks = TaintFlowAnalysis.Run(graph, returnIsSink: true, context, default, out var work);
            Assert.NotEmpty(sinks); // the return is still reported
            return work;
        }

        // Doubling the method at most doubles the work (plus slack for the fixed part).
        var single = Work(branches);
        var doubled = Work(branches * 2);
        Assert.InRange(doubled, single, single * 2 + 200);
    }

    [Fact]
    public void Nested_lambdas_cost_polynomial_not_exponential_work()
    {
        // Lambdas nested in lambdas, each running AI calls in a loop and handing its result to the next: the output of a
        // lambda is summarised from its body, three levels deep at most, and a summary does not analyse the bodies of the
        // lambdas it creates (this shape used to cost time exponential in the depth: 2 s at 8 levels, minutes at 16).
        static long Work(int depth)
        {
            var body = new StringBuilder("return ");
            for (var level = 0; level < depth; level++)
            {
                body.Append($$"""async (string u{{level}}) => { var t{{level}} = ""; for (var k = 0; k < 3; k++) { t{{level}} += (await chat.GetResponseAsync(u{{level}} + k)).Text; } Func<string, Task<string>> f{{level}} = """);
            }

            body.Append("async (string last) => last;");
            for (var level = depth - 1; level >= 0; level--)
            {
                body.Append(level < depth - 1 ? ";" : "").Append($" return await f{level}(t{level}); }}");
            }

            var source = TestSetup.GlobalUsings + "\n" + $$"""

                public sealed class Big(IChatClient chat)
                {
                    public Func<string, Task<string>> Make()
                    {
                        {{body}};
                    }
                }
                """;
            var tree = CSharpSyntaxTree.ParseText(source);
            var compilation = CSharpCompilation.Create("Big", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var model = compilation.GetSemanticModel(tree);
            var method = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Make");
            var graph = ControlFlowGraph.Create((IMethodBodyOperation)model.GetOperation(method)!);
            var context = AiCompilationContext.Create(compilation, ConfigurationFile.Empty, default)!;
            TaintFlowAnalysis.Run(graph, returnIsSink: true, context, default, out var work);
            return work;
        }

        // Polynomial, not exponential: doubling the depth from 6 to 12 multiplies the work by about 4 (it was beyond 2^6).
        var six = Work(6);
        var twelve = Work(12);
        Assert.InRange(twelve, six, six * 6);
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
