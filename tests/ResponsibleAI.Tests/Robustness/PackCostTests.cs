using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibleAI.Analyzers.Rules;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;

namespace ResponsibleAI.Tests.Robustness;

/// <summary>
/// What the pack asks of the driver, counted (not timed) through the driver's telemetry: a project that references no
/// AI SDK and no ResponsibleAI attributes gets no action at all beyond compilation start (no operation trees, no
/// semantic models), while a project with an AI SDK gets the rules. Timings are measured in tests/Benchmarks.
/// </summary>
public class PackCostTests
{
    private static async Task<(int Actions, int Analyzers)> CountActionsAsync(ImmutableArray<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create("Cost", new[] { CSharpSyntaxTree.ParseText(Snippets.BusinessCode) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = PackAnalyzers.Create();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var actions = 0;
        foreach (var analyzer in analyzers)
        {
            var info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            actions += info.OperationActionsCount + info.OperationBlockActionsCount + info.OperationBlockStartActionsCount
                       + info.OperationBlockEndActionsCount + info.CodeBlockActionsCount + info.CodeBlockStartActionsCount
                       + info.SyntaxNodeActionsCount + info.SymbolActionsCount + info.SemanticModelActionsCount;
        }

        return (actions, analyzers.Length);
    }

    [Fact]
    public async Task A_project_without_an_AI_SDK_gets_no_action_beyond_compilation_start()
    {
        var (actions, analyzers) = await CountActionsAsync(Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray());
        Assert.True(analyzers >= 10);
        Assert.Equal(0, actions);
    }

    [Fact]
    public async Task A_project_with_an_AI_SDK_gets_the_rules()
    {
        var (actions, _) = await CountActionsAsync(TestReferences.All);
        Assert.True(actions > 0, "The pack registered nothing on a project that references Microsoft.Extensions.AI.");
    }
}
