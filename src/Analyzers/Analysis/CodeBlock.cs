using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// One member's executable code, analysed only when its syntax says it may hold something a rule looks at.
/// </summary>
/// <remarks>
/// The rules register code-block actions (syntax), never operation actions: an operation action, even one that returns at
/// once, makes the analyzer driver build the operation tree of every member body in the compilation, which means binding
/// every body a second time. A code-block action costs a syntax walk; the rule asks for the operation tree
/// (<see cref="Create"/>) only of the few bodies whose names pass its filter (<see cref="SyntaxGate"/>,
/// <see cref="AiCompilationContext.MayCallAi"/>). This type gives those bodies what an operation-block context gave:
/// the owning symbol, the operation blocks, control-flow graphs and diagnostics.
/// </remarks>
internal sealed class CodeBlock
{
    private readonly Action<Diagnostic> _reportDiagnostic;
    private ControlFlowGraph? _graph;
    private bool _graphBuilt;

    private CodeBlock(ISymbol owningSymbol, IOperation operation, SemanticModel semanticModel, AnalyzerOptions options, Action<Diagnostic> reportDiagnostic, CancellationToken cancellationToken)
    {
        OwningSymbol = owningSymbol;
        Operation = operation;
        SemanticModel = semanticModel;
        Options = options;
        _reportDiagnostic = reportDiagnostic;
        CancellationToken = cancellationToken;
    }

    public ISymbol OwningSymbol { get; }

    /// <summary>The block's root operation: a method or constructor body, an expression body, top-level statements or an initializer.</summary>
    public IOperation Operation { get; }

    public SemanticModel SemanticModel { get; }

    public Compilation Compilation => SemanticModel.Compilation;

    public AnalyzerOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => _reportDiagnostic(diagnostic);

    /// <summary>The operation tree of a code block; null when it has none (an abstract member, a field without initializer).</summary>
    public static CodeBlock? Create(CodeBlockAnalysisContext context)
    {
        var operation = ExecutablePart(context.CodeBlock, context.OwningSymbol) is { } part ? context.SemanticModel.GetOperation(part, context.CancellationToken) : null;
        return operation is null ? null
            : new CodeBlock(context.OwningSymbol, operation, context.SemanticModel, context.Options, context.ReportDiagnostic, context.CancellationToken);
    }

    /// <summary>
    /// The node whose operation is the code block's root: the declaration itself for a method, an accessor, a constructor
    /// (a primary one included: its type declaration), an expression body or top-level statements (a method or constructor
    /// body operation, parameter defaults aside: constants); the initializer of a field or a property.
    /// </summary>
    private static SyntaxNode? ExecutablePart(SyntaxNode codeBlock, ISymbol owningSymbol)
    {
        switch (codeBlock)
        {
            case BaseFieldDeclarationSyntax field:
                foreach (var variable in field.Declaration.Variables)
                {
                    if (variable.Identifier.ValueText == owningSymbol.Name)
                    {
                        return variable.Initializer;
                    }
                }

                return null;
            case PropertyDeclarationSyntax property:
                return property.Initializer;
            case EnumMemberDeclarationSyntax or ParameterSyntax or DelegateDeclarationSyntax:
                return null;
            default:
                return codeBlock;
        }
    }

    /// <summary>
    /// The text a filter reads for a code block: the whole declaration, except for a type (its primary constructor's
    /// parameters and base arguments only) and a compilation unit (its top-level statements only).
    /// </summary>
    public static IEnumerable<TextSpan> SpansToScan(SyntaxNode codeBlock)
    {
        switch (codeBlock)
        {
            case TypeDeclarationSyntax type:
                if (type.ParameterList is { } parameters)
                {
                    yield return parameters.Span;
                }

                if (type.BaseList is { } bases)
                {
                    yield return bases.Span;
                }

                break;
            case CompilationUnitSyntax unit:
                foreach (var member in unit.Members)
                {
                    if (member is GlobalStatementSyntax)
                    {
                        yield return member.Span;
                    }
                }

                break;
            default:
                yield return codeBlock.Span;
                break;
        }
    }

    /// <summary>The block's control-flow graph, built once; null for a root no graph is built for.</summary>
    public ControlFlowGraph? GetControlFlowGraph()
    {
        if (!_graphBuilt)
        {
            _graph = Operation switch
            {
                IMethodBodyOperation body => ControlFlowGraph.Create(body, CancellationToken),
                IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, CancellationToken),
                IFieldInitializerOperation field => ControlFlowGraph.Create(field, CancellationToken),
                IPropertyInitializerOperation property => ControlFlowGraph.Create(property, CancellationToken),
                IParameterInitializerOperation parameter => ControlFlowGraph.Create(parameter, CancellationToken),
                IBlockOperation { Parent: null } expressionBody => ControlFlowGraph.Create(expressionBody, CancellationToken),
                _ => null,
            };
            _graphBuilt = true;
        }

        return _graph;
    }

    /// <summary>Every operation of the block, lambdas and local functions included: what operation actions were given.</summary>
    public IEnumerable<IOperation> Operations() => Operation.DescendantsAndSelf();

    /// <summary>
    /// For the rules that look at single operations: when the gate lets the code block through, binds it and calls
    /// <paramref name="action"/> with each of its operations (lambdas and local functions included), in source order.
    /// </summary>
    public static void ForEachOperation(CodeBlockAnalysisContext context, SyntaxGate gate, BodyInterest interest, Action<OperationInBlock> action)
    {
        if (!gate.MayHold(context.CodeBlock, interest, context.CancellationToken) || Create(context) is not { } block)
        {
            return;
        }

        foreach (var operation in block.Operations())
        {
            action(new OperationInBlock(block, operation));
        }
    }
}

/// <summary>One operation of a bound code block, with what an operation action's context gave.</summary>
internal readonly struct OperationInBlock
{
    private readonly CodeBlock _block;

    public OperationInBlock(CodeBlock block, IOperation operation)
    {
        _block = block;
        Operation = operation;
    }

    public IOperation Operation { get; }

    /// <summary>The member whose code holds the operation.</summary>
    public ISymbol ContainingSymbol => _block.OwningSymbol;

    public CancellationToken CancellationToken => _block.CancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => _block.ReportDiagnostic(diagnostic);
}
