using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// The hot path shared by the rules: cheap operation actions note whether a member's body contains an AI call at all;
/// only then, at the end of the block, does the rule build a control-flow graph and run its dataflow.
/// </summary>
internal static class AiBlockScan
{
    /// <param name="requireGuard">Analyse only when the body also calls a consent or opt-out guard (a middleware that is a gate).</param>
    /// <param name="includeGateways">Also count calls of generated gateways (their output is AI output, though they need no guard).</param>
    public static void Register(OperationBlockStartAnalysisContext context, AiCompilationContext aiContext, Action<OperationBlockAnalysisContext, AiCompilationContext> analyze, bool requireGuard = false, bool includeGateways = false)
    {
        var found = new Presence();
        var guard = new Presence { Value = !requireGuard };
        context.RegisterOperationAction(
            operationContext =>
            {
                if (found.Value && guard.Value)
                {
                    return;
                }

                switch (operationContext.Operation)
                {
                    case IInvocationOperation invocation:
                        found.Value |= aiContext.GetAiCall(invocation, null, operationContext.CancellationToken) is not null
                                       || (includeGateways && aiContext.GetGateway(invocation.TargetMethod) is not null);
                        guard.Value |= requireGuard && aiContext.GetGuard(invocation.TargetMethod) is not null;
                        break;
                    case IPropertyReferenceOperation property:
                        found.Value |= aiContext.GetAiCall(property.Property) is not null;
                        guard.Value |= requireGuard && aiContext.GetGuard(property.Property) is not null;
                        break;
                    case IMethodReferenceOperation method:
                        found.Value |= aiContext.GetAiCall(method.Method) is not null;
                        break;
                }
            },
            OperationKind.Invocation,
            OperationKind.PropertyReference,
            OperationKind.MethodReference);

        context.RegisterOperationBlockEndAction(endContext =>
        {
            if (found.Value && guard.Value)
            {
                analyze(endContext, aiContext);
            }
        });
    }

    /// <summary>
    /// The executable roots of a block action: a method/constructor body or an initializer. OperationBlocks holds e.g.
    /// a method's IBlockOperation whose parent is the IMethodBodyOperation the graph is built from; each root once.
    /// </summary>
    public static IEnumerable<IOperation> Roots(OperationBlockAnalysisContext context)
    {
        var roots = new HashSet<IOperation>();
        foreach (var block in context.OperationBlocks)
        {
            var root = block;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            if (roots.Add(root) && root.Kind is OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.FieldInitializer
                    or OperationKind.PropertyInitializer or OperationKind.ParameterInitializer or OperationKind.Block)
            {
                yield return block;
            }
        }
    }

    /// <summary>Razor compiles .razor/.cshtml into generated C# whose #line directives map back to the markup.</summary>
    public static bool IsRazorGenerated(ISymbol owningSymbol)
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
    private sealed class Presence
    {
        public volatile bool Value;
    }
}
