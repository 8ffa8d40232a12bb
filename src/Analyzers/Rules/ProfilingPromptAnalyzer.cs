using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Catalog;

namespace ResponsibleAI.Analyzers.Rules;

/// <summary>
/// RAI2002: constant prompt text that asks the model to infer a protected characteristic or a person's emotions
/// (<see cref="ProfilingMatcher"/>), where it reaches an AI SDK: a string argument of an AI type's method or constructor
/// (<c>GetResponseAsync</c>, <c>new ChatMessage(ChatRole.System, …)</c>, <c>AddSystemMessage</c>, <c>InvokePromptAsync</c>)
/// or a string property of an AI type (<c>ChatOptions.Instructions</c>); directly, through a local, a constant or a readonly
/// field, and the constant parts of an interpolated string. Reported once, on the prompt literal.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProfilingPromptAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ProfilingPrompt);

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

            var reported = new ConcurrentDictionary<Location, bool>();
            // Only bodies with a string, or a string field, that the lexicon matches are bound (CodeBlock, SyntaxGate).
            var gate = SyntaxGate.For(start.Compilation);
            start.RegisterCodeBlockAction(codeBlock => CodeBlock.ForEachOperation(codeBlock, gate, BodyInterest.Profiling, c =>
            {
                switch (c.Operation)
                {
                    case IArgumentOperation argument
                        when argument.Parameter is { Type.SpecialType: SpecialType.System_String, ContainingSymbol: IMethodSymbol method }
                             && CredentialCatalog.IsAiType(method.ContainingType):
                        Analyze(c, argument.Value, reported);
                        break;
                    case ISimpleAssignmentOperation assignment
                        when assignment.Target is IPropertyReferenceOperation { Property: { Type.SpecialType: SpecialType.System_String } property }
                             && CredentialCatalog.IsAiType(property.ContainingType):
                        Analyze(c, assignment.Value, reported);
                        break;
                }
            }));
        });
    }

    private static void Analyze(OperationInBlock context, IOperation value, ConcurrentDictionary<Location, bool> reported)
    {
        if (Text(value, context.CancellationToken) is not { } prompt
            || ProfilingMatcher.Match(prompt.Text) is not { } category
            || !reported.TryAdd(prompt.Location, true))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ProfilingPrompt, prompt.Location, category.Description));
    }

    /// <summary>The constant text of a prompt and where it is written, or null when it is built at run time.</summary>
    private static (string Text, Location Location)? Text(IOperation value, CancellationToken cancellationToken)
    {
        value = OperationPaths.Unwrap(value);
        switch (value)
        {
            case IInterpolatedStringOperation interpolated:
                return (ConstantParts(interpolated), value.Syntax.GetLocation());
            case ILocalReferenceOperation { Local: var local }:
                return Initializer(local, value.SemanticModel, cancellationToken);
            case IFieldReferenceOperation { Field: var field } when field.IsConst || field.IsReadOnly:
                return Initializer(field, value.SemanticModel, cancellationToken);
            case { ConstantValue: { HasValue: true, Value: string text } }:
                return (text, value.Syntax.GetLocation());
            default:
                return null;
        }
    }

    private static (string Text, Location Location)? Initializer(ISymbol symbol, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1
            || symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: var initializer })
        {
            return null;
        }

        // The initializer is in this file for a local; a field's may be elsewhere: then only its constant value is read.
        if (model is not null && initializer.SyntaxTree == model.SyntaxTree && model.GetOperation(initializer, cancellationToken) is { } operation
            && OperationPaths.Unwrap(operation) is IInterpolatedStringOperation interpolated)
        {
            return (ConstantParts(interpolated), initializer.GetLocation());
        }

        return symbol is IFieldSymbol { HasConstantValue: true, ConstantValue: string constant } ? (constant, initializer.GetLocation())
            : initializer is LiteralExpressionSyntax { Token.Value: string text } ? (text, initializer.GetLocation())
            : null;
    }

    /// <summary>The text parts of an interpolated string; each hole reads as a neutral placeholder.</summary>
    private static string ConstantParts(IInterpolatedStringOperation interpolated)
    {
        var text = new StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            text.Append(part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string literal } ? literal : " x ");
        }

        return text.ToString();
    }
}
