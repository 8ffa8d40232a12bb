using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// Does a tool (a function a model may call) read any data? A tool whose body the member can see and that works only on
/// its own parameters (the model's arguments), constants, constant tables (<c>static readonly</c> strings, numbers and
/// arrays of them), the clock, random numbers and the BCL's string, number, collection and formatting helpers fetches
/// no one's data: a weather or clock stub. Anything else (a field of the tool's object, a service, a file, the network,
/// the console's input, an SDK's ambient context, a call into code it cannot see) may fetch data the member does not
/// show. Conservative: a shape it does not know reads data.
/// </summary>
internal static class ToolBodies
{
    private const int MaxDepth = 4;

    /// <summary>
    /// True when <paramref name="body"/> (a tool's body: a method's, a local function's or a lambda's; <paramref name="owner"/>
    /// is that method) reads no data.
    /// </summary>
    public static bool ReadsNoData(IMethodSymbol owner, IOperation body, CancellationToken cancellationToken) =>
        ReadsNoData(owner, body, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), 0, cancellationToken);

    /// <summary>The body of <paramref name="method"/> declared in source, from <paramref name="model"/>'s tree, or null.</summary>
    public static IOperation? BodyOf(IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || method.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        return model.GetOperation(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken), cancellationToken) switch
        {
            IMethodBodyOperation methodBody => (IOperation?)methodBody.BlockBody ?? methodBody.ExpressionBody,
            ILocalFunctionOperation localFunction => localFunction.Body,
            _ => null,
        };
    }

    private static bool ReadsNoData(IMethodSymbol owner, IOperation? body, HashSet<IMethodSymbol> visiting, int depth, CancellationToken cancellationToken)
    {
        if (body is null || depth > MaxDepth)
        {
            return false;
        }

        var span = body.Syntax.Span;

        foreach (var operation in body.DescendantsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ok = operation switch
            {
                IInvocationOperation invocation => CallReadsNoData(invocation.TargetMethod, operation.SemanticModel, visiting, depth, cancellationToken),
                IFieldReferenceOperation field => field.Field.IsConst || field.Field.IsStatic && field.Field.IsReadOnly && IsConstantTable(field.Field.Type)
                                                  || IsKnownBclType(field.Field.ContainingType),
                IPropertyReferenceOperation property => PropertyReadsNoData(property),
                IObjectCreationOperation creation => creation.Constructor is null || CreatesNoData(creation.Constructor),
                // Its own locals and parameters (the model's arguments); a value captured from the enclosing code (a
                // local function's or a lambda's closure) may hold anyone's data.
                ILocalReferenceOperation local => DeclaredWithin(local.Local, span),
                IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, owner)
                                                          || DeclaredWithin(parameter.Parameter, span),
                IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation
                    or IEventReferenceOperation or IInvalidOperation => false,
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool CallReadsNoData(IMethodSymbol method, SemanticModel? model, HashSet<IMethodSymbol> visiting, int depth, CancellationToken cancellationToken)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        if (IsKnownBclType(method.ContainingType))
        {
            return !IsConsoleInput(method);
        }

        // A record's own ToString, Equals and GetHashCode: they read only its values.
        if (method.IsImplicitlyDeclared && method.ContainingType is { IsRecord: true } record && !record.Locations.IsEmpty && record.Locations[0].IsInSource)
        {
            return true;
        }

        // A helper of the same file (a local function of top-level statements, a private method of the tool's type):
        // read through, a few levels deep.
        if (model is null || !visiting.Add(method))
        {
            return model is not null; // a recursive call reads what the first call reads
        }

        try
        {
            return BodyOf(method, model, cancellationToken) is { } body && ReadsNoData(method, body, visiting, depth + 1, cancellationToken);
        }
        finally
        {
            visiting.Remove(method);
        }
    }

    private static bool DeclaredWithin(ISymbol symbol, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource && span.Contains(symbol.Locations[0].SourceSpan);

    /// <summary>
    /// A property of a BCL type (<c>DateTime.Now</c>, <c>Random.Shared</c>, <c>text.Length</c>), or an instance property of
    /// a value the tool holds (its parameter, a record it built). A static property of anything else (an ambient context,
    /// a service locator) or a property of the tool's own object (its state) may hold data.
    /// </summary>
    private static bool PropertyReadsNoData(IPropertyReferenceOperation property)
    {
        if (IsKnownBclType(property.Property.ContainingType))
        {
            return true;
        }

        return property.Instance is { } instance && instance is not IInstanceReferenceOperation
               && property.Property.ContainingType?.Locations.Length > 0 && property.Property.ContainingType.Locations[0].IsInSource;
    }

    /// <summary>A BCL value (a list, a string builder, a date) or a type of this code without a constructor body (a record, a DTO).</summary>
    private static bool CreatesNoData(IMethodSymbol constructor)
    {
        if (IsKnownBclType(constructor.ContainingType))
        {
            return true;
        }

        if (!constructor.ContainingType.Locations.IsEmpty && !constructor.ContainingType.Locations[0].IsInSource)
        {
            return false;
        }

        // Implicit, or a primary constructor (declared on the type itself): it only stores its arguments.
        return constructor.IsImplicitlyDeclared
               || constructor.DeclaringSyntaxReferences.Length == 1
               && constructor.DeclaringSyntaxReferences[0].GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax;
    }

    /// <summary>A string, number or enum, or an array of them: a table written in the code.</summary>
    private static bool IsConstantTable(ITypeSymbol type) =>
        type is IArrayTypeSymbol array ? IsConstantTable(array.ElementType) : type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Enum;

    private static bool IsConsoleInput(IMethodSymbol method) =>
        method.ContainingType is { Name: "Console" } && method.Name.StartsWith("Read", System.StringComparison.Ordinal);

    /// <summary>
    /// Types that compute, format and hold values but fetch nothing: primitives and strings, dates and times, random
    /// numbers, math, LINQ and collections, text and JSON formatting, tasks, and the console (its output; reading it is
    /// excluded by the caller).
    /// </summary>
    private static bool IsKnownBclType(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        var ns = type.ContainingNamespace;
        if (ns is null || ns.IsGlobalNamespace)
        {
            return false;
        }

        var name = ns.ToDisplayString();
        return name switch
        {
            "System" => type.Name is "Math" or "MathF" or "Random" or "DateTime" or "DateTimeOffset" or "TimeSpan" or "TimeZoneInfo"
                or "DateOnly" or "TimeOnly" or "Guid" or "Convert" or "Char" or "StringComparer" or "Array" or "Nullable" or "Tuple"
                or "ValueTuple" or "FormattableString" or "Index" or "Range" or "Console" or "Uri" or "BitConverter" or "HashCode"
                or "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" or "MemoryExtensions" or "StringSplitOptions",
            "System.Text" => type.Name is "StringBuilder",
            "System.Linq" => type.Name is "Enumerable",
            "System.Collections.Generic" or "System.Collections.Immutable" or "System.Globalization" => true,
            "System.Text.Json" => type.Name is "JsonSerializer" or "JsonSerializerOptions",
            "System.Threading.Tasks" => type.Name is "Task" or "ValueTask",
            "System.Threading" => type.Name is "CancellationToken",
            _ => false,
        };
    }
}
