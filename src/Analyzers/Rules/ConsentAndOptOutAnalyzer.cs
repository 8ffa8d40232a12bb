using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibleAI.Analyzers.Analysis;

namespace ResponsibleAI.Analyzers.Rules;

/// <summary>
/// RAI1001 (consent) and RAI1002 (opt-out): an AI call must be preceded, on every path through the member, by a
/// consent check and an opt-out lookup, unless the member carries [AiFeature] (the duty then moves to its callers).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsentAndOptOutAnalyzer : DiagnosticAnalyzer
{
    private readonly AiCompilationContextProvider _contextProvider = new();

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ConsentNotChecked, DiagnosticDescriptors.OptOutNotChecked);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is analysed so that Razor components (.razor @code blocks) are covered; other generated
        // code is skipped in OnCodeBlock.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var aiContext = _contextProvider.Create(context);
        if (aiContext is null)
        {
            return; // no AI SDK, no ResponsibleAI attributes, no configuration: nothing to do in this compilation
        }

        // A code-block action, not an operation action: only bodies that name an AI call are bound (CodeBlock).
        context.RegisterCodeBlockAction(codeBlock => OnCodeBlock(codeBlock, aiContext));
    }

    private static void OnCodeBlock(CodeBlockAnalysisContext context, AiCompilationContext aiContext)
    {
        if ((context.IsGeneratedCode && !AiBlockScan.IsRazorGenerated(context.OwningSymbol)) || !aiContext.MayCallAi(context.CodeBlock, context.CancellationToken))
        {
            return;
        }

        var requireGuard = false;
        if (aiContext.CarriesAiFeature(context.OwningSymbol))
        {
            // Inside an [AiFeature] member the duty moves to its callers. So it does inside IChatClient-style middleware,
            // unless the middleware checks consent or opt-out itself: then it is a gate, and must check both on every path.
            if (!aiContext.IsSdkImplementationOnly(context.OwningSymbol))
            {
                return;
            }

            requireGuard = true;
        }

        if (AiBlockScan.Bind(context, aiContext, requireGuard) is { } block)
        {
            AnalyzeBlocks(block, aiContext);
        }
    }

    private static void AnalyzeBlocks(CodeBlock context, AiCompilationContext aiContext)
    {
        if (aiContext.IsFeatureHelper(context.OwningSymbol, context.CancellationToken) || aiContext.IsRegisteredMiddleware(context.OwningSymbol, context.CancellationToken))
        {
            return; // a private helper only its type's AI members use, or middleware of a client: their callers carry the duty
        }

        if (context.GetControlFlowGraph() is not { } graph)
        {
            return; // an operation no graph is built for (an attribute argument, a default value)
        }

        var seen = new HashSet<SyntaxNode>();
        foreach (var call in GuardFlowAnalysis.Run(graph, Facts.None, aiContext, context.CancellationToken))
        {
            if (call.Facts == Facts.All || !seen.Add(call.Operation.Syntax) || !HasGuardDuty(call, context.SemanticModel, aiContext, context.CancellationToken))
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Capability, call.Call.Capability.ToString())
                .Add(DiagnosticProperties.FeatureId, call.Call.FeatureId)
                .Add(DiagnosticProperties.MissingGuards, call.Facts == Facts.None ? DiagnosticProperties.BothGuardsMissing
                    : (call.Facts & Facts.Consent) == 0 ? "Consent" : "OptOut");
            var location = call.Operation.Syntax.GetLocation();
            if ((call.Facts & Facts.Consent) == 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ConsentNotChecked, location, properties, call.Call.DisplayName, call.Call.Describe()));
            }

            if ((call.Facts & Facts.NotOptedOut) == 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.OptOutNotChecked, location, properties, call.Call.DisplayName, call.Call.Describe()));
            }
        }
    }

    /// <summary>
    /// No one's data, no consent duty: a feature declared <c>PersonalData = false</c>, or a call whose every input is a
    /// constant or built only from constants, needs neither guard.
    /// </summary>
    private static bool HasGuardDuty(GuardedCall call, SemanticModel? semanticModel, AiCompilationContext aiContext, System.Threading.CancellationToken cancellationToken) =>
        call.Call.PersonalData
        && !(call.Operation is IInvocationOperation invocation && aiContext.SendsOnlyConstants(invocation, call.Call, semanticModel, cancellationToken));
}
