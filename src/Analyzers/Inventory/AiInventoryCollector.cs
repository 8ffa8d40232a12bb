using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Configuration;
using ResponsibleAI.Analyzers.Gateways;

namespace ResponsibleAI.Analyzers.Inventory;

/// <summary>
/// Lists every AI call site of a compilation with the facts the rules decide about it, for the AI inventory tool (not
/// an analyzer: the compiler never loads it). It reuses the rules' own recognition and analyses
/// (<see cref="AiCompilationContext"/>, <see cref="GuardFlowAnalysis"/>, <see cref="TaintFlowAnalysis"/>) on every
/// member body that makes an AI call, whatever the rules' severities: a rule turned off in .editorconfig still leaves
/// its call sites and their guard status in the inventory.
/// </summary>
internal static class AiInventoryCollector
{
    /// <summary>
    /// Collects the features, AI call sites and gateways declared or made in <paramref name="trees"/> (the project's own
    /// source files: generated code is left out, as the rules leave it out).
    /// </summary>
    public static AiInventory Collect(Compilation compilation, IEnumerable<SyntaxTree> trees, ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var (configuration, configurationPath) = ReadConfiguration(additionalFiles, cancellationToken);
        var context = AiCompilationContext.Create(compilation, configuration, cancellationToken);
        if (context is null)
        {
            return AiInventory.Empty;
        }

        var declarations = new List<(InventoryDeclaration Declaration, AiFeatureArguments? Arguments, ConfigurationEntry? Entry)>();
        var gateways = new List<InventoryGateway>();
        var calls = new List<InventoryCall>();
        foreach (var tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot(cancellationToken);
            foreach (var node in root.DescendantNodesAndSelf(IsContainer))
            {
                CollectDeclaration(node, model, context, declarations, gateways, cancellationToken);

                // As in the rules: a body whose text names no AI call or gateway is not bound.
                if (!context.MayCallAi(node, cancellationToken))
                {
                    continue;
                }

                foreach (var (operation, owner) in ExecutableRoots(node, model, cancellationToken))
                {
                    CollectCalls(operation, owner, model, context, calls, cancellationToken);
                }
            }
        }

        foreach (var entry in configuration.Entries.Where(e => e.Kind == ConfigurationKind.Feature))
        {
            if (DocumentationCommentId.GetSymbolsForDeclarationId(entry.DocumentationId, compilation).Any())
            {
                declarations.Add((new InventoryDeclaration(entry.DocumentationId, true, configurationPath ?? ConfigurationFile.FileName, entry.LineNumber), null, entry));
            }
        }

        var features = declarations
            .GroupBy(d => d.Arguments?.Id ?? d.Entry?.FeatureId ?? d.Declaration.DocumentationId, StringComparer.Ordinal)
            .Select(group =>
            {
                var ordered = group.OrderBy(d => d.Declaration.FromConfiguration).ThenBy(d => d.Declaration.Path, StringComparer.Ordinal)
                    .ThenBy(d => d.Declaration.Line).ThenBy(d => d.Declaration.DocumentationId, StringComparer.Ordinal).ToList();
                var first = ordered[0];
                var declaredBy = ordered.Select(d => d.Declaration).Distinct().ToImmutableArray();
                if (first.Arguments is { } arguments)
                {
                    return new InventoryFeature(group.Key, arguments.Capability, arguments.Provider, arguments.GeneratesContent, arguments.PersonalData, arguments.Disclosure, declaredBy);
                }

                var entry = first.Entry!;
                var capability = entry.Capability ?? Catalog.AiCapability.Other;
                return new InventoryFeature(group.Key, capability, entry.Provider, entry.GeneratesContent ?? Catalog.AiCapabilityFacts.GeneratesContentByDefault(capability),
                    entry.PersonalData ?? true, null, declaredBy);
            })
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToImmutableArray();

        return new AiInventory(
            features,
            calls.OrderBy(c => c.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(c => c.Location.SourceSpan.Start).ToImmutableArray(),
            gateways.OrderBy(g => g.FeatureId, StringComparer.Ordinal).ThenBy(g => g.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(g => g.Location.SourceSpan.Start).ToImmutableArray());
    }

    private static (ConfigurationFile Configuration, string? Path) ReadConfiguration(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var configuration = ConfigurationFile.Empty;
        string? path = null;
        foreach (var file in additionalFiles.Where(ConfigurationFile.IsConfigurationFile).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (file.GetText(cancellationToken) is { } text)
            {
                var parsed = ConfigurationFile.Parse(text);
                configuration = new ConfigurationFile(configuration.Entries.AddRange(parsed.Entries), configuration.Errors.AddRange(parsed.Errors));
                path ??= file.Path;
            }
        }

        return (configuration, path);
    }

    // ------------------------------------------------------------------ declarations

    private static bool IsContainer(SyntaxNode node) =>
        node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax
            or BasePropertyDeclarationSyntax or AccessorListSyntax or BaseFieldDeclarationSyntax or VariableDeclarationSyntax;

    private static void CollectDeclaration(
        SyntaxNode node,
        SemanticModel model,
        AiCompilationContext context,
        List<(InventoryDeclaration, AiFeatureArguments?, ConfigurationEntry?)> declarations,
        List<InventoryGateway> gateways,
        CancellationToken cancellationToken)
    {
        if (context.AiFeatureAttribute is null || node is not (BaseTypeDeclarationSyntax or MethodDeclarationSyntax or BasePropertyDeclarationSyntax))
        {
            return;
        }

        if (model.GetDeclaredSymbol(node, cancellationToken) is not { } symbol)
        {
            return;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, context.AiFeatureAttribute)
                || attribute.ApplicationSyntaxReference is not { } reference
                || reference.SyntaxTree != node.SyntaxTree
                || !node.Span.Contains(reference.Span))
            {
                continue; // an attribute on the other part of a partial declaration is collected there
            }

            var arguments = AiFeatureArguments.Read(attribute);
            if (arguments.Id is null)
            {
                continue; // RAI3009 reports it; the generator leaves it out of the registry too
            }

            var location = reference.GetSyntax(cancellationToken).GetLocation().GetLineSpan();
            var id = DocumentationCommentId.CreateDeclarationId(symbol) ?? symbol.ToDisplayString();
            if (symbol is not IMethodSymbol { MethodKind: MethodKind.Conversion } && id.IndexOf('~') is var tilde and > 0)
            {
                id = id.Substring(0, tilde); // the form the registry's DeclaredBy and ResponsibleAI.txt use: no return type
            }

            declarations.Add((new InventoryDeclaration(id, false, location.Path, location.StartLinePosition.Line + 1), arguments, null));
            if (symbol is IMethodSymbol method && context.GetGateway(method) is not null)
            {
                gateways.Add(new InventoryGateway(arguments.Id, method, arguments.Implementation, node.GetLocation()));
            }
        }
    }

