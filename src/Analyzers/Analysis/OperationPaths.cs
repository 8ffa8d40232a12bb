using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>Where a value sits and where it goes, for the setting rules (RAI2003–RAI2005): conversions and parentheses
/// skipped, and a local followed to its uses in the same body.</summary>
internal static class OperationPaths
{
    /// <summary>The value without the conversions and parentheses around it (<c>(HarmBlockThreshold)"OFF"</c> → <c>"OFF"</c>).</summary>
    public static IOperation Unwrap(IOperation value)
    {
        while (true)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    value = parenthesized.Operand;
                    break;
                default:
                    return value;
            }
        }
    }

    /// <summary>The outermost conversion or parentheses around <paramref name="operation"/>: what its parent sees.</summary>
    public static IOperation Outermost(IOperation operation)
    {
        while (operation.Parent is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>
    /// Where a value goes: the value itself (its outermost form) and, when it initializes a local, every use of that local
    /// in the same body (<c>var options = new X { … }; client.Upload(file, options);</c>).
    /// </summary>
    public static IEnumerable<IOperation> Destinations(IOperation value, CancellationToken cancellationToken)
    {
        var outer = Outermost(value);
        yield return outer;
        if (outer.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } })
        {
            yield break;
        }

        var root = outer;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var reference in root.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reference is ILocalReferenceOperation { Local: var used } && SymbolEqualityComparer.Default.Equals(used, local))
            {
                yield return Outermost(reference);
            }
        }
    }

    /// <summary>Whether <paramref name="operation"/> is inside a lambda or a local function (code that may run at another time).</summary>
    public static bool InsideFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the call is a comparison (<c>Equals</c>, <c>CompareTo</c>): a value passed to it configures nothing.</summary>
    public static bool IsComparison(IMethodSymbol method) =>
        method.Name is "Equals" or "CompareTo" or "ReferenceEquals" || method.MethodKind is MethodKind.UserDefinedOperator or MethodKind.BuiltinOperator;
}
