using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ResponsibleAI.Analyzers.Gateways;

/// <summary>The types a gateway is checked against, resolved once per compilation.</summary>
internal sealed class GatewayTypes
{
    private GatewayTypes(Compilation compilation, INamedTypeSymbol aiFeatureAttribute)
    {
        Compilation = compilation;
        AiFeatureAttribute = aiFeatureAttribute;
        AiSubject = compilation.GetTypeByMetadataName("ResponsibleAI.AiSubject");
        AiGovernance = compilation.GetTypeByMetadataName("ResponsibleAI.IAiGovernance");
        AiGenerated = compilation.GetTypeByMetadataName("ResponsibleAI.AiGenerated`1");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        AsyncEnumerable = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1");
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol AiFeatureAttribute { get; }

    public INamedTypeSymbol? AiSubject { get; }

    public INamedTypeSymbol? AiGovernance { get; }

    /// <summary><c>AiGenerated`1</c>, unconstructed.</summary>
    public INamedTypeSymbol? AiGenerated { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? AsyncEnumerable { get; }

    /// <summary>Null when ResponsibleAI.Attributes is not referenced: there is nothing to check then.</summary>
    public static GatewayTypes? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName("ResponsibleAI.AiFeatureAttribute") is { } attribute ? new GatewayTypes(compilation, attribute) : null;

    public bool IsAiGenerated(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeArguments.Length: 1 } named && Is(named.OriginalDefinition, AiGenerated);

    /// <summary>Is <paramref name="type"/> IAiGovernance, or does it implement it?</summary>
    public bool IsGovernance(ITypeSymbol type) =>
        AiGovernance is not null
        && (Is(type, AiGovernance) || type.AllInterfaces.Any(i => Is(i, AiGovernance)));

    public static bool Is(ITypeSymbol? type, ITypeSymbol? expected) =>
        type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}

/// <summary>The outer shape of a gateway's return type.</summary>
internal enum GatewayReturnShape
{
    Void,
    Task,
    ValueTask,
    Value,
    TaskOfValue,
    ValueTaskOfValue,
    AsyncEnumerable,
}

/// <summary>
/// A gateway's return type: its <see cref="Shape"/>, whether the result is wrapped in <c>AiGenerated&lt;T&gt;</c>
/// (<see cref="Disclosed"/>), and <see cref="ValueType"/>: the T the implementation method produces.
/// </summary>
internal sealed record GatewayReturn(GatewayReturnShape Shape, bool Disclosed, ITypeSymbol? ValueType)
{
    /// <summary>void, Task or ValueTask: nothing to disclose.</summary>
    public bool HasNoResult => Shape is GatewayReturnShape.Void or GatewayReturnShape.Task or GatewayReturnShape.ValueTask;
}

/// <summary>Why an implementation lookup failed.</summary>
internal enum ImplementationLookup
{
    Found,

    /// <summary>No method of that name in the containing type (RAI3003).</summary>
    Missing,

    /// <summary>Methods of that name exist, none with the required signature (RAI3004).</summary>
    WrongSignature,
}

/// <summary>A member through which a gateway reaches its <c>IAiGovernance</c>.</summary>
/// <param name="Symbol">The field, property or primary-constructor parameter.</param>
/// <param name="Kind">"field", "property" or "primary-constructor parameter".</param>
internal sealed record GovernanceCandidate(ISymbol Symbol, string Kind)
{
    public string Describe() => $"{Kind} '{Symbol.Name}'";
}

/// <summary>
/// The checks that decide whether the generator can write a gateway's body (RAI3001–RAI3007). The analyzer reports
/// what fails; the generator skips it. Uses only the compiler's symbols and syntax, so it can be shared.
/// </summary>
internal static class GatewayShape
{
    public const string Field = "field";
    public const string Property = "property";
    public const string PrimaryConstructorParameter = "primary-constructor parameter";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.MinimallyQualifiedFormat;

    // ------------------------------------------------------------------ RAI3001

    /// <summary>
    /// Why the member that carries the attribute cannot be a generated gateway, or null when it is a body-less
    /// partial method declaration in a class, struct or record. <paramref name="declaration"/> is the declaration
    /// carrying the attribute (for a partial method, the part the attribute sits on).
    /// </summary>
    public static string? DeclarationProblem(ISymbol symbol, SyntaxNode? declaration)
    {
        switch (symbol)
        {
            case IPropertySymbol:
                return "it is a property";
            case INamedTypeSymbol:
                return "it is a type";
            case not IMethodSymbol:
                return "it is not a method";
        }

        var method = (IMethodSymbol)symbol;
        if (method.MethodKind != MethodKind.Ordinary || declaration is not MethodDeclarationSyntax syntax)
        {
            return "it is not an ordinary method";
        }

        if (method.ContainingType?.TypeKind == TypeKind.Interface)
        {
            return "it is an interface member";
        }

        if (syntax.Modifiers.Any(SyntaxKind.AbstractKeyword))
        {
            return "it is abstract";
        }

        if (syntax.Modifiers.Any(SyntaxKind.ExternKeyword))
        {
            return "it is extern";
        }

        var reasons = new List<string>();
        if (syntax.Body is not null || syntax.ExpressionBody is not null)
        {
            reasons.Add("it has a body");
        }

        if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            reasons.Add("it is not partial");
        }

        return reasons.Count == 0 ? null : string.Join(" and ", reasons);
    }

    // ------------------------------------------------------------------ RAI3002

    /// <summary>The declarations of the containing types (innermost first) that lack <c>partial</c>.</summary>
    public static ImmutableArray<TypeDeclarationSyntax> NonPartialContainingTypes(MethodDeclarationSyntax declaration)
    {
        var builder = ImmutableArray.CreateBuilder<TypeDeclarationSyntax>();
        for (var node = declaration.Parent; node is TypeDeclarationSyntax type; node = node.Parent)
        {
            if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }

    // ------------------------------------------------------------------ return types (RAI3004, RAI3007)

    /// <summary>Classifies a gateway's return type; null when it contains error types (the compiler reports those).</summary>
    public static GatewayReturn? ClassifyReturn(ITypeSymbol returnType, GatewayTypes types)
    {
        if (ContainsErrors(returnType))
        {
            return null;
        }

        if (returnType.SpecialType == SpecialType.System_Void)
        {
            return new GatewayReturn(GatewayReturnShape.Void, false, null);
        }

        if (GatewayTypes.Is(returnType, types.Task))
        {
            return new GatewayReturn(GatewayReturnShape.Task, false, null);
        }

        if (GatewayTypes.Is(returnType, types.ValueTask))
        {
            return new GatewayReturn(GatewayReturnShape.ValueTask, false, null);
        }

        var shape = GatewayReturnShape.Value;
        var inner = returnType;
        if (returnType is INamedTypeSymbol { TypeArguments.Length: 1 } named)
        {
            var definition = named.OriginalDefinition;
            if (GatewayTypes.Is(definition, types.TaskOfT))
            {
                shape = GatewayReturnShape.TaskOfValue;
                inner = named.TypeArguments[0];
            }
            else if (GatewayTypes.Is(definition, types.ValueTaskOfT))
            {
                shape = GatewayReturnShape.ValueTaskOfValue;
                inner = named.TypeArguments[0];
            }
            else if (GatewayTypes.Is(definition, types.AsyncEnumerable))
            {
                shape = GatewayReturnShape.AsyncEnumerable;
                inner = named.TypeArguments[0];
            }
        }

        return types.IsAiGenerated(inner)
            ? new GatewayReturn(shape, true, ((INamedTypeSymbol)inner).TypeArguments[0])
            : new GatewayReturn(shape, false, inner);
    }

    /// <summary>RAI3007: the feature generates content, yet the gateway returns a raw result.</summary>
    public static bool ReturnsUndisclosedContent(GatewayReturn gatewayReturn, bool generatesContent) =>
        generatesContent && !gatewayReturn.HasNoResult && !gatewayReturn.Disclosed;

    /// <summary>
    /// Does an implementation returning <paramref name="implementationReturn"/> fit the gateway's return?
    /// <c>AiGenerated&lt;T&gt;</c> ← <c>T</c>; <c>Task</c>/<c>ValueTask</c> of <c>T</c> or of <c>AiGenerated&lt;T&gt;</c> ←
    /// <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>; <c>IAsyncEnumerable</c> of <c>T</c> or of
    /// <c>AiGenerated&lt;T&gt;</c> ← <c>IAsyncEnumerable&lt;T&gt;</c>; a raw <c>T</c> ← <c>T</c>; <c>void</c> ← <c>void</c>;
    /// <c>Task</c>/<c>ValueTask</c> ← <c>Task</c> or <c>ValueTask</c>.
    /// </summary>
    public static bool ReturnMatches(GatewayReturn gatewayReturn, ITypeSymbol implementationReturn, GatewayTypes types)
    {
        var named = implementationReturn as INamedTypeSymbol;
        var definition = named?.OriginalDefinition;
        bool InnerIsValue() => named is { TypeArguments.Length: 1 } && GatewayTypes.Is(named.TypeArguments[0], gatewayReturn.ValueType);

        return gatewayReturn.Shape switch
        {
            GatewayReturnShape.Void => implementationReturn.SpecialType == SpecialType.System_Void,
            GatewayReturnShape.Task or GatewayReturnShape.ValueTask =>
                GatewayTypes.Is(implementationReturn, types.Task) || GatewayTypes.Is(implementationReturn, types.ValueTask),
            GatewayReturnShape.Value => GatewayTypes.Is(implementationReturn, gatewayReturn.ValueType),
            GatewayReturnShape.TaskOfValue or GatewayReturnShape.ValueTaskOfValue =>
                (GatewayTypes.Is(definition, types.TaskOfT) || GatewayTypes.Is(definition, types.ValueTaskOfT)) && InnerIsValue(),
            GatewayReturnShape.AsyncEnumerable => GatewayTypes.Is(definition, types.AsyncEnumerable) && InnerIsValue(),
            _ => false,
        };
    }

    /// <summary>What the implementation must return, for messages: <c>'Task&lt;string&gt;' or 'ValueTask&lt;string&gt;'</c>.</summary>
    public static string DescribeExpectedReturn(GatewayReturn gatewayReturn)
    {
        var value = gatewayReturn.ValueType?.ToDisplayString(TypeFormat) ?? "?";
        return gatewayReturn.Shape switch
        {
            GatewayReturnShape.Void => "'void'",
            GatewayReturnShape.Task or GatewayReturnShape.ValueTask => "'Task' or 'ValueTask'",
            GatewayReturnShape.Value => $"'{value}'",
            GatewayReturnShape.TaskOfValue or GatewayReturnShape.ValueTaskOfValue => $"'Task<{value}>' or 'ValueTask<{value}>'",
            _ => $"'IAsyncEnumerable<{value}>'",
        };
    }

    // ------------------------------------------------------------------ RAI3003, RAI3004

    /// <summary>The methods of the gateway's containing type named <paramref name="name"/>, the gateway itself excluded.</summary>
    public static ImmutableArray<IMethodSymbol> ImplementationCandidates(IMethodSymbol gateway, string name) =>
        gateway.ContainingType is null
            ? ImmutableArray<IMethodSymbol>.Empty
            : gateway.ContainingType.GetMembers(name).OfType<IMethodSymbol>()
                .Where(m => !SymbolEqualityComparer.Default.Equals(m, gateway) && !SymbolEqualityComparer.Default.Equals(m.PartialDefinitionPart, gateway))
                .ToImmutableArray();

    /// <summary>Finds the implementation method: a method of the containing type named <paramref name="name"/> that fits.</summary>
    public static ImplementationLookup FindImplementation(IMethodSymbol gateway, string name, GatewayReturn gatewayReturn, GatewayTypes types, out ImmutableArray<IMethodSymbol> candidates)
    {
        candidates = ImplementationCandidates(gateway, name);
        if (candidates.IsEmpty)
        {
            return ImplementationLookup.Missing;
        }

        foreach (var candidate in candidates)
        {
            if (Mismatch(gateway, candidate, gatewayReturn, types) is null)
            {
                return ImplementationLookup.Found;
            }
        }

        return ImplementationLookup.WrongSignature;
    }

    /// <summary>Why <paramref name="candidate"/> cannot implement <paramref name="gateway"/>, or null when it can.</summary>
    public static string? Mismatch(IMethodSymbol gateway, IMethodSymbol candidate, GatewayReturn gatewayReturn, GatewayTypes types)
    {
        if (gateway.IsStatic && !candidate.IsStatic)
        {
            return "it is an instance method, and a static gateway needs a static implementation";
        }

        if (candidate.TypeParameters.Length != gateway.TypeParameters.Length)
        {
            return $"it has {Count(candidate.TypeParameters.Length, "type parameter")}, the gateway {gateway.TypeParameters.Length}";
        }

        if (candidate.Parameters.Length != gateway.Parameters.Length)
        {
            return $"it has {Count(candidate.Parameters.Length, "parameter")}, the gateway {gateway.Parameters.Length}";
        }

        // Compare through the gateway's own type parameters: Core<T>(T x) fits Gateway<T>(T x).
        var constructed = candidate.TypeParameters.Length == 0
            ? candidate
            : candidate.Construct(gateway.TypeParameters.Cast<ITypeSymbol>().ToArray());
        for (var i = 0; i < gateway.Parameters.Length; i++)
        {
            var expected = gateway.Parameters[i];
            var actual = constructed.Parameters[i];
            if (actual.RefKind != expected.RefKind || !GatewayTypes.Is(actual.Type, expected.Type))
            {
                return $"its parameter '{actual.Name}' is '{DescribeParameter(actual)}' where the gateway has '{DescribeParameter(expected)}'";
            }
        }

        return ReturnMatches(gatewayReturn, constructed.ReturnType, types)
            ? null
            : $"it returns '{constructed.ReturnType.ToDisplayString(TypeFormat)}'";
    }

    /// <summary>The signature the implementation needs, for messages: <c>a method 'Core(AiSubject, string)' returning 'string'</c>.</summary>
    public static string DescribeExpected(IMethodSymbol gateway, string name, GatewayReturn gatewayReturn)
    {
        var typeParameters = gateway.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", gateway.TypeParameters.Select(t => t.Name)) + ">";
        var parameters = string.Join(", ", gateway.Parameters.Select(DescribeParameter));
        return $"{(gateway.IsStatic ? "a static method" : "a method")} '{name}{typeParameters}({parameters})' returning {DescribeExpectedReturn(gatewayReturn)}";
    }

    private static string DescribeParameter(IParameterSymbol parameter)
    {
        var prefix = parameter.RefKind switch
        {
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In => "in ",
            _ => string.Empty,
        };
        return prefix + parameter.Type.ToDisplayString(TypeFormat);
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    // ------------------------------------------------------------------ RAI3005

    /// <summary>The gateway's <c>AiSubject</c> parameters; exactly one is required.</summary>
    public static ImmutableArray<IParameterSymbol> SubjectParameters(IMethodSymbol gateway, GatewayTypes types) =>
        types.AiSubject is null
            ? ImmutableArray<IParameterSymbol>.Empty
            : gateway.Parameters.Where(p => GatewayTypes.Is(p.Type, types.AiSubject)).ToImmutableArray();

    // ------------------------------------------------------------------ RAI3006

    /// <summary>
    /// The members through which the gateway can reach an <c>IAiGovernance</c>: fields and properties (not indexers)
    /// of the containing type and its base types whose type is or implements it (inherited ones only when accessible
    /// and not private), and, for an instance gateway, primary-constructor parameters of that type. A static gateway
    /// counts static members only. A member hidden or overridden by a more derived one of the same name, and a
    /// primary-constructor parameter with the name of a member (a record's positional property), count once.
    /// Exactly one candidate is required.
    /// </summary>
    public static ImmutableArray<GovernanceCandidate> GovernanceCandidates(IMethodSymbol gateway, GatewayTypes types, CancellationToken cancellationToken)
    {
        var containing = gateway.ContainingType;
        if (containing is null || types.AiGovernance is null)
        {
            return ImmutableArray<GovernanceCandidate>.Empty;
        }

        var candidates = ImmutableArray.CreateBuilder<GovernanceCandidate>();
        var names = new HashSet<string>();
        for (var type = containing; type is not null; type = type.BaseType)
        {
            var inherited = !SymbolEqualityComparer.Default.Equals(type, containing);
            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || (gateway.IsStatic && !member.IsStatic)
                    || (inherited && (member.DeclaredAccessibility == Accessibility.Private || !types.Compilation.IsSymbolAccessibleWithin(member, containing))))
                {
                    continue;
                }

                var (memberType, kind) = member switch
                {
                    IFieldSymbol { IsConst: false } field => (field.Type, Field),
                    IPropertySymbol { IsIndexer: false, GetMethod: not null } property => (property.Type, Property),
                    _ => ((ITypeSymbol?)null, string.Empty),
                };
                if (memberType is not null && types.IsGovernance(memberType) && names.Add(member.Name))
                {
                    candidates.Add(new GovernanceCandidate(member, kind));
                }
            }
        }

        if (!gateway.IsStatic)
        {
            foreach (var parameter in PrimaryConstructorParameters(containing, cancellationToken))
            {
                if (types.IsGovernance(parameter.Type) && names.Add(parameter.Name))
                {
                    candidates.Add(new GovernanceCandidate(parameter, PrimaryConstructorParameter));
                }
            }
        }

        return candidates.ToImmutable();
    }

    /// <summary>The parameters of a C# 12 primary constructor (or a record's positional parameters).</summary>
    public static ImmutableArray<IParameterSymbol> PrimaryConstructorParameters(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax { ParameterList: not null })
                {
                    return constructor.Parameters;
                }
            }
        }

        return ImmutableArray<IParameterSymbol>.Empty;
    }

    // ------------------------------------------------------------------ RAI3010

    /// <summary>The first ref, in or out parameter of a gateway whose generated body is async (Task, ValueTask, IAsyncEnumerable), or null.</summary>
    public static IParameterSymbol? ByRefParameterOnAsyncShape(IMethodSymbol gateway, GatewayReturn gatewayReturn) =>
        gatewayReturn.Shape is GatewayReturnShape.Void or GatewayReturnShape.Value
            ? null
            : gateway.Parameters.FirstOrDefault(static p => p.RefKind != RefKind.None);

    // ------------------------------------------------------------------ RAI3011

    /// <summary>A gateway that returns a value or nothing (no Task, ValueTask or IAsyncEnumerable): its checks could only block.</summary>
    public static bool IsSynchronous(GatewayReturn gatewayReturn) => gatewayReturn.Shape is GatewayReturnShape.Void or GatewayReturnShape.Value;

    /// <summary>Does a parameter type of <paramref name="method"/> contain error types (incomplete code)?</summary>
    public static bool HasParameterErrors(IMethodSymbol method) => method.Parameters.Any(p => ContainsErrors(p.Type));

    private static bool ContainsErrors(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => true,
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsErrors),
        IArrayTypeSymbol array => ContainsErrors(array.ElementType),
        IPointerTypeSymbol pointer => ContainsErrors(pointer.PointedAtType),
        _ => false,
    };
}
