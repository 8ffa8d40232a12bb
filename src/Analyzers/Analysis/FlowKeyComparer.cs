using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// Equality of the keys the dataflow states track: locals and parameters compare as symbols, everything else
/// (flow-capture ids, records of derived keys) by its own equality.
/// </summary>
internal sealed class FlowKeyComparer : IEqualityComparer<object>
{
    public static readonly FlowKeyComparer Instance = new();

    public new bool Equals(object? x, object? y) =>
        x is ISymbol sx && y is ISymbol sy ? SymbolEqualityComparer.Default.Equals(sx, sy) : object.Equals(x, y);

    public int GetHashCode(object obj) => obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : obj.GetHashCode();
}
