using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// The operations of the member that encloses a call, from the original (not control-flow) operation tree: what values
/// reach a local, and which calls the member makes. Flow-insensitive: every assignment anywhere in the member counts.
/// </summary>
internal sealed class OperationOrigins
{
    private readonly IOperation _root;
    private readonly CancellationToken _cancellationToken;
    private List<IOperation>? _operations;

    public OperationOrigins(IOperation inside, CancellationToken cancellationToken)
    {
        var root = inside;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        _root = root;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Every operation of the member, lambdas and local functions included.</summary>
    public List<IOperation> Operations
    {
        get
        {
            if (_operations is null)
            {
                _operations = new List<IOperation>();
                foreach (var operation in _root.DescendantsAndSelf())
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    _operations.Add(operation);
                }
            }

            return _operations;
        }
    }

    public IEnumerable<IInvocationOperation> Invocations() => Operations.OfType<IInvocationOperation>();

    /// <summary>
    /// Every value assigned to <paramref name="local"/> (initializer, assignments; for a <c>foreach</c> variable, the
    /// collection it walks); empty when it is also written by ref/out or in a deconstruction.
    /// </summary>
    public List<IOperation> ValuesOf(ILocalSymbol local)
    {
        var values = new List<IOperation>();
        foreach (var operation in Operations)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        values.Add(initializer.Value);
                    }

                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    values.Add(assignment.Value);
                    break;
                case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation { Symbol: var element } } loop
                    when SymbolEqualityComparer.Default.Equals(element, local):
                    values.Add(loop.Collection); // each element of the collection: what the collection is made of
                    break;
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && (reference.Parent is IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }
                        || reference.Parent is IDeclarationExpressionOperation or ITupleOperation
                        || reference.Parent is ICompoundAssignmentOperation or ICoalesceAssignmentOperation or IForEachLoopOperation):
                    return new List<IOperation>(); // written in a way not followed here: unknown
            }
        }

        return values;
    }

    /// <summary>True when the member declares <paramref name="local"/> (not only uses it).</summary>
    public bool Declares(ILocalSymbol local) =>
        Operations.Any(o => o is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local));

    /// <summary>Every reference to <paramref name="local"/> in the member.</summary>
    public IEnumerable<ILocalReferenceOperation> ReferencesTo(ILocalSymbol local) =>
        Operations.OfType<ILocalReferenceOperation>().Where(r => SymbolEqualityComparer.Default.Equals(r.Local, local));

    /// <summary>Combines the origin of every value of a local: all native → native; any prompt → prompt; else unknown.</summary>
    public FunctionOrigin Combine(ILocalSymbol local, Func<IOperation, FunctionOrigin> classify)
    {
        var values = ValuesOf(local);
        if (values.Count == 0)
        {
            return FunctionOrigin.Unknown;
        }

        var result = FunctionOrigin.Native;
        foreach (var value in values)
        {
            var origin = classify(value);
            if (origin == FunctionOrigin.Prompt)
            {
                return FunctionOrigin.Prompt;
            }

            if (origin == FunctionOrigin.Unknown)
            {
                result = FunctionOrigin.Unknown;
            }
        }

        return result;
    }

    /// <summary>Looks through conversions and parentheses-like wrappers to the value underneath.</summary>
    public static IOperation Strip(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IAwaitOperation awaited:
                    operation = awaited.Operation;
                    continue;
                case IInvocationOperation { Instance: { } instance, TargetMethod.Name: "ConfigureAwait" }:
                    operation = instance;
                    continue;
                default:
                    return operation;
            }
        }
    }
}
