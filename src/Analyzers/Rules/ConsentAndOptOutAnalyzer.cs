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
    /// <summary>Diagnostic property: the capability of the call (an AiCapability name), used by the code fixes.</summary>
    public const string CapabilityProperty = "Capability";

    /// <summary>Diagnostic property: the feature id of the call, when it has one.</summary>
    public const string FeatureIdProperty = "FeatureId";

    private readonly AiCompilationContextProvider _contextProvider = new();

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ConsentNotChecked, DiagnosticDescriptors.OptOutNotChecked);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is analysed so that Razor components (.razor @code blocks) are covered; other generated
        // code is skipped in OnOperationBlockStart.
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

        context.RegisterOperationBlockStartAction(blockStart => OnOperationBlockStart(blockStart, aiContext));
    }

    private static void OnOperationBlockStart(OperationBlockStartAnalysisContext context, AiCompilationContext aiContext)
    {
        if (context.IsGeneratedCode && !IsRazorGenerated(context.OwningSymbol))
        {
            return;
        }

        if (aiContext.CarriesAiFeature(context.OwningSymbol))
        {
            return; // inside an [AiFeature] member the duty moves to its callers
        }

        // Cheap operation actions find whether the block has an AI call at all; only then is a CFG built.
        var found = new AiCallPresence();
        context.RegisterOperationAction(
            operationContext =>
            {
                if (found.Value)
                {
                    return;
                }

                var isAiCall = operationContext.Operation switch
                {
                    IInvocationOperation invocation => aiContext.GetAiCall(invocation.TargetMethod) is not null,
                    IPropertyReferenceOperation property => aiContext.GetAiCall(property.Property) is not null,
                    IMethodReferenceOperation method => aiContext.GetAiCall(method.Method) is not null,
                    _ => false,
                };
                if (isAiCall)
                {
                    found.Value = true;
                }
            },
            OperationKind.Invocation,
            OperationKind.PropertyReference,
            OperationKind.MethodReference);

        context.RegisterOperationBlockEndAction(endContext =>
        {
            if (found.Value)
            {
                AnalyzeBlocks(endContext, aiContext);
            }
        });
    }

    private static void AnalyzeBlocks(OperationBlockAnalysisContext context, AiCompilationContext aiContext)
    {
        var roots = new HashSet<IOperation>();
        foreach (var block in context.OperationBlocks)
        {
            // OperationBlocks holds e.g. a method's IBlockOperation; its graph is built from the root above it
            // (IMethodBodyOperation, IConstructorBodyOperation or an initializer). Analyse each root once.
            var root = block;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            if (!roots.Add(root) || root.Kind is not (OperationKind.MethodBody or OperationKind.ConstructorBody
                or OperationKind.FieldInitializer or OperationKind.PropertyInitializer or OperationKind.ParameterInitializer
                or OperationKind.Block))
            {
                continue;
            }

            var graph = context.GetControlFlowGraph(block);
            var seen = new HashSet<SyntaxNode>();
            foreach (var call in GuardFlowAnalysis.Run(graph, Facts.None, aiContext, context.CancellationToken))
            {
                if (!seen.Add(call.Operation.Syntax))
                {
                    continue;
                }

                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(CapabilityProperty, call.Call.Capability.ToString())
                    .Add(FeatureIdProperty, call.Call.FeatureId);
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
    }

    /// <summary>Razor compiles .razor/.cshtml into generated C# whose #line directives map back to the markup.</summary>
    private static bool IsRazorGenerated(ISymbol owningSymbol)
    {
        foreach (var reference in owningSymbol.DeclaringSyntaxReferences)
        {
            var path = reference.SyntaxTree.FilePath;
            if (path.EndsWith(".razor.g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith("_razor.g.cs", StringComparison.OrdinalIgnoreCase)
                || path.EndsWith(".cshtml.g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith("_cshtml.g.cs", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Set by operation actions of one block, read at its end (the engine orders them).</summary>
    private sealed class AiCallPresence
    {
        public volatile bool Value;
    }
}
