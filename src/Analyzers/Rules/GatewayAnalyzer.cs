using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibleAI.Analyzers.Gateways;

namespace ResponsibleAI.Analyzers.Rules;

/// <summary>
/// RAI3001–RAI3009: misuse of <c>[AiFeature]</c> that the generator cannot implement. Mirrors the generator's checks
/// (<see cref="GatewayShape"/>): a gateway that fails one of RAI3001–RAI3007 gets no generated body. RAI3008 (conflicting
/// duplicate ids) and RAI3009 (invalid id) apply to every <c>[AiFeature]</c>, gateway or not.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GatewayAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.GatewayNotPartialMethod,
        DiagnosticDescriptors.GatewayTypeNotPartial,
        DiagnosticDescriptors.GatewayImplementationMissing,
        DiagnosticDescriptors.GatewayImplementationSignature,
        DiagnosticDescriptors.GatewaySubjectMissing,
        DiagnosticDescriptors.GatewayGovernanceMissing,
        DiagnosticDescriptors.GatewayByRefParameter,
        DiagnosticDescriptors.GatewaySynchronous,
        DiagnosticDescriptors.GatewayReturnsRawContent,
        DiagnosticDescriptors.FeatureIdConflict,
        DiagnosticDescriptors.FeatureIdInvalid);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (GatewayTypes.Create(start.Compilation) is not { } types)
            {
                return; // ResponsibleAI.Attributes is not referenced
            }

            var features = new ConcurrentBag<FeatureEntry>();
            start.RegisterSymbolAction(
                symbolContext => AnalyzeSymbol(symbolContext, types, features),
                SymbolKind.Method,
                SymbolKind.NamedType,
                SymbolKind.Property);
            start.RegisterCompilationEndAction(end => ReportConflicts(end, features));
        });
    }

    private static void AnalyzeSymbol(SymbolAnalysisContext context, GatewayTypes types, ConcurrentBag<FeatureEntry> features)
    {
        var symbol = context.Symbol;
        if (symbol is IMethodSymbol { PartialDefinitionPart: not null })
        {
            return; // the implementing part of a partial method: its attributes are the definition's, analysed there
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (!GatewayTypes.Is(attribute.AttributeClass, types.AiFeatureAttribute)
                || AiFeatureDeclaration.Read(attribute, context.CancellationToken) is not { } feature)
            {
                continue;
            }

            if (feature.IdIsConstant)
            {
                if (!AiFeatureId.IsValid(feature.Id))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FeatureIdInvalid, feature.IdLocation, feature.Id ?? "null"));
                }

                if (feature.Id is not null)
                {
                    features.Add(new FeatureEntry(feature.Id, feature.Capability, feature.CapabilityName, feature.Provider, feature.GeneratesContent, feature.Disclosure, feature.PersonalData, feature.IdLocation));
                }
            }

            if (feature.Implementation is not null && !feature.ImplementationHasErrors)
            {
                AnalyzeGateway(context, types, feature);
            }
        }
    }

    private static void AnalyzeGateway(SymbolAnalysisContext context, GatewayTypes types, AiFeatureDeclaration feature)
    {
        var symbol = context.Symbol;
        var implementation = feature.Implementation!;
        var declaration = feature.Syntax.Parent?.Parent as MemberDeclarationSyntax;

        // RAI3001: not a body-less partial method. Nothing else is checked: this is not a gateway the generator sees.
        if (GatewayShape.DeclarationProblem(symbol, declaration) is { } problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.GatewayNotPartialMethod, IdentifierLocation(declaration, feature), symbol.Name, implementation, problem));
            return;
        }

        var method = (IMethodSymbol)symbol;
        var syntax = (MethodDeclarationSyntax)declaration!;
        var gatewayName = method.Name;
        var identifier = syntax.Identifier.GetLocation();

        // RAI3002: every containing type partial.
        var nonPartial = GatewayShape.NonPartialContainingTypes(syntax);
        if (!nonPartial.IsEmpty)
        {
            var names = string.Join(", ", nonPartial.Reverse().Select(t => "'" + t.Identifier.ValueText + "'"));
            var what = nonPartial.Length == 1 ? $"type {names} is" : $"types {names} are";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GatewayTypeNotPartial, identifier, gatewayName, what));
        }

        // RAI3003/RAI3004: the implementation method. Skipped when the signature has errors (the compiler reports them).
        var gatewayReturn = GatewayShape.ClassifyReturn(method.ReturnType, types);
        var implementationLocation = (feature.ImplementationArgument ?? (SyntaxNode)feature.Syntax).GetLocation();
        if (gatewayReturn is not null && !GatewayShape.HasParameterErrors(method))
        {
            switch (GatewayShape.FindImplementation(method, implementation, gatewayReturn, types, out var candidates))
            {
                case ImplementationLookup.Missing:
                    var why = implementation == gatewayName
                        ? "that is the gateway itself; name the separate method that does the AI work"
                        : $"'{method.ContainingType.Name}' has no method of that name";
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GatewayImplementationMissing, implementationLocation, implementation, gatewayName, why));
                    break;
                case ImplementationLookup.WrongSignature:
                    var found = candidates.Length == 1
                        ? GatewayShape.Mismatch(method, candidates[0], gatewayReturn, types)
                        : $"none of the {candidates.Length} methods named '{implementation}' fits";
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.GatewayImplementationSignature,
                        implementationLocation,
                        implementation,
                        gatewayName,
                        GatewayShape.DescribeExpected(method, implementation, gatewayReturn),
                        found));
                    break;
            }
        }

        // RAI3011: the governance is asynchronous, so is the gateway.
        if (gatewayReturn is not null && GatewayShape.IsSynchronous(gatewayReturn))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.GatewaySynchronous,
                identifier,
                gatewayName,
                method.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
        }

        // RAI3010: an async body cannot take ref, in or out parameters.
        if (gatewayReturn is not null && GatewayShape.ByRefParameterOnAsyncShape(method, gatewayReturn) is { } byRef)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.GatewayByRefParameter,
                identifier,
                gatewayName,
                method.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                byRef.RefKind.ToString().ToLowerInvariant(),
                byRef.Name));
        }

        // RAI3005: exactly one AiSubject parameter.
        if (types.AiSubject is not null)
        {
            var subjects = GatewayShape.SubjectParameters(method, types);
            if (subjects.Length != 1)
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticProperties.Implementation, implementation)
                    .Add(DiagnosticProperties.SubjectCount, subjects.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var detail = subjects.Length == 0
                    ? "it has none"
                    : $"it has {subjects.Length} ({string.Join(", ", subjects.Select(p => "'" + p.Name + "'"))}), so the subject is ambiguous";
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GatewaySubjectMissing, identifier, properties, gatewayName, detail));
            }
        }

        // RAI3006: exactly one reachable IAiGovernance.
        if (types.AiGovernance is not null)
        {
            var governance = GatewayShape.GovernanceCandidates(method, types, context.CancellationToken);
            if (governance.Length != 1)
            {
                var detail = governance.Length > 1
                    ? $"{string.Join(", ", governance.Select(c => c.Describe()))} are all candidates, so it is ambiguous"
                    : method.IsStatic
                        ? "none found; a static gateway needs a static field or property of that type"
                        : "none found; declare a field, property or primary-constructor parameter of that type";
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GatewayGovernanceMissing, identifier, gatewayName, method.ContainingType.Name, detail));
            }
        }

        // RAI3007: a content-generating feature must return AiGenerated<T>.
        if (gatewayReturn is not null && types.AiGenerated is not null && GatewayShape.ReturnsUndisclosedContent(gatewayReturn, feature.GeneratesContent))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.GatewayReturnsRawContent,
                syntax.ReturnType.GetLocation(),
                gatewayName,
                feature.Id ?? string.Empty,
                method.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                DisclosedReturn(method.ReturnType, gatewayReturn)));
        }
    }

    /// <summary>The return type with <c>AiGenerated&lt;&gt;</c> around the result: <c>Task&lt;AiGenerated&lt;string&gt;&gt;</c>.</summary>
    private static string DisclosedReturn(ITypeSymbol returnType, GatewayReturn gatewayReturn)
    {
        var value = "AiGenerated<" + gatewayReturn.ValueType!.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ">";
        return gatewayReturn.Shape == GatewayReturnShape.Value ? value : returnType.Name + "<" + value + ">";
    }

    private static Location IdentifierLocation(MemberDeclarationSyntax? declaration, AiFeatureDeclaration feature) => declaration switch
    {
        MethodDeclarationSyntax method => method.Identifier.GetLocation(),
        PropertyDeclarationSyntax property => property.Identifier.GetLocation(),
        BaseTypeDeclarationSyntax type => type.Identifier.GetLocation(),
        _ => feature.Syntax.GetLocation(),
    };

    // ------------------------------------------------------------------ RAI3008

    private static void ReportConflicts(CompilationAnalysisContext context, ConcurrentBag<FeatureEntry> features)
    {
        // One entry per attribute application (a partial member's parts share their attributes), in source order.
        var ordered = features
            .GroupBy(f => (f.Location.SourceTree?.FilePath ?? string.Empty, f.Location.SourceSpan.Start))
            .Select(g => g.First())
            .OrderBy(f => f.Location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Location.SourceSpan.Start);

        var first = new Dictionary<string, FeatureEntry>(StringComparer.Ordinal);
        foreach (var feature in ordered)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!first.TryGetValue(feature.Id, out var reference))
            {
                first.Add(feature.Id, feature);
                continue;
            }

            if (feature.Differences(reference) is { } differences)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.FeatureIdConflict,
                    feature.Location,
                    new[] { reference.Location },
                    feature.Id,
                    Describe(reference.Location),
                    differences));
            }
        }
    }

    private static string Describe(Location location)
    {
        var span = location.GetLineSpan();
        var path = span.Path ?? string.Empty;
        var file = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        return $"{file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    /// <summary>One [AiFeature] application with its effective metadata, for RAI3008.</summary>
    private sealed record FeatureEntry(string Id, int Capability, string CapabilityName, string? Provider, bool GeneratesContent, string? Disclosure, bool PersonalData, Location Location)
    {
        /// <summary>What differs from <paramref name="other"/>, as "Capability is X here and Y there; ...", or null.</summary>
        public string? Differences(FeatureEntry other)
        {
            var parts = new List<string>();
            if (Capability != other.Capability)
            {
                parts.Add($"Capability is {CapabilityName} here and {other.CapabilityName} there");
            }

            if (!string.Equals(Provider, other.Provider, StringComparison.Ordinal))
            {
                parts.Add($"Provider is {Quote(Provider)} here and {Quote(other.Provider)} there");
            }

            if (GeneratesContent != other.GeneratesContent)
            {
                parts.Add($"GeneratesContent is {Bool(GeneratesContent)} here and {Bool(other.GeneratesContent)} there");
            }

            if (!string.Equals(Disclosure, other.Disclosure, StringComparison.Ordinal))
            {
                parts.Add($"Disclosure is {Quote(Disclosure)} here and {Quote(other.Disclosure)} there");
            }

            if (PersonalData != other.PersonalData)
            {
                parts.Add($"PersonalData is {Bool(PersonalData)} here and {Bool(other.PersonalData)} there");
            }

            return parts.Count == 0 ? null : string.Join("; ", parts);
        }

        private static string Quote(string? value) => value is null ? "not set" : "\"" + value + "\"";

        private static string Bool(bool value) => value ? "true" : "false";
    }
}
