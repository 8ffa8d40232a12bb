using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibleAI.Analyzers.Analysis;

namespace ResponsibleAI.Analyzers.Rules;

/// <summary>
/// RAI1003 (disclosure) and RAI1004 (human review): follows AI output through the member's control flow to where it
/// leaves (returned, stored in an object that outlives the method, written to an output API, yielded) or to a
/// [HumanReviewRequired] target. Reported at the sink, with the AI call as the additional location.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AiOutputAnalyzer : DiagnosticAnalyzer
{
    private readonly AiCompilationContextProvider _contextProvider = new();

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.OutputNotDisclosed, DiagnosticDescriptors.OutputNotReviewed);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var aiContext = _contextProvider.Create(start);
            if (aiContext is null)
            {
                return;
            }

            // Only bodies that name an AI call or a gateway are bound (CodeBlock).
            start.RegisterCodeBlockAction(codeBlock =>
            {
                if ((!codeBlock.IsGeneratedCode || AiBlockScan.IsRazorGenerated(codeBlock.OwningSymbol))
                    && AiBlockScan.Bind(codeBlock, aiContext, includeGateways: true) is { } block)
                {
                    Analyze(block, aiContext);
                }
            });
        });
    }

    private static void Analyze(CodeBlock context, AiCompilationContext aiContext)
    {
        // An [AiFeature] member may return raw output: the duty to disclose moves to its callers (calling it is a source).
        // A workflow executor hands its return to the next executor, not to a person.
        var returnIsSink = !aiContext.CarriesAiFeature(context.OwningSymbol) && !aiContext.IsFeatureHelper(context.OwningSymbol, context.CancellationToken)
                           && !aiContext.IsWorkflowExecutorMember(context.OwningSymbol) && !aiContext.IsRegisteredMiddleware(context.OwningSymbol, context.CancellationToken);
        if (context.GetControlFlowGraph() is not { } graph)
        {
            return; // an operation no graph is built for (an attribute argument, a default value)
        }

        var seen = new HashSet<(SyntaxNode, bool)>();
        foreach (var sink in TaintFlowAnalysis.Run(graph, returnIsSink, aiContext, context.CancellationToken))
        {
            var review = sink.Kind == SinkKind.ReviewRequired;
            if (sink.Taint.Source is not { } source || !seen.Add((sink.ReportedNode, review)))
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.FeatureId, source.Info.FeatureId)
                .Add(DiagnosticProperties.Capability, source.Info.Capability.ToString())
                .Add(DiagnosticProperties.Sink, sink.Kind.ToString());
            var descriptor = review ? DiagnosticDescriptors.OutputNotReviewed : DiagnosticDescriptors.OutputNotDisclosed;
            context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                sink.ReportedNode.GetLocation(),
                new[] { source.Call.GetLocation() },
                properties,
                source.Info.DisplayName,
                source.Info.Describe(),
                sink.Target));
        }
    }
}
