using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibleAI.Analyzers.Catalog;
using ResponsibleAI.Analyzers.Gateways;
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

        var arguments = AiFeatureArguments.Read(attribute);
        if (arguments.Id is not { } id)
        {
            return null;
        }

        var capability = arguments.Capability;
        var implementation = arguments.Implementation;
        var content = arguments.GeneratesContent;
        // Documentation-comment IDs (M:Lectures.LectureService.SummarizeAsync(...)): unambiguous across namespaces.
        var declaredBy = context.TargetSymbol.GetDocumentationCommentId() ?? context.TargetSymbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        GatewayModel? gateway = null;
        if (implementation is not null && context.TargetSymbol is IMethodSymbol method && context.TargetNode is MethodDeclarationSyntax declaration)
        {
            gateway = ParseGateway(method, declaration, implementation, content, context.SemanticModel, cancellationToken);
        }

        return new FeatureModel(id, capability.ToString(), arguments.Provider, content, arguments.Disclosure, arguments.PersonalData, declaredBy, gateway);
    }

    private static GatewayModel? ParseGateway(IMethodSymbol method, MethodDeclarationSyntax declaration, string implementationName, bool generatesContent, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        // The same checks the RAI3xxx analyzer reports (shared code: Analyzers/Gateways/GatewayShape.cs).
        // Without a partial part to write into, or with a signature the user has not got right yet, there is nothing to emit.
        if (GatewayTypes.Create(semanticModel.Compilation) is not { AiSubject: not null, AiGovernance: not null, AiGenerated: not null } types
            || GatewayShape.DeclarationProblem(method, declaration) is not null                                   // RAI3001
            || !GatewayShape.NonPartialContainingTypes(declaration).IsEmpty                                       // RAI3002
            || GatewayShape.ClassifyReturn(method.ReturnType, types) is not { } gatewayReturn
            || GatewayShape.HasParameterErrors(method))
        {
            return null;
        }

        // A gateway that fails the other checks gets a throwing body instead of none: the build then fails on the RAI3xxx
        // error that says why, not on CS8795 (a declaration error after which the command-line compiler runs no analyzer).
        var subjects = GatewayShape.SubjectParameters(method, types);
        var governance = GatewayShape.GovernanceCandidates(method, types, cancellationToken);
        var stub =
            GatewayShape.FindImplementation(method, implementationName, gatewayReturn, types, out _) != ImplementationLookup.Found ? "RAI3003/RAI3004"
            : subjects.Length != 1 ? "RAI3005"
            : governance.Length != 1 ? "RAI3006"
            : GatewayShape.ReturnsUndisclosedContent(gatewayReturn, generatesContent) ? "RAI3007"
            : GatewayShape.ByRefParameterOnAsyncShape(method, gatewayReturn) is not null ? "RAI3010"
            : GatewayShape.IsSynchronous(gatewayReturn) ? "RAI3011"
            : null;

        var containing = new List<ContainingTypeModel>();
        for (var node = declaration.Parent; node is TypeDeclarationSyntax type; node = node.Parent)
        {
            containing.Insert(0, new ContainingTypeModel(Keyword(type), type.Identifier.ValueText, type.TypeParameterList?.ToString() ?? string.Empty));
        }

        var governanceAccess = stub is not null ? string.Empty
            : governance[0].Kind == GatewayShape.PrimaryConstructorParameter ? Escape(governance[0].Symbol.Name)
            : governance[0].Symbol.IsStatic ? "global::" + governance[0].Symbol.ContainingType.ToDisplayString() + "." + Escape(governance[0].Symbol.Name)
            : "this." + Escape(governance[0].Symbol.Name);
        var shape = gatewayReturn.Shape;
        var valueType = gatewayReturn.ValueType;
        var wrapped = gatewayReturn.Disclosed;
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
                   + string.Join(".", containing.Select(t => t.Name + (t.TypeParameters.Length == 0 ? string.Empty : "`" + (t.TypeParameters.Count(c => c == ',') + 1))))
                   + "." + method.Name + "_" + method.Parameters.Length + "_" + StableHash(string.Join(",", parameters.Select(p => p.Modifiers + p.Type))) + ".g.cs";

        return new GatewayModel(
            ns,
            new EquatableArray<ContainingTypeModel>(containing),
            modifiers,
            method.ReturnType.ToDisplayString(TypeFormat),
            Escape(method.Name),
            typeParameters,
            new EquatableArray<ParameterModel>(parameters),
            shape,
            valueType?.ToDisplayString(TypeFormat) ?? string.Empty,
            wrapped,
            stub is null ? Escape(subjects[0].Name) : string.Empty,
            governanceAccess,
            token,
            Escape(implementationName) + typeParameters,
            hint,
            stub);
    }

    /// <summary>FNV-1a of the signature: overloads get distinct, stable file names.</summary>
    private static string StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Keyword(TypeDeclarationSyntax type) => type switch
    {
        RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
        StructDeclarationSyntax => "struct",
        InterfaceDeclarationSyntax => "interface",
        _ => "class",
    };

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
