using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Catalog;

namespace ResponsibleAI.Analyzers.Rules;

/// <summary>
/// RAI2001: a call that identifies or verifies a person by face or voice, enrolls a face or a voiceprint, clones a voice,
/// or reads emotions or other attributes from a face (<see cref="BiometricCatalog"/>). Calls whose effect depends on the
/// request (face attributes, known-speaker references) count when the request, or the local it was built in, asks for it.
/// Reported on the call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BiometricAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.BiometricIdentification);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (!AiSdkPresence.IsReferenced(start.Compilation))
            {
                return;
            }

            // Only bodies that name a method the biometric catalog starts with are bound (CodeBlock, SyntaxGate).
            var gate = SyntaxGate.For(start.Compilation);
            start.RegisterCodeBlockAction(codeBlock =>
            {
                if (!gate.MayHold(codeBlock.CodeBlock, BodyInterest.Biometric, codeBlock.CancellationToken) || CodeBlock.Create(codeBlock) is not { } block)
                {
                    return;
                }

                foreach (var operation in block.Operations())
                {
                    if (operation is IInvocationOperation invocation)
                    {
                        Analyze(block, invocation);
                    }
                }
            });
        });
    }

    private static void Analyze(CodeBlock context, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!BiometricCatalog.MayMatch(method.Name)
            || method.ContainingType is not { } type
            || BiometricCatalog.Find(type.ToDisplayString(), method.Name) is not { } entry
            || (entry.OnlyWhen is { } words && !words.IsMatch(RequestText(invocation))))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BiometricIdentification, invocation.Syntax.GetLocation(), type.Name + "." + method.Name, entry.What));
    }

    /// <summary>
    /// The source text of the call's arguments and, for an argument held in a local, of everything in the member that builds
    /// that local (its initializer, assignments to its members, calls on it): where a request's attributes are set.
    /// </summary>
    private static string RequestText(IInvocationOperation invocation)
    {
        var text = new StringBuilder();
        IOperation root = invocation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var argument in invocation.Arguments)
        {
            text.Append(argument.Syntax).Append('\n');
            if (OperationPaths.Unwrap(argument.Value) is ILocalReferenceOperation { Local: var local })
            {
                foreach (var operation in root.Descendants())
                {
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation { Symbol: var declared } declarator when SymbolEqualityComparer.Default.Equals(declared, local):
                            text.Append(declarator.Syntax).Append('\n');
                            break;
                        case IMemberReferenceOperation { Instance: ILocalReferenceOperation { Local: var used } } member
                            when SymbolEqualityComparer.Default.Equals(used, local) && member.Parent is { } parent:
                            text.Append(parent.Parent?.Syntax ?? parent.Syntax).Append('\n');
                            break;
                    }
                }
            }
        }

        return text.ToString();
    }
}
