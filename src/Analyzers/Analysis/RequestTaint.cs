using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// RAI2006's dataflow, inside one member: which values come from an HTTP request. Sources are the request parameters of
/// controller actions and minimal-API handlers (not services, not cancellation tokens), parameters marked <c>[FromBody]</c>,
/// <c>[FromQuery]</c> and the like, and <c>HttpRequest</c> members (query, form, headers, body, route values, cookies).
/// Taint follows locals (flow-insensitively, to a fixpoint), members of tainted objects, interpolation, concatenation,
/// string methods, <c>await</c>, conditionals, and appends into a local builder. An allow-list cleans it: a
/// <c>switch</c> to constants, a lookup in a dictionary the request did not fill, <c>Enum.Parse</c>; so does any result
/// that is not text (a number, a bool, an enum).
/// </summary>
internal sealed class RequestTaint
{
    private static readonly string[] BindingAttributes = ["FromBodyAttribute", "FromQueryAttribute", "FromRouteAttribute", "FromHeaderAttribute", "FromFormAttribute"];
    private static readonly string[] MapMethods = ["Map", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "MapFallback"];

    private readonly HashSet<ISymbol> _sources = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ILocalSymbol> _tainted = new(SymbolEqualityComparer.Default);

    private RequestTaint()
    {
    }

    /// <summary>The taint of a member's body, or null when nothing in it comes from a request.</summary>
    public static RequestTaint? Analyze(ISymbol owner, IReadOnlyList<IOperation> operations, CancellationToken cancellationToken)
    {
        var taint = new RequestTaint();
        if (owner is IMethodSymbol method && IsControllerAction(method))
        {
            taint.AddRequestParameters(method);
        }

        var readsRequest = false;
        foreach (var operation in operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IAnonymousFunctionOperation handler when IsEndpointHandler(handler):
                    taint.AddRequestParameters(handler.Symbol);
                    break;
                case IParameterReferenceOperation { Parameter: var parameter } when HasBindingAttribute(parameter):
                    taint._sources.Add(parameter);
                    break;
                case IPropertyReferenceOperation { Property: var property } when IsHttpRequest(property.ContainingType) || IsHttpRequest(property.Type as INamedTypeSymbol):
                    readsRequest = true;
                    break;
                case IParameterReferenceOperation { Parameter.Type: INamedTypeSymbol parameterType } when IsHttpRequest(parameterType):
                    readsRequest = true;
                    break;
            }
        }

        if (taint._sources.Count == 0 && !readsRequest)
        {
            return null;
        }