    // ------------------------------------------------------------------ call sites

    /// <summary>The executable roots a declaration holds (a body, an expression body, an initializer) and the member they belong to.</summary>
    private static IEnumerable<(IOperation Operation, ISymbol Owner)> ExecutableRoots(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case CompilationUnitSyntax unit when unit.Members.OfType<GlobalStatementSyntax>().FirstOrDefault() is { } first:
                if (model.GetOperation(unit, cancellationToken) is { } topLevel && model.GetEnclosingSymbol(first.SpanStart, cancellationToken) is { } main)
                {
                    yield return (topLevel, main);
                }

                break;
            case BaseMethodDeclarationSyntax method when method.Body is not null || method.ExpressionBody is not null:
            case AccessorDeclarationSyntax accessor when accessor.Body is not null || accessor.ExpressionBody is not null:
                if (model.GetOperation(node, cancellationToken) is { } body && model.GetDeclaredSymbol(node, cancellationToken) is { } owner)
                {
                    yield return (body, owner);
                }

                break;
            case BasePropertyDeclarationSyntax property:
                if (model.GetDeclaredSymbol(property, cancellationToken) is IPropertySymbol symbol)
                {
                    var arrow = property switch
                    {
                        PropertyDeclarationSyntax p => p.ExpressionBody,
                        IndexerDeclarationSyntax i => i.ExpressionBody,
                        _ => null,
                    };
                    if (arrow is not null && model.GetOperation(arrow, cancellationToken) is { } getter)
                    {
                        yield return (getter, (ISymbol?)symbol.GetMethod ?? symbol);
                    }

                    if (property is PropertyDeclarationSyntax { Initializer: { } initializer } && model.GetOperation(initializer, cancellationToken) is { } value)
                    {
                        yield return (value, symbol);
                    }
                }

                break;
            case VariableDeclaratorSyntax { Initializer: { } fieldInitializer } declarator when declarator.Parent?.Parent is BaseFieldDeclarationSyntax:
                if (model.GetOperation(fieldInitializer, cancellationToken) is { } initial && model.GetDeclaredSymbol(declarator, cancellationToken) is { } field)
                {
                    yield return (initial, field);
                }

                break;
        }
    }

    private static ControlFlowGraph? CreateGraph(IOperation operation, CancellationToken cancellationToken) => operation switch
    {
        IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
        IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, cancellationToken),
        IFieldInitializerOperation field => ControlFlowGraph.Create(field, cancellationToken),
        IPropertyInitializerOperation property => ControlFlowGraph.Create(property, cancellationToken),
        IBlockOperation { Parent: null } block => ControlFlowGraph.Create(block, cancellationToken),
        _ => null,
    };

    private static void CollectCalls(IOperation root, ISymbol owner, SemanticModel model, AiCompilationContext context, List<InventoryCall> calls, CancellationToken cancellationToken)
    {
        // The cheap scan first: most bodies make no AI call, and get no graph.
        var gatewayCalls = new List<(IInvocationOperation Invocation, AiCallInfo Gateway)>();
        var hasAiCall = false;
        var hasGuardCall = false;
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    if (context.GetGateway(invocation.TargetMethod) is { } gateway)
                    {
                        gatewayCalls.Add((invocation, gateway));
                    }

                    hasAiCall |= context.GetAiCall(invocation, model, cancellationToken) is not null;
                    hasGuardCall |= context.GetGuard(invocation.TargetMethod) is not null;
                    break;
                case IPropertyReferenceOperation property:
                    hasAiCall |= context.GetAiCall(property.Property) is not null;
                    hasGuardCall |= context.GetGuard(property.Property) is not null;
                    break;
                case IMethodReferenceOperation reference:
                    hasAiCall |= context.GetAiCall(reference.Method) is not null;
                    break;
            }
        }

        if (!hasAiCall && gatewayCalls.Count == 0)
        {
            return;
        }

        var graph = CreateGraph(root, cancellationToken);
        if (graph is null)
        {
            return;
        }

        // The same decisions as RAI1001/RAI1002 (duty moves to callers) and RAI1003 (returning is not an exit).
        var carriesFeature = context.CarriesAiFeature(owner);
        var gate = carriesFeature && context.IsSdkImplementationOnly(owner) && hasGuardCall;
        var delegated = (carriesFeature && !gate) || context.IsFeatureHelper(owner, cancellationToken) || context.IsRegisteredMiddleware(owner, cancellationToken);
        var returnIsSink = !carriesFeature && !context.IsFeatureHelper(owner, cancellationToken)
                           && !context.IsWorkflowExecutorMember(owner) && !context.IsRegisteredMiddleware(owner, cancellationToken);
        var withinFeature = OwningFeature(owner, context);

        var sinks = new Dictionary<SyntaxNode, List<InventorySink>>();
        foreach (var sink in TaintFlowAnalysis.Run(graph, returnIsSink, context, cancellationToken))
        {
            if (sink.Taint.Source is { } source)
            {
                if (!sinks.TryGetValue(source.Call, out var list))
                {
                    sinks[source.Call] = list = new List<InventorySink>();
                }

                var location = sink.ReportedNode.GetLocation();
                if (!list.Any(s => s.Kind == sink.Kind && s.Location == location))
                {
                    list.Add(new InventorySink(sink.Kind, sink.Target, location));
                }
            }
        }

        var seen = new HashSet<SyntaxNode>();
        if (hasAiCall)
        {
            foreach (var call in GuardFlowAnalysis.Run(graph, Facts.None, context, cancellationToken))
            {
                if (!seen.Add(call.Operation.Syntax))
                {
                    continue;
                }

                var duty = call.Call.PersonalData
                           && !(call.Operation is IInvocationOperation invocation && context.SendsOnlyConstants(invocation, call.Call, model, cancellationToken));
                var callSinks = SinksOf(call.Operation.Syntax, sinks);
                calls.Add(new InventoryCall(
                    call.Operation.Syntax.GetLocation(),
                    owner,
                    call.Call,
                    withinFeature,
                    IsGateway: false,
                    Status(call.Facts, Facts.Consent, delegated, duty),
                    Status(call.Facts, Facts.NotOptedOut, delegated, duty),
                    Disclosure(callSinks, returnIsSink, call.Call.GeneratesContent),
                    callSinks.Any(s => s.Kind == SinkKind.ReviewRequired),
                    callSinks));
            }
        }

        foreach (var (invocation, gateway) in gatewayCalls)
        {
            if (seen.Add(invocation.Syntax))
            {
                var callSinks = SinksOf(invocation.Syntax, sinks);
                calls.Add(new InventoryCall(invocation.Syntax.GetLocation(), owner, gateway, withinFeature, IsGateway: true,
                    InventoryGuardStatus.Gateway, InventoryGuardStatus.Gateway, InventoryDisclosureStatus.Gateway,
                    callSinks.Any(s => s.Kind == SinkKind.ReviewRequired), callSinks));
            }
        }
    }

    private static ImmutableArray<InventorySink> SinksOf(SyntaxNode call, Dictionary<SyntaxNode, List<InventorySink>> sinks) =>
        sinks.TryGetValue(call, out var list)
            ? list.OrderBy(s => s.Location.SourceSpan.Start).ThenBy(s => s.Kind).ToImmutableArray()
            : ImmutableArray<InventorySink>.Empty;

    private static InventoryGuardStatus Status(Facts facts, Facts fact, bool delegated, bool duty) =>
        delegated ? InventoryGuardStatus.Callers
        : (facts & fact) != 0 ? InventoryGuardStatus.Checked
        : duty ? InventoryGuardStatus.Missing
        : InventoryGuardStatus.NotRequired;

    private static InventoryDisclosureStatus Disclosure(ImmutableArray<InventorySink> sinks, bool returnIsSink, bool generatesContent) =>
        sinks.Any(s => s.Kind != SinkKind.ReviewRequired) ? InventoryDisclosureStatus.Undisclosed
        : !generatesContent ? InventoryDisclosureStatus.NotContent
        : !returnIsSink ? InventoryDisclosureStatus.Callers
        : InventoryDisclosureStatus.Disclosed;

    /// <summary>The feature the member belongs to: declared on it, on what it implements or overrides, on its type, or the gateway it implements.</summary>
    private static string? OwningFeature(ISymbol owner, AiCompilationContext context)
    {
        var member = owner is IMethodSymbol { AssociatedSymbol: IPropertySymbol property } ? property : owner;
        var declared = member switch
        {
            IMethodSymbol method => context.GetAiCall(method),
            IPropertySymbol p => context.GetAiCall(p),
            _ => null,
        };
        if (declared is { Origin: not AiCallOrigin.Catalog, FeatureId: { } id })
        {
            return id;
        }

        for (var type = member.ContainingType; type is not null && context.AiFeatureAttribute is { } attributeType; type = type.ContainingType)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType) && AiFeatureArguments.Read(attribute).Id is { } typeId)
                {
                    return typeId;
                }
            }
        }

        return null;
    }
}
