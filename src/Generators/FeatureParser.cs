using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibleAI.Generators.Model;

namespace ResponsibleAI.Generators;

/// <summary>
/// Turns one [AiFeature] declaration into an equatable <see cref="FeatureModel"/>; for a valid gateway also a
/// <see cref="GatewayModel"/>. Invalid gateways get none: the generator skips what it cannot implement and the
/// RAI3xxx analyzers (which mirror these checks) say why.
/// </summary>
internal static class FeatureParser
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static FeatureModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.Attributes.FirstOrDefault() is not { } attribute)
        {
            return null;
        }

        var id = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        if (id is null)
        {
            return null;
        }

        var capability = "Other";
        var capabilityValue = 19;
        string? provider = null, disclosure = null, implementation = null;
        bool? generatesContent = null;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Capability" when named.Value.Value is int value && Capabilities.Name(value) is { } name:
                    capability = name;
                    capabilityValue = value;
                    break;
                case "Provider":
                    provider = named.Value.Value as string;
                    break;
                case "GeneratesContent" when named.Value.Value is bool flag:
                    generatesContent = flag;
                    break;
                case "Disclosure":
                    disclosure = named.Value.Value as string;
                    break;
                case "Implementation":
                    implementation = named.Value.Value as string;
                    break;
            }
        }

        var content = generatesContent ?? Capabilities.GeneratesContentByDefault(capabilityValue);
        var declaredBy = context.TargetSymbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        GatewayModel? gateway = null;
        if (implementation is not null && context.TargetSymbol is IMethodSymbol method && context.TargetNode is MethodDeclarationSyntax declaration)
        {
            gateway = ParseGateway(method, declaration, implementation, content, context.SemanticModel, cancellationToken);
        }

        return new FeatureModel(id, capability, provider, content, disclosure, declaredBy, gateway);
    }

    private static GatewayModel? ParseGateway(IMethodSymbol method, MethodDeclarationSyntax declaration, string implementationName, bool generatesContent, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var compilation = semanticModel.Compilation;
        // RAI3001: a body-less partial declaration.
        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword) || declaration.Body is not null || declaration.ExpressionBody is not null
            || method.ContainingType is null || method.ContainingType.TypeKind == TypeKind.Interface)
        {
            return null;
        }

        // RAI3002: every containing type partial.
        var types = new List<ContainingTypeModel>();
        for (var node = declaration.Parent; node is TypeDeclarationSyntax type; node = node.Parent)
        {
            if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return null;
            }

            types.Insert(0, new ContainingTypeModel(Keyword(type), type.Identifier.ValueText, type.TypeParameterList?.ToString() ?? string.Empty));
        }

        var aiSubject = compilation.GetTypeByMetadataName("ResponsibleAI.AiSubject");
        var governanceType = compilation.GetTypeByMetadataName("ResponsibleAI.IAiGovernance");
        var aiGenerated = compilation.GetTypeByMetadataName("ResponsibleAI.AiGenerated`1");
        if (aiSubject is null || governanceType is null || aiGenerated is null)
        {
            return null;
        }

        // RAI3007 and the return shape.
        if (!TryGetShape(method.ReturnType, compilation, aiGenerated, out var shape, out var valueType, out var wrapped)
            || (generatesContent && !wrapped && shape is not (ReturnShape.Void or ReturnShape.Task or ReturnShape.ValueTask)))
        {
            return null;
        }

        // Types the user has not got right yet (CS0246...) or ref-like parameters an async body cannot take: not implementable.
        if (ContainsError(method.ReturnType) || method.Parameters.Any(p => ContainsError(p.Type))
            || (shape is not (ReturnShape.Void or ReturnShape.Value) && method.Parameters.Any(p => p.RefKind != RefKind.None)))
        {
            return null;
        }

        // RAI3003/RAI3004: the implementation.
        if (!HasMatchingImplementation(method, implementationName, shape, wrapped, valueType, compilation, aiGenerated))
        {
            return null;
        }

        // RAI3005: exactly one AiSubject parameter.
        var subjects = method.Parameters.Where(p => SymbolEqualityComparer.Default.Equals(p.Type, aiSubject)).ToList();
        if (subjects.Count != 1)
        {
            return null;
        }

        // RAI3006: exactly one reachable IAiGovernance.
        if (FindGovernance(method, declaration, governanceType, semanticModel, cancellationToken) is not { } governance)
        {
            return null;
        }

        var parameters = method.Parameters.Select(p => new ParameterModel(
            ParameterModifiers(p),
            p.Type.ToDisplayString(TypeFormat),
            Escape(p.Name),
            p.Type.ToDisplayString() == "System.Threading.CancellationToken",
            p.GetAttributes().Any(a => a.AttributeClass?.Name == "EnumeratorCancellationAttribute"))).ToList();
        var token = parameters.FirstOrDefault(p => p.IsCancellationToken)?.Name ?? "default";

        var ns = method.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : string.Empty;
        var modifiers = string.Join(" ", declaration.Modifiers.Where(m => !m.IsKind(SyntaxKind.PartialKeyword) && !m.IsKind(SyntaxKind.AsyncKeyword)).Select(m => m.Text));
        var typeParameters = method.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", method.TypeParameters.Select(t => t.Name)) + ">";
        var hint = (ns.Length == 0 ? string.Empty : ns + ".")
                   + string.Join(".", types.Select(t => t.Name + (t.TypeParameters.Length == 0 ? string.Empty : "`" + (t.TypeParameters.Count(c => c == ',') + 1))))
                   + "." + method.Name + "_" + method.Parameters.Length + ".g.cs";

        return new GatewayModel(
            ns,
            new EquatableArray<ContainingTypeModel>(types),
            modifiers,
            method.ReturnType.ToDisplayString(TypeFormat),
            Escape(method.Name),
            typeParameters,
            new EquatableArray<ParameterModel>(parameters),
            shape,
            valueType?.ToDisplayString(TypeFormat) ?? string.Empty,
            wrapped,
            Escape(subjects[0].Name),
            governance,
            token,
            Escape(implementationName) + typeParameters,
            hint);
    }

    private static bool ContainsError(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => true,
        IArrayTypeSymbol array => ContainsError(array.ElementType),
        INamedTypeSymbol { IsGenericType: true } named => named.TypeArguments.Any(ContainsError),
        _ => false,
    };

    private static string Keyword(TypeDeclarationSyntax type) => type switch
    {
        RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
        StructDeclarationSyntax => "struct",
        InterfaceDeclarationSyntax => "interface",
        _ => "class",
    };

    /// <summary>Classifies the return type; <paramref name="valueType"/> is the T the implementation produces.</summary>
    private static bool TryGetShape(ITypeSymbol returnType, Compilation compilation, INamedTypeSymbol aiGenerated, out ReturnShape shape, out ITypeSymbol? valueType, out bool wrapped)
    {
        valueType = null;
        wrapped = false;
        if (returnType.SpecialType == SpecialType.System_Void)
        {
            shape = ReturnShape.Void;
            return true;
        }

        var definition = returnType.OriginalDefinition.ToDisplayString();
        ITypeSymbol? inner;
        switch (definition)
        {
            case "System.Threading.Tasks.Task":
                shape = ReturnShape.Task;
                return true;
            case "System.Threading.Tasks.ValueTask":
                shape = ReturnShape.ValueTask;
                return true;
            case "System.Threading.Tasks.Task<TResult>":
                shape = ReturnShape.TaskOfValue;
                inner = ((INamedTypeSymbol)returnType).TypeArguments[0];
                break;
            case "System.Threading.Tasks.ValueTask<TResult>":
                shape = ReturnShape.ValueTaskOfValue;
                inner = ((INamedTypeSymbol)returnType).TypeArguments[0];
                break;
            case "System.Collections.Generic.IAsyncEnumerable<T>":
                shape = ReturnShape.AsyncEnumerable;
                inner = ((INamedTypeSymbol)returnType).TypeArguments[0];
                break;
            default:
                shape = ReturnShape.Value;
                inner = returnType;
                break;
        }

        if (inner.TypeKind == TypeKind.Error)
        {
            return false;
        }

        if (inner is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, aiGenerated))
        {
            wrapped = true;
            valueType = named.TypeArguments[0];
        }
        else
        {
            valueType = inner;
        }

        return true;
    }

    private static bool HasMatchingImplementation(IMethodSymbol gateway, string name, ReturnShape shape, bool wrapped, ITypeSymbol? valueType, Compilation compilation, INamedTypeSymbol aiGenerated)
    {
        foreach (var candidate in gateway.ContainingType.GetMembers(name).OfType<IMethodSymbol>())
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, gateway) || (!gateway.IsStatic ? false : !candidate.IsStatic)
                || candidate.Parameters.Length != gateway.Parameters.Length || candidate.TypeParameters.Length != gateway.TypeParameters.Length)
            {
                continue;
            }

            var parametersMatch = true;
            for (var i = 0; i < candidate.Parameters.Length && parametersMatch; i++)
            {
                parametersMatch = candidate.Parameters[i].RefKind == gateway.Parameters[i].RefKind
                                  && SameType(candidate.Parameters[i].Type, gateway.Parameters[i].Type, candidate, gateway);
            }

            if (parametersMatch && ReturnMatches(candidate, gateway, shape, wrapped, valueType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Compares types, mapping the candidate's method type parameters to the gateway's by position.</summary>
    private static bool SameType(ITypeSymbol candidate, ITypeSymbol gateway, IMethodSymbol candidateMethod, IMethodSymbol gatewayMethod)
    {
        if (candidate is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } c && gateway is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } g)
        {
            return c.Ordinal == g.Ordinal;
        }

        return SymbolEqualityComparer.Default.Equals(candidate, gateway)
               || (candidateMethod.TypeParameters.Length > 0 && candidate.ToDisplayString() == gateway.ToDisplayString());
    }

    private static bool ReturnMatches(IMethodSymbol candidate, IMethodSymbol gateway, ReturnShape shape, bool wrapped, ITypeSymbol? valueType)
    {
        var returnType = candidate.ReturnType;
        var definition = returnType.OriginalDefinition.ToDisplayString();
        ITypeSymbol? Inner() => returnType is INamedTypeSymbol { TypeArguments.Length: 1 } n ? n.TypeArguments[0] : null;
        bool InnerIsValue() => Inner() is { } inner && valueType is not null && SameType(inner, valueType, candidate, gateway);

        switch (shape)
        {
            case ReturnShape.Void:
                return returnType.SpecialType == SpecialType.System_Void;
            case ReturnShape.Task:
            case ReturnShape.ValueTask:
                return definition is "System.Threading.Tasks.Task" or "System.Threading.Tasks.ValueTask";
            case ReturnShape.Value:
                return valueType is not null && SameType(returnType, valueType, candidate, gateway);
            case ReturnShape.TaskOfValue:
            case ReturnShape.ValueTaskOfValue:
                return definition is "System.Threading.Tasks.Task<TResult>" or "System.Threading.Tasks.ValueTask<TResult>" && InnerIsValue();
            case ReturnShape.AsyncEnumerable:
                return definition == "System.Collections.Generic.IAsyncEnumerable<T>" && InnerIsValue();
            default:
                return false;
        }
    }

    /// <summary>The expression that reaches the one IAiGovernance of the gateway's type, or null (none, or ambiguous).</summary>
    private static string? FindGovernance(IMethodSymbol method, MethodDeclarationSyntax declaration, INamedTypeSymbol governanceType, SemanticModel model, CancellationToken cancellationToken)
    {
        var candidates = new List<string>();
        bool IsGovernance(ITypeSymbol type) =>
            SymbolEqualityComparer.Default.Equals(type, governanceType) || type.AllInterfaces.Contains(governanceType, SymbolEqualityComparer.Default);

        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || (!SymbolEqualityComparer.Default.Equals(type, method.ContainingType) && member.DeclaredAccessibility == Accessibility.Private)
                    || (method.IsStatic && !member.IsStatic))
                {
                    continue;
                }

                var memberType = member switch
                {
                    IFieldSymbol field => field.Type,
                    IPropertySymbol { IsIndexer: false } property => property.Type,
                    _ => null,
                };
                if (memberType is not null && IsGovernance(memberType))
                {
                    candidates.Add(member.IsStatic ? "global::" + member.ContainingType.ToDisplayString() + "." + Escape(member.Name) : "this." + Escape(member.Name));
                }
            }
        }

        // C# 12 primary constructor parameters (captured by the type's members).
        if (!method.IsStatic && declaration.Parent is TypeDeclarationSyntax { ParameterList: { } primary } && primary.Parameters.Count > 0)
        {
            foreach (var parameter in primary.Parameters)
            {
                if (model.GetDeclaredSymbol(parameter, cancellationToken) is { } symbol && IsGovernance(symbol.Type)
                    && !candidates.Contains("this." + Escape(symbol.Name)))
                {
                    candidates.Add(Escape(symbol.Name));
                }
            }
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static string ParameterModifiers(IParameterSymbol parameter)
    {
        var parts = new List<string>();
        if (parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { IsExtensionMethod: true })
        {
            parts.Add("this");
        }

        if (parameter.IsParams)
        {
            parts.Add("params");
        }

        switch (parameter.RefKind)
        {
            case RefKind.Ref:
                parts.Add("ref");
                break;
            case RefKind.Out:
                parts.Add("out");
                break;
            case RefKind.In:
                parts.Add("in");
                break;
        }

        return string.Join(" ", parts);
    }

    private static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}

/// <summary>AiCapability by value, mirrored (the generator does not reference the runtime assembly).</summary>
internal static class Capabilities
{
    private static readonly string[] Names =
    {
        "Chat", "TextGeneration", "Summarization", "Captioning", "Transcription", "Translation", "Dubbing", "AudioDescription",
        "SpeechSynthesis", "ImageGeneration", "VideoGeneration", "Clipping", "QuizGeneration", "Chaptering", "Tagging",
        "VisionAnalysis", "Embedding", "Moderation", "Classification", "Other",
    };

    public static string? Name(int value) => value >= 0 && value < Names.Length ? Names[value] : null;

    public static bool GeneratesContentByDefault(int value) => Name(value) is not ("Embedding" or "Moderation" or "Classification");
}
