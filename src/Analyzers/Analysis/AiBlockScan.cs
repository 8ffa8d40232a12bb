using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// The hot path shared by RAI1001–RAI1004: a member's body is bound only when its syntax names an AI call
/// (<see cref="AiCompilationContext.MayCallAi"/>); then a walk of its operations says whether it really makes one, and
/// only then does the rule build a control-flow graph and run its dataflow.
/// </summary>
internal static class AiBlockScan
{
    /// <summary>The bound code block when it makes an AI call (and, with <paramref name="requireGuard"/>, calls a guard), else null.</summary>
    /// <param name="requireGuard">Analyse only when the body also calls a consent or opt-out guard (a middleware that is a gate).</param>
    /// <param name="includeGateways">Also count calls of generated gateways (their output is AI output, though they need no guard).</param>
    public static CodeBlock? Bind(CodeBlockAnalysisContext context, AiCompilationContext aiContext, bool requireGuard = false, bool includeGateways = false)
    {
        if (!aiContext.MayCallAi(context.CodeBlock, context.CancellationToken) || CodeBlock.Create(context) is not { } block)
        {
            return null;
        }

        var found = false;
        var guard = !requireGuard;
        foreach (var operation in block.Operations())
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    found |= aiContext.GetAiCall(invocation, null, context.CancellationToken) is not null
                             || (includeGateways && aiContext.GetGateway(invocation.TargetMethod) is not null);
                    guard |= requireGuard && aiContext.GetGuard(invocation.TargetMethod) is not null;
                    break;
                case IPropertyReferenceOperation property:
                    found |= aiContext.GetAiCall(property.Property) is not null;
                    guard |= requireGuard && aiContext.GetGuard(property.Property) is not null;
                    break;
                case IMethodReferenceOperation method:
                    found |= aiContext.GetAiCall(method.Method) is not null;
                    break;
            }

            if (found && guard)
            {
                return block;
            }
        }

        return null;
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
}
