using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibleAI.Analyzers.Analysis;

namespace ResponsibleAI.Analyzers.Rules;

/// <summary>
/// RAI1005 (info): a raw AI SDK call (from the catalog) outside any feature: not in an <c>[AiFeature]</c> member (or a
/// member of an <c>[AiFeature]</c> type, an override or implementation of one, a gateway's implementation, a member named
/// by a <c>feature</c> line), nor in a private helper only such members use, nor in an SDK client's own middleware. That is
/// AI use the <c>AiFeatures</c> registry does not list. Lambdas and local functions belong to the member they are in. Calls
/// whose every input is a constant are AI use too, and are reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InventoryAnalyzer : DiagnosticAnalyzer
{
    private readonly AiCompilationContextProvider _contextProvider = new();

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.AiUseNotInInventory);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // As for RAI1001: generated code is analysed only for Razor components' @code blocks.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (_contextProvider.Create(start) is not { } aiContext)
            {
                return;
            }

            // Only bodies that name an AI call are bound (CodeBlock).
            start.RegisterCodeBlockAction(codeBlock =>
            {
                if ((codeBlock.IsGeneratedCode && !AiBlockScan.IsRazorGenerated(codeBlock.OwningSymbol))
                    || !aiContext.MayCallAi(codeBlock.CodeBlock, codeBlock.CancellationToken)
                    || CodeBlock.Create(codeBlock) is not { } block)
                {
                    return;
                }

                var calls = new List<(IOperation Operation, AiCallInfo Call)>();
                foreach (var operation in block.Operations())
                {
                    var call = operation switch
                    {
                        IInvocationOperation invocation => aiContext.GetAiCall(invocation, invocation.SemanticModel, block.CancellationToken),
                        IPropertyReferenceOperation property => aiContext.GetAiCall(property.Property),
                        _ => null,
                    };
                    if (call is { Origin: AiCallOrigin.Catalog })
                    {
                        calls.Add((operation, call));
                    }
                }

                // Whether the member belongs to a feature is asked only of the few members that make AI calls.
                if (calls.Count == 0
                    || aiContext.CarriesAiFeature(block.OwningSymbol)
                    || aiContext.IsFeatureHelper(block.OwningSymbol, block.CancellationToken)
                    || aiContext.IsRegisteredMiddleware(block.OwningSymbol, block.CancellationToken))
                {
                    return;
                }

                var seen = new HashSet<SyntaxNode>();
                foreach (var (operation, call) in calls)
                {
                    if (seen.Add(operation.Syntax))
                    {
                        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Capability, call.Capability.ToString());
                        block.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AiUseNotInInventory, operation.Syntax.GetLocation(), properties, call.DisplayName, call.Describe()));
                    }
                }
            });
        });
    }
}