        // Locals, to a fixpoint: a local is tainted when any value assigned to it is.
        bool changed;
        do
        {
            changed = false;
            foreach (var operation in operations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ILocalSymbol? local = null;
                IOperation? value = null;
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Symbol: var declared, Initializer.Value: var initial }:
                        (local, value) = (declared, initial);
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target, Value: var assigned }:
                        (local, value) = (target.Local, assigned);
                        break;
                    case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target, Value: var added }:
                        (local, value) = (target.Local, added);
                        break;
                    case IInvocationOperation append when IsAppend(append) && RootLocal(append.Instance) is { } receiver:
                        // builder.Append(x) and builder.Append(a).Append(x): the builder local now holds x.
                        foreach (var argument in append.Arguments)
                        {
                            if (taint.IsTainted(argument.Value))
                            {
                                (local, value) = (receiver, argument.Value);
                            }
                        }

                        break;
                }

                if (local is not null && value is not null && !taint._tainted.Contains(local) && taint.IsTainted(value))
                {
                    taint._tainted.Add(local);
                    changed = true;
                }
            }
        }
        while (changed);

        return taint;
    }

    private static bool IsAppend(IInvocationOperation invocation) =>
        invocation.Arguments.Length > 0
        && (invocation.TargetMethod.Name.StartsWith("Append", StringComparison.Ordinal) || invocation.TargetMethod.Name is "Add" or "Insert" or "AddRange");

    /// <summary>The local at the start of a chain of appends (<c>builder.Append(a).Append(b)</c> → <c>builder</c>).</summary>
    private static ILocalSymbol? RootLocal(IOperation? receiver)
    {
        while (receiver is IInvocationOperation chained && IsAppend(chained))
        {
            receiver = chained.Instance;
        }

        return (receiver as ILocalReferenceOperation)?.Local;
    }

    /// <summary>Whether the value may carry text from the request.</summary>
    public bool IsTainted(IOperation? operation)
    {
        if (operation is null || !MayCarryText(operation.Type))
        {
            return false;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return IsTainted(conversion.Operand);
            case IParenthesizedOperation parenthesized:
                return IsTainted(parenthesized.Operand);
            case IAwaitOperation awaited:
                return IsTainted(awaited.Operation);
            case IParameterReferenceOperation parameter:
                return _sources.Contains(parameter.Parameter) || IsHttpRequest(parameter.Parameter.Type as INamedTypeSymbol);
            case ILocalReferenceOperation local:
                return _tainted.Contains(local.Local);
            case IPropertyReferenceOperation property:
                // Request data itself, or a member of something tainted. An indexer is tainted by its receiver only: a lookup
                // in a server-side dictionary with a request key is the allow-list.
                return IsHttpRequest(property.Property.ContainingType) || IsHttpRequest(property.Property.Type as INamedTypeSymbol) || IsTainted(property.Instance);
            case IFieldReferenceOperation field:
                return IsTainted(field.Instance);
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole && IsTainted(hole.Expression))
                    {
                        return true;
                    }
                }

                return false;
            case IBinaryOperation binary:
                return IsTainted(binary.LeftOperand) || IsTainted(binary.RightOperand);
            case ICoalesceOperation coalesce:
                return IsTainted(coalesce.Value) || IsTainted(coalesce.WhenNull);
            case IConditionalOperation conditional:
                return IsTainted(conditional.WhenTrue) || IsTainted(conditional.WhenFalse);
            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    if (IsTainted(arm.Value))
                    {
                        return true;
                    }
                }

                return false;
            case IInvocationOperation invocation:
                if (invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_Enum
                    || invocation.TargetMethod.Name is "TryGetValue" or "GetValueOrDefault")
                {
                    return IsTainted(invocation.Instance) || (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 && IsTainted(invocation.Arguments[0].Value));
                }

                if (IsTainted(invocation.Instance))
                {
                    return true;
                }

                // Arguments carry taint through the platform's own transforms (string.Format, Concat, Join, Convert,
                // ReadFromJsonAsync on the request), not through the app's services: what a repository returns for a
                // request key is server data.
                if (!IsPlatform(invocation.TargetMethod.ContainingNamespace))
                {
                    return false;
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (IsTainted(argument.Value))
                    {
                        return true;
                    }
                }

                return false;
            case IConditionalAccessOperation access:
                // request.RouteValues["x"]?.ToString(): what is read is the receiver's.
                return IsTainted(access.Operation);
            case IArrayCreationOperation { Initializer: { } initializer }:
                // string.Join("\n", rules, request.Extra): the params array holds the request text.
                foreach (var element in initializer.ElementValues)
                {
                    if (IsTainted(element))
                    {
                        return true;
                    }
                }

                return false;
            case IObjectCreationOperation creation:
                foreach (var argument in creation.Arguments)
                {
                    if (IsTainted(argument.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                // A collection expression (string.Join("\n", rules, extra) with a params span): its elements carry the
                // request text. The analyzers build against Roslyn 4.8, which has no ICollectionExpressionOperation, so
                // the kind is matched by name; a newer host reports it.
                return operation.Kind.ToString() == "CollectionExpression" && operation.ChildOperations.Any(IsTainted);
        }
    }

    private void AddRequestParameters(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (HasBindingAttribute(parameter) || IsBoundFromRequest(parameter))
            {
                _sources.Add(parameter);
            }
        }
    }

    /// <summary>A handler parameter the framework binds from the request: text or a data type, not a service.</summary>
    private static bool IsBoundFromRequest(IParameterSymbol parameter)
    {
        if (parameter.GetAttributes().Length > 0 && HasAttribute(parameter, "FromServicesAttribute", "FromKeyedServicesAttribute"))
        {
            return false;
        }

        var type = parameter.Type;
        if (type.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        if (type.TypeKind is TypeKind.Interface or TypeKind.Delegate || type.IsAbstract || !MayCarryText(type) || type.SpecialType != SpecialType.None)
        {
            return false;
        }

        // Framework and SDK types are services (HttpContext, ILogger, clients); the app's own classes and records are bodies.
        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return !(ns.StartsWith("Microsoft", StringComparison.Ordinal) || ns.StartsWith("System", StringComparison.Ordinal)
                 || ns.StartsWith("OpenAI", StringComparison.Ordinal) || ns.StartsWith("Azure", StringComparison.Ordinal)
                 || ns.StartsWith("Anthropic", StringComparison.Ordinal) || ns.StartsWith("OllamaSharp", StringComparison.Ordinal));
    }

    /// <summary>A lambda given to <c>app.MapGet/MapPost/…</c> (through the delegate creation and the conversion to <c>Delegate</c>).</summary>
    private static bool IsEndpointHandler(IAnonymousFunctionOperation handler)
    {
        var node = handler.Parent;
        while (node is IDelegateCreationOperation or IConversionOperation)
        {
            node = node.Parent;
        }

        return node is IArgumentOperation { Parent: IInvocationOperation map }
               && Array.IndexOf(MapMethods, map.TargetMethod.Name) >= 0
               && map.TargetMethod.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Builder";
    }

    private static bool IsPlatform(INamespaceSymbol? ns)
    {
        var name = ns?.ToDisplayString() ?? string.Empty;
        return name == "System" || name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
               || name.StartsWith("Microsoft.Extensions.Primitives", StringComparison.Ordinal);
    }

    /// <summary>A controller action, or a method-group endpoint handler: a method that returns <c>IResult</c> (or a task of one).</summary>
    private static bool IsControllerAction(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary)
        {
            return false;
        }

        var returned = method.ReturnType is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask" } task ? task.TypeArguments[0] : method.ReturnType;
        if (returned is INamedTypeSymbol result && (IsNamed(result, "IResult") || result.AllInterfaces.Any(static i => IsNamed(i, "IResult"))))
        {
            return true;
        }

        if (method.DeclaredAccessibility != Accessibility.Public || method.IsStatic)
        {
            return false;
        }

        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if ((type.Name is "ControllerBase" or "Controller" && type.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc")
                || HasAttribute(type, "ApiControllerAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNamed(INamedTypeSymbol type, string name) =>
        type.Name == name && type.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Http";

    private static bool HasBindingAttribute(IParameterSymbol parameter) => HasAttribute(parameter, BindingAttributes);

    private static bool HasAttribute(ISymbol symbol, params string[] names)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && Array.IndexOf(names, type.Name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHttpRequest(INamedTypeSymbol? type) =>
        type is { Name: "HttpRequest" } && type.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Http";

    /// <summary>Numbers, booleans, enums and other value types carry no prompt text.</summary>
    private static bool MayCarryText(ITypeSymbol? type) =>
        type is null || type.SpecialType == SpecialType.System_String || !type.IsValueType
        || type.Name is "StringValues" or "ReadOnlyMemory" or "ReadResult"
        || (type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Length > 0 && !generic.TypeArguments[0].IsValueType);
}
