using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ResponsibleAI.Analyzers.Catalog;
using ResponsibleAI.Analyzers.Configuration;
using ResponsibleAI.Analyzers.Gateways;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// Everything the rules need to know about one compilation, resolved once at compilation start:
/// the attribute types, the catalog rows whose SDK is referenced, and the configuration entries that name
/// something in this compilation. Answers "is this an AI call", "is this a guard" and "does this member carry
/// [AiFeature]", memoised per symbol (per-compilation state only; nothing static is mutable).
/// </summary>
internal sealed class AiCompilationContext
{
    private readonly INamedTypeSymbol? _aiFeatureAttribute;
    private readonly INamedTypeSymbol? _consentGuardAttribute;
    private readonly INamedTypeSymbol? _optOutGuardAttribute;
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, CatalogEntry>> _catalog;
    private readonly Dictionary<ISymbol, ConfigurationEntry> _configuredFeatures;
    private readonly Dictionary<ISymbol, Facts> _configuredGuards;
    private readonly INamedTypeSymbol? _task;
    private readonly INamedTypeSymbol? _taskOfT;
    private readonly INamedTypeSymbol? _valueTask;
    private readonly INamedTypeSymbol? _valueTaskOfT;
    private readonly ConcurrentDictionary<ISymbol, AiCallInfo?> _callCache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, GuardInfo?> _guardCache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _featureContextCache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _featureHelperCache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _middlewareCache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _disclosedReturnsCache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _toolReadsNoDataCache = new(SymbolEqualityComparer.Default);
    private HashSet<ITypeSymbol>? _disclosureTypes;
    private readonly ConcurrentDictionary<INamespaceSymbol, bool> _sdkNamespaceCache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, AiCallInfo?> _gatewayCache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxNode, bool> _callSiteCache = new();
    private readonly ConcurrentDictionary<SyntaxNode, bool> _constantInputsCache = new();
    private readonly NameTable _aiCallNames;
    private readonly ConcurrentDictionary<SyntaxNode, bool> _mayCallAiCache = new();
    private readonly HashSet<INamedTypeSymbol> _historyTypes;
    private readonly HashSet<INamedTypeSymbol> _statefulReceivers;
    private readonly INamedTypeSymbol? _disclosureAttribute;
    private readonly INamedTypeSymbol? _humanReviewAttribute;
    private readonly INamedTypeSymbol? _reviewRequiredAttribute;
    private readonly INamedTypeSymbol? _aiGeneratedOfT;
    private readonly Dictionary<ConfigurationKind, HashSet<ISymbol>> _configured;
    private readonly Dictionary<INamedTypeSymbol, (HashSet<string> Members, string Description)> _outputSinks;

    private AiCompilationContext(
        Compilation compilation,
        Dictionary<INamedTypeSymbol, Dictionary<string, CatalogEntry>> catalog,
        Dictionary<ISymbol, ConfigurationEntry> configuredFeatures,
        Dictionary<ISymbol, Facts> configuredGuards,
        Dictionary<ConfigurationKind, HashSet<ISymbol>> configured,
        Dictionary<INamedTypeSymbol, (HashSet<string> Members, string Description)> outputSinks,
        CancellationToken cancellationToken)
    {
        Compilation = compilation;
        _catalog = catalog;
        _configuredFeatures = configuredFeatures;
        _configuredGuards = configuredGuards;
        _configured = configured;
        _outputSinks = outputSinks;
        _disclosureAttribute = compilation.GetTypeByMetadataName("ResponsibleAI.AiDisclosureAttribute");
        _humanReviewAttribute = compilation.GetTypeByMetadataName("ResponsibleAI.HumanReviewAttribute");
        _reviewRequiredAttribute = compilation.GetTypeByMetadataName("ResponsibleAI.HumanReviewRequiredAttribute");
        _aiGeneratedOfT = compilation.GetTypeByMetadataName("ResponsibleAI.AiGenerated`1");
        _aiFeatureAttribute = compilation.GetTypeByMetadataName("ResponsibleAI.AiFeatureAttribute");
        _consentGuardAttribute = compilation.GetTypeByMetadataName("ResponsibleAI.AiConsentGuardAttribute");
        _optOutGuardAttribute = compilation.GetTypeByMetadataName("ResponsibleAI.AiOptOutGuardAttribute");
        _task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        _taskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        _valueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        _valueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        _historyTypes = Resolve(compilation, ConversationCatalog.HistoryTypes);
        _statefulReceivers = Resolve(compilation, ConversationCatalog.StatefulReceivers);
        _aiCallNames = new NameTable(AiCallVocabulary.Create(compilation, catalog, configuredFeatures.Keys, _aiFeatureAttribute is not null, cancellationToken).Select(static name => (name, 1)));
    }

    private static HashSet<INamedTypeSymbol> Resolve(Compilation compilation, IEnumerable<string> metadataNames)
    {
        var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in metadataNames)
        {
            foreach (var type in compilation.GetTypesByMetadataName(name))
            {
                types.Add(type);
            }
        }

        return types;
    }

    public Compilation Compilation { get; }

    /// <summary>The attribute type, for code fixes and messages; null when ResponsibleAI.Attributes is not referenced.</summary>
    public INamedTypeSymbol? AiFeatureAttribute => _aiFeatureAttribute;

    /// <summary>
    /// Resolves the compilation's AI surface. Returns null when nothing AI-related is referenced: no catalog SDK,
    /// no ResponsibleAI attributes, no resolvable configuration entry. Then the rules register nothing more.
    /// </summary>
    public static AiCompilationContext? Create(Compilation compilation, ConfigurationFile configuration, CancellationToken cancellationToken)
    {
        var catalog = new Dictionary<INamedTypeSymbol, Dictionary<string, CatalogEntry>>(SymbolEqualityComparer.Default);
        foreach (var entry in AiSdkCatalog.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var type in compilation.GetTypesByMetadataName(entry.TypeMetadataName))
            {
                if (!catalog.TryGetValue(type, out var members))
                {
                    members = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
                    catalog.Add(type, members);
                }

                foreach (var member in entry.Members)
                {
                    members[member] = entry;
                }
            }
        }

        var outputSinks = new Dictionary<INamedTypeSymbol, (HashSet<string> Members, string Description)>(SymbolEqualityComparer.Default);
        foreach (var entry in OutputSinkCatalog.Entries)
        {
            foreach (var type in compilation.GetTypesByMetadataName(entry.TypeMetadataName))
            {
                outputSinks[type] = (new HashSet<string>(entry.Members, StringComparer.Ordinal), entry.Description);
            }
        }

        var features = new Dictionary<ISymbol, ConfigurationEntry>(SymbolEqualityComparer.Default);
        var guards = new Dictionary<ISymbol, Facts>(SymbolEqualityComparer.Default);
        var configured = new Dictionary<ConfigurationKind, HashSet<ISymbol>>();
        foreach (var entry in configuration.Entries)
        {
            // An ID that names nothing here is ignored: a shared file may name libraries this project does not use.
            foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(entry.DocumentationId, compilation))
            {
                switch (entry.Kind)
                {
                    case ConfigurationKind.Disclosure or ConfigurationKind.HumanReview or ConfigurationKind.ReviewRequired or ConfigurationKind.OutputSink:
                        if (!configured.TryGetValue(entry.Kind, out var set))
                        {
                            configured[entry.Kind] = set = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                        }

                        set.Add(symbol);
                        break;
                    case ConfigurationKind.Feature:
                        features[symbol] = entry;
                        break;
                    case ConfigurationKind.ConsentGuard:
                        guards[symbol] = (guards.TryGetValue(symbol, out var f1) ? f1 : Facts.None) | Facts.Consent;
                        break;
                    default:
                        guards[symbol] = (guards.TryGetValue(symbol, out var f2) ? f2 : Facts.None) | Facts.NotOptedOut;
                        break;
                }
            }
        }

        var context = new AiCompilationContext(compilation, catalog, features, guards, configured, outputSinks, cancellationToken);
        return catalog.Count == 0 && features.Count == 0 && guards.Count == 0
               && context._aiFeatureAttribute is null && context._consentGuardAttribute is null && context._optOutGuardAttribute is null
            ? null
            : context;
    }

    // ------------------------------------------------------------------ AI calls

    /// <summary>
    /// Whether a code block may make an AI call or call a gateway: it mentions a name an AI call can be written with
    /// (<see cref="AiCallVocabulary"/>). Decided from syntax, once per block for the rules that share this context; only
    /// then is the block bound.
    /// </summary>
    public bool MayCallAi(SyntaxNode codeBlock, CancellationToken cancellationToken) =>
        _mayCallAiCache.GetOrAdd(codeBlock, block =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return SourceScan.Scan(block, _aiCallNames) != 0;
        });

    /// <summary>The AI call a method invocation makes, or null. Handles reduced extensions, generics, overrides and interface implementations.</summary>
    public AiCallInfo? GetAiCall(IMethodSymbol method)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        if (method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet && method.AssociatedSymbol is IPropertySymbol property)
        {
            return GetAiCall(property);
        }

        return Memoize(_callCache, method, ComputeAiCall);
    }

    /// <summary>
    /// The AI call an invocation makes, or null: <see cref="GetAiCall(IMethodSymbol)"/>, and for a catalog member that
    /// reaches a model only in some uses (a Semantic Kernel function, a workflow run, a vector search, an evaluator) the
    /// decision at this call site. <paramref name="semanticModel"/> maps an operation of a control-flow graph back to the
    /// original operation tree (operations from analyzer callbacks carry their own).
    /// </summary>
    public AiCallInfo? GetAiCall(IInvocationOperation invocation, SemanticModel? semanticModel, CancellationToken cancellationToken)
    {
        var call = GetAiCall(invocation.TargetMethod);
        if (call is null || call.Condition == CallCondition.Always)
        {
            return call;
        }

        var syntax = invocation.Syntax;
        if (!_callSiteCache.TryGetValue(syntax, out var isAiCall))
        {
            var original = invocation.SemanticModel is not null ? invocation : (semanticModel ?? invocation.SemanticModel)?.GetOperation(syntax, cancellationToken) as IInvocationOperation;
            isAiCall = original is null || CallConditions.IsAiCall(call.Condition, original, cancellationToken);
            _callSiteCache.TryAdd(syntax, isAiCall);
        }

        return isAiCall ? call : null;
    }

    /// <summary>
    /// "No one's data, no consent duty": true when every input of the AI call <paramref name="invocation"/> is a constant
    /// or built only from constants (<see cref="ConstantInputs"/>). Memoised per call site.
    /// </summary>
    public bool SendsOnlyConstants(IInvocationOperation invocation, AiCallInfo call, SemanticModel? semanticModel, CancellationToken cancellationToken)
    {
        var syntax = invocation.Syntax;
        if (!_constantInputsCache.TryGetValue(syntax, out var constant))
        {
            var original = invocation.SemanticModel is not null ? invocation : (semanticModel ?? invocation.SemanticModel)?.GetOperation(syntax, cancellationToken) as IInvocationOperation;
            constant = original is not null && ConstantInputs.OnlyConstants(this, original, call, cancellationToken);
            _constantInputsCache.TryAdd(syntax, constant);
        }

        return constant;
    }

    /// <summary>The AI call reading or writing a property makes ([AiFeature] on the property or its type), or null.</summary>
    public AiCallInfo? GetAiCall(IPropertySymbol property)
    {
        property = property.OriginalDefinition;
        return Memoize(_callCache, property, ComputeAiCall);
    }

    /// <summary>The member itself, then each member it overrides; for each, the interface members it implements.</summary>
    private AiCallInfo? ComputeAiCall(ISymbol member)
    {
        for (var current = member; current is not null; current = Overridden(current))
        {
            if (DirectAiCall(current) is { } direct)
            {
                return direct;
            }

            foreach (var implemented in ImplementedInterfaceMembers(current))
            {
                if (DirectAiCall(implemented) is { } info)
                {
                    return info;
                }
            }
        }

        return null;
    }

    private AiCallInfo? DirectAiCall(ISymbol member) => member switch
    {
        IMethodSymbol method => DirectAiCall(method),
        IPropertySymbol property => DeclaredAiCall(property, coveredByType: true),
        _ => null,
    };

    private AiCallInfo? DirectAiCall(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        // A declaration (attribute or 'feature' line) wins over the catalog: it names the feature and its capability.
        if (DeclaredAiCall(method, IsFeatureMemberKind(method)) is { } declared)
        {
            return declared;
        }

        if (_catalog.TryGetValue(type.OriginalDefinition, out var members) && members.TryGetValue(method.Name, out var entry))
        {
            return new AiCallInfo($"{type.Name}.{method.Name}", null, entry.Capability, entry.GeneratesContent, entry.Sdk, AiCallOrigin.Catalog, Condition: entry.Condition);
        }

        return null;
    }

    /// <summary>[AiFeature] on the member or (for non-private members) on a containing type; or a configuration 'feature' line.</summary>
    private AiCallInfo? DeclaredAiCall(ISymbol member, bool coveredByType)
    {
        if (_configuredFeatures.TryGetValue(member, out var configured))
        {
            return FromConfiguration(member, configured);
        }

        if (FindAiFeature(member) is { } attribute)
        {
            // A generated gateway guards itself and discloses its output: calling it is not an AI call to guard.
            return IsGateway(member, attribute) ? null : FromAttribute(member, attribute);
        }

        // The implementation method of a gateway is part of the feature: calling it directly is an AI call.
        if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } candidate && GatewayImplementedBy(candidate) is { } gatewayAttribute)
        {
            return FromAttribute(member, gatewayAttribute);
        }

        if (!coveredByType || member.DeclaredAccessibility == Accessibility.Private)
        {
            return null;
        }

        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            if (_configuredFeatures.TryGetValue(type.OriginalDefinition, out var typeEntry))
            {
                return FromConfiguration(member, typeEntry);
            }

            if (FindAiFeature(type) is { } typeAttribute)
            {
                return FromAttribute(member, typeAttribute);
            }
        }

        return null;
    }

    /// <summary>The feature of a generated gateway (not an AI call to guard, but its output is still AI output), or null.</summary>
    public AiCallInfo? GetGateway(IMethodSymbol method)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        if (method.PartialDefinitionPart is { } definition)
        {
            method = definition;
        }

        // Asked for every invocation the output rules see: memoised like GetAiCall.
        return Memoize(_gatewayCache, method, m => FindAiFeature(m) is { } attribute && IsGateway(m, attribute) ? FromAttribute(m, attribute) : null);
    }

    /// <summary>A partial method whose [AiFeature] names an Implementation: the generator writes its guarded, disclosed body.</summary>
    private static bool IsGateway(ISymbol member, AttributeData attribute) =>
        member is IMethodSymbol method
        && (method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null || IsPartialDeclaration(method))
        && AiFeatureArguments.Read(attribute).NamesImplementation;

    private static bool IsPartialDeclaration(IMethodSymbol method) =>
        method.DeclaringSyntaxReferences.Any(static r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax declaration
            && declaration.Modifiers.Any(static m => m.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.PartialKeyword)));

    /// <summary>The [AiFeature] of the gateway that names <paramref name="method"/> as its Implementation, if any.</summary>
    private AttributeData? GatewayImplementedBy(IMethodSymbol method)
    {
        if (_aiFeatureAttribute is null || method.ContainingType is not { } type)
        {
            return null;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol gateway && !SymbolEqualityComparer.Default.Equals(gateway, method) && FindAiFeature(gateway) is { } attribute
                && AiFeatureArguments.Read(attribute).Implementation == method.Name
                && IsGateway(gateway, attribute))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>"Every public method and property of the type": ordinary methods only, not constructors, operators, object overrides or Dispose.</summary>
    private static bool IsFeatureMemberKind(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.IsImplicitlyDeclared)
        {
            return false;
        }

        return method.Name is not ("ToString" or "Equals" or "GetHashCode" or "Dispose" or "DisposeAsync" or "Deconstruct" or "PrintMembers");
    }

    private AttributeData? FindAiFeature(ISymbol symbol)
    {
        if (_aiFeatureAttribute is null)
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _aiFeatureAttribute))
            {
                return attribute;
            }
        }

        return null;
    }

    private static AiCallInfo FromAttribute(ISymbol member, AttributeData attribute)
    {
        var arguments = AiFeatureArguments.Read(attribute);
        return new AiCallInfo(Display(member), arguments.Id, arguments.Capability, arguments.GeneratesContent, arguments.Provider, AiCallOrigin.Attribute, arguments.PersonalData);
    }

    private static AiCallInfo FromConfiguration(ISymbol member, ConfigurationEntry entry)
    {
        var capability = entry.Capability ?? AiCapability.Other;
        return new AiCallInfo(Display(member), entry.FeatureId, capability,
            entry.GeneratesContent ?? AiCapabilityFacts.GeneratesContentByDefault(capability), entry.Provider, AiCallOrigin.Configuration, entry.PersonalData ?? true);
    }

    private static string Display(ISymbol member) =>
        member.ContainingType is { } type ? $"{type.Name}.{member.Name}" : member.Name;

    // ------------------------------------------------------------------ guards

    /// <summary>The guard a method is, or null: [AiConsentGuard]/[AiOptOutGuard] on it, on what it overrides or implements, or a configuration line.</summary>
    public GuardInfo? GetGuard(IMethodSymbol method)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        if (_consentGuardAttribute is null && _optOutGuardAttribute is null && _configuredGuards.Count == 0)
        {
            return null;
        }

        return Memoize(_guardCache, method, m => ComputeGuard(m, ((IMethodSymbol)m).ReturnType));
    }

    /// <summary>The guard a property is, or null.</summary>
    public GuardInfo? GetGuard(IPropertySymbol property)
    {
        property = property.OriginalDefinition;
        if (_consentGuardAttribute is null && _optOutGuardAttribute is null && _configuredGuards.Count == 0)
        {
            return null;
        }

        return Memoize(_guardCache, property, p => ComputeGuard(p, ((IPropertySymbol)p).Type));
    }

    private GuardInfo? ComputeGuard(ISymbol member, ITypeSymbol returnType)
    {
        var facts = Facts.None;
        for (var current = member; current is not null && facts == Facts.None; current = Overridden(current))
        {
            facts |= DirectGuardFacts(current);
            foreach (var implemented in ImplementedInterfaceMembers(current))
            {
                facts |= DirectGuardFacts(implemented);
            }
        }

        return facts == Facts.None ? null : new GuardInfo(facts, IsBooleanResult(returnType));
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod?.OriginalDefinition,
        IPropertySymbol property => property.OverriddenProperty?.OriginalDefinition,
        _ => null,
    };

    private Facts DirectGuardFacts(ISymbol member)
    {
        var facts = _configuredGuards.TryGetValue(member, out var configured) ? configured : Facts.None;
        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _consentGuardAttribute))
            {
                facts |= Facts.Consent;
            }
            else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _optOutGuardAttribute))
            {
                facts |= Facts.NotOptedOut;
            }
        }

        return facts;
    }

    /// <summary>bool, Task&lt;bool&gt; or ValueTask&lt;bool&gt; (nullable bool counts as bool).</summary>
    public bool IsBooleanResult(ITypeSymbol type)
    {
        if (IsBoolean(type))
        {
            return true;
        }

        return type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
               && (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _taskOfT) || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _valueTaskOfT))
               && IsBoolean(named.TypeArguments[0]);
    }

    /// <summary>Task, ValueTask or their generic forms: a throwing guard of this type only counts once awaited.</summary>
    public bool IsAwaitable(ITypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        return SymbolEqualityComparer.Default.Equals(definition, _task) || SymbolEqualityComparer.Default.Equals(definition, _taskOfT)
            || SymbolEqualityComparer.Default.Equals(definition, _valueTask) || SymbolEqualityComparer.Default.Equals(definition, _valueTaskOfT);
    }

    private static bool IsBoolean(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Boolean
        || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean;

    // ------------------------------------------------------------------ feature context

    /// <summary>
    /// True when code inside <paramref name="member"/> needs no guard because the duty moved to its callers:
    /// the member (or, for an accessor, its property) has [AiFeature], overrides or implements a member that has it,
    /// a containing type has it, or a configuration 'feature' line names it.
    /// </summary>
    public bool CarriesAiFeature(ISymbol member)
    {
        return Memoize(_featureContextCache, member, ComputeCarriesAiFeature);
    }

    private bool ComputeCarriesAiFeature(ISymbol member)
    {
        if (member is IMethodSymbol { AssociatedSymbol: IPropertySymbol associated } && CarriesAiFeature(associated))
        {
            return true;
        }

        // A member that is itself an AI call for its callers (it implements or overrides a catalog member, e.g. an
        // IChatClient middleware, or is declared a feature) passes the duty on: calls inside it need no guard.
        var isAiMember = member switch
        {
            IMethodSymbol { MethodKind: MethodKind.Ordinary } method => GetAiCall(method) is not null,
            IPropertySymbol property => GetAiCall(property) is not null,
            _ => false,
        };
        if (isAiMember)
        {
            return true;
        }

        if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } implementation && GatewayImplementedBy(implementation) is not null)
        {
            return true; // the implementation of a gateway: its raw AI calls are the feature's, guarded by the gateway
        }

        for (var current = member; current is not null; current = Overridden(current))
        {
            if (HasFeatureDeclaration(current) || (!ReferenceEquals(current, member) && HasFeatureDeclaration(current.ContainingType.OriginalDefinition)))
            {
                return true;
            }

            foreach (var implemented in ImplementedInterfaceMembers(current))
            {
                if (HasFeatureDeclaration(implemented) || HasFeatureDeclaration(implemented.ContainingType.OriginalDefinition))
                {
                    return true;
                }
            }
        }

        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            if (HasFeatureDeclaration(type.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A private helper of AI members: a private method whose every use in its type is inside members that carry the duty
    /// (an <c>IChatClient</c> middleware's overrides, [AiFeature] members), directly or through other such helpers. Its AI
    /// calls are theirs: they need no guard, and what it returns goes back to them. Asked only for members that make AI
    /// calls; found by name in the type's declarations (over-approximating the uses), so a use it cannot attribute keeps the
    /// helper an ordinary member.
    /// </summary>
    public bool IsFeatureHelper(ISymbol member, CancellationToken cancellationToken) =>
        member is IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Private } method
        && Memoize(_featureHelperCache, method, m => ComputeIsFeatureHelper((IMethodSymbol)m, new HashSet<ISymbol>(SymbolEqualityComparer.Default), cancellationToken));

    private bool ComputeIsFeatureHelper(IMethodSymbol method, HashSet<ISymbol> visiting, CancellationToken cancellationToken)
    {
        if (method.ContainingType is not { } type)
        {
            return false;
        }

        if (!visiting.Add(method))
        {
            return true; // a cycle of helpers adds no other caller
        }

        var members = new Dictionary<SyntaxNode, ISymbol>();
        foreach (var candidate in type.GetMembers())
        {
            foreach (var reference in candidate.DeclaringSyntaxReferences)
            {
                members[reference.GetSyntax(cancellationToken)] = candidate;
            }
        }

        var uses = 0;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var name in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax>())
            {
                if (name.Identifier.ValueText != method.Name)
                {
                    continue;
                }

                ISymbol? caller = null;
                for (SyntaxNode? node = name; node is not null && caller is null; node = node.Parent)
                {
                    if (node is Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax)
                    {
                        break; // a use in a nested type or outside any member
                    }

                    members.TryGetValue(node, out caller);
                }

                if (caller is null)
                {
                    return false;
                }

                if (SymbolEqualityComparer.Default.Equals(caller, method))
                {
                    continue; // recursion
                }

                var callerIsFeature = CarriesAiFeature(caller)
                    || caller is IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Private } privateCaller
                    && ComputeIsFeatureHelper(privateCaller, visiting, cancellationToken);
                if (!callerIsFeature)
                {
                    return false;
                }

                uses++;
            }
        }

        return uses > 0;
    }

    /// <summary>
    /// A delegate registered as middleware on an AI client or agent builder (<c>agent.AsBuilder().Use(PiiFilter, null)</c>,
    /// <c>chatClient.AsBuilder().Use(async (messages, options, next, ct) => ...)</c>): it runs inside the client, between
    /// its callers and the model, like a <c>DelegatingChatClient</c>. <paramref name="function"/> is the lambda or method
    /// reference passed to the registration.
    /// </summary>
    public bool IsMiddlewareRegistration(IOperation function)
    {
        IOperation? current = function.Parent;
        while (current is IDelegateCreationOperation or IConversionOperation or IArgumentOperation)
        {
            current = current.Parent;
        }

        return current is IInvocationOperation { TargetMethod: { Name: "Use" } use } && IsAiSdkNamespace(use.ContainingType?.ContainingNamespace);
    }

    /// <summary>
    /// A method of its type registered as middleware by name (<c>.Use(PiiFilter, null)</c>, found in the type's
    /// declarations): like <see cref="IsMiddlewareRegistration"/>, its AI calls are the client's, not its own.
    /// </summary>
    public bool IsRegisteredMiddleware(ISymbol member, CancellationToken cancellationToken) =>
        member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && _catalog.Count > 0
        && Memoize(_middlewareCache, method, m => ComputeIsRegisteredMiddleware(m, cancellationToken));

    private static bool ComputeIsRegisteredMiddleware(ISymbol method, CancellationToken cancellationToken)
    {
        if (method.ContainingType is not { } type)
        {
            return false;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var invocation in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>())
            {
                if (invocation.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Use" }
                    && invocation.ArgumentList.Arguments.Any(a => a.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax name && name.Identifier.ValueText == method.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="member"/> carries the duty only because it implements or overrides an SDK member of the
    /// catalog (IChatClient middleware), not through any [AiFeature] or 'feature' declaration.
    /// </summary>
    public bool IsSdkImplementationOnly(ISymbol member)
    {
        var call = member switch
        {
            IMethodSymbol { MethodKind: MethodKind.Ordinary } method => GetAiCall(method),
            IMethodSymbol { AssociatedSymbol: IPropertySymbol property } => GetAiCall(property),
            _ => null,
        };
        if (call is not { Origin: AiCallOrigin.Catalog })
        {
            return false;
        }

        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            if (HasFeatureDeclaration(type.OriginalDefinition))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasFeatureDeclaration(ISymbol symbol) => _configuredFeatures.ContainsKey(symbol) || FindAiFeature(symbol) is not null;

    // ------------------------------------------------------------------ disclosure and review (RAI1003/RAI1004)

    /// <summary>True when the ResponsibleAI runtime types or an output configuration are present (else RAI1003/RAI1004 have no sanitizer to ask for).</summary>
    public bool HasOutputRules => _disclosureAttribute is not null || _reviewRequiredAttribute is not null || _configured.Count > 0;

    /// <summary>A disclosure sanitizer: [AiDisclosure] (on it, what it overrides or implements), a 'disclosure' line, or a constructor of AiGenerated&lt;T&gt;.</summary>
    public bool IsDisclosure(IMethodSymbol method)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        if (method.MethodKind == MethodKind.Constructor && IsAiGenerated(method.ContainingType))
        {
            return true;
        }

        return Declares(method, _disclosureAttribute, ConfigurationKind.Disclosure);
    }

    /// <summary>A human-review step: [HumanReview] (on it, what it overrides or implements) or a 'human-review' line.</summary>
    public bool IsHumanReview(IMethodSymbol method) =>
        Declares((method.ReducedFrom ?? method).OriginalDefinition, _humanReviewAttribute, ConfigurationKind.HumanReview);

    /// <summary>A parameter whose value drives a critical decision: [HumanReviewRequired] on it or its method, or a 'review-required' line naming the method.</summary>
    public bool RequiresReview(IParameterSymbol parameter)
    {
        if (HasAttribute(parameter, _reviewRequiredAttribute))
        {
            return true;
        }

        return parameter.ContainingSymbol is IMethodSymbol method
               && (method.AssociatedSymbol is IPropertySymbol property ? RequiresReview(property) : Declares(method.OriginalDefinition, _reviewRequiredAttribute, ConfigurationKind.ReviewRequired));
    }

    /// <summary>A method whose call is itself a critical decision: [HumanReviewRequired] on the method or a 'review-required' line naming it.</summary>
    public bool RequiresReview(IMethodSymbol method) =>
        Declares((method.ReducedFrom ?? method).OriginalDefinition, _reviewRequiredAttribute, ConfigurationKind.ReviewRequired);

    /// <summary>A property whose value drives a critical decision: [HumanReviewRequired] or a 'review-required' line.</summary>
    public bool RequiresReview(IPropertySymbol property) => Declares(property.OriginalDefinition, _reviewRequiredAttribute, ConfigurationKind.ReviewRequired);

    /// <summary>How an output API shows its arguments to a user ("console output"), or null when it is not one.</summary>
    public string? GetOutputSink(IMethodSymbol method)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        if (_configured.TryGetValue(ConfigurationKind.OutputSink, out var configured) && configured.Contains(method))
        {
            return "a configured output";
        }

        for (IMethodSymbol? current = method; current is not null; current = current.OverriddenMethod?.OriginalDefinition)
        {
            if (current.ContainingType is { } type && _outputSinks.TryGetValue(type.OriginalDefinition, out var sink) && sink.Members.Contains(current.Name))
            {
                return sink.Description;
            }
        }

        return null;
    }

    /// <summary>
    /// Chat history (<see cref="ConversationCatalog.HistoryTypes"/>): the type, a base type, or the element type of a
    /// collection or array of it (<c>List&lt;ChatMessage&gt;</c>, <c>IList&lt;AIContent&gt;</c>).
    /// </summary>
    public bool IsChatHistory(ITypeSymbol? type) => _historyTypes.Count > 0 && IsOrHolds(type, _historyTypes, 0);

    /// <summary>A catalog receiver that keeps a conversation between calls (<see cref="ConversationCatalog.StatefulReceivers"/>).</summary>
    public bool IsConversationState(ITypeSymbol? type) => _statefulReceivers.Count > 0 && IsOrHolds(type, _statefulReceivers, 2);

    private static bool IsOrHolds(ITypeSymbol? type, HashSet<INamedTypeSymbol> types, int depth)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return depth < 2 && IsOrHolds(array.ElementType, types, depth + 1);
            case INamedTypeSymbol named:
                for (var current = named; current is not null; current = current.BaseType)
                {
                    if (types.Contains(current.OriginalDefinition))
                    {
                        return true;
                    }
                }

                foreach (var @interface in named.AllInterfaces)
                {
                    if (types.Contains(@interface.OriginalDefinition))
                    {
                        return true;
                    }
                }

                return depth < 2 && named.IsGenericType && named.TypeArguments.Any(t => IsOrHolds(t, types, depth + 1));
            default:
                return false;
        }
    }

    /// <summary>
    /// An AI client: a type of the catalog (or one implementing or deriving from one), such as <c>IChatClient</c>,
    /// <c>IOllamaApiClient</c> or <c>Kernel</c>, that is not a conversation. It makes calls; it is nobody's data.
    /// </summary>
    public bool IsAiClient(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || _catalog.Count == 0 || IsConversationState(type))
        {
            return false;
        }

        // A workflow is run by a catalog member, as a client is: its agents and executors are not data.
        if (named.Name == "Workflow" && named.ContainingNamespace?.ToDisplayString() == "Microsoft.Agents.AI.Workflows")
        {
            return true;
        }

        for (var current = named; current is not null; current = current.BaseType)
        {
            if (_catalog.ContainsKey(current.OriginalDefinition))
            {
                return true;
            }
        }

        foreach (var @interface in named.AllInterfaces)
        {
            if (_catalog.ContainsKey(@interface.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An SDK type that carries a response's machinery rather than content (<see cref="ResponseMetadataCatalog.NonContentTypeSuffixes"/>):
    /// a tool call, its result, an approval request, an error.
    /// </summary>
    public bool IsResponseMachinery(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            foreach (var suffix in ResponseMetadataCatalog.NonContentTypeSuffixes)
            {
                if (current.Name.EndsWith(suffix, StringComparison.Ordinal) && IsAiSdkNamespace(current.ContainingNamespace))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A member of a Microsoft Agent Framework workflow executor (a type deriving from <c>Executor</c>): what it returns
    /// goes to the next executor of the workflow, not to a person.
    /// </summary>
    public bool IsWorkflowExecutorMember(ISymbol member)
    {
        for (var type = member.ContainingType?.BaseType; type is not null; type = type.BaseType)
        {
            if (type.Name == "Executor" && type.ContainingNamespace?.ToDisplayString() == "Microsoft.Agents.AI.Workflows")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A metadata member of an SDK response (<see cref="ResponseMetadataCatalog"/>): its value is not content.</summary>
    public bool IsResponseMetadata(IPropertySymbol property) =>
        ResponseMetadataCatalog.MemberNames.Contains(property.Name) && IsAiSdkNamespace(property.ContainingType?.ContainingNamespace);

    /// <summary><see cref="IsAiSdkNamespace(string)"/>, memoised per namespace symbol (no display strings on the hot path).</summary>
    public bool IsAiSdkNamespace(INamespaceSymbol? ns) =>
        ns is not null && !ns.IsGlobalNamespace && _sdkNamespaceCache.GetOrAdd(ns, static n => IsAiSdkNamespace(n.ToDisplayString()));

    /// <summary>The namespaces of the AI SDKs (their response metadata, message and option types).</summary>
    public static bool IsAiSdkNamespace(string ns) =>
        ns.StartsWith("Microsoft.Extensions.AI", StringComparison.Ordinal) || ns.StartsWith("OpenAI", StringComparison.Ordinal)
        || ns.StartsWith("Anthropic", StringComparison.Ordinal) || ns.StartsWith("Microsoft.SemanticKernel", StringComparison.Ordinal)
        || ns.StartsWith("OllamaSharp", StringComparison.Ordinal) || ns.StartsWith("Azure.AI", StringComparison.Ordinal)
        || ns.StartsWith("Google.GenAI", StringComparison.Ordinal) || ns.StartsWith("Amazon.", StringComparison.Ordinal)
        || ns.StartsWith("Microsoft.Agents.AI", StringComparison.Ordinal) || ns.StartsWith("System.ClientModel", StringComparison.Ordinal);

    /// <summary>
    /// An [AiFeature] member declared in source whose every returned value is already disclosed (through AiGenerated,
    /// [AiDisclosure] or a 'disclosure' line): calling it yields disclosed, still unreviewed, output. Decided by analysing
    /// its body once per compilation (<see cref="TaintFlowAnalysis.Returned"/>); false for members without a body here.
    /// </summary>
    public bool ReturnsOnlyDisclosedOutput(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        method = method.PartialImplementationPart ?? method;
        return Memoize(_disclosedReturnsCache, method, m => ComputeReturnsOnlyDisclosedOutput(m, cancellationToken));
    }

    private bool ComputeReturnsOnlyDisclosedOutput(ISymbol method, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax { } declaration
            || declaration.Body is null && declaration.ExpressionBody is null)
        {
            return false;
        }

        // The callee's body is in another member (maybe another file): its operations come from its own semantic model, as
        // the interprocedural analyses of roslyn-analyzers get them. Run once per member and compilation (memoised).
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() within a diagnostic analyzer
        var model = Compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
        if (model.GetOperation(declaration, cancellationToken) is not IMethodBodyOperation body)
        {
            return false;
        }

        var graph = ControlFlowGraph.Create(body, cancellationToken);
        return TaintFlowAnalysis.Returned(graph, TaintState.Empty, model, this, cancellationToken).AllDisclosed;
    }

    /// <summary>
    /// A method of this code used as a tool (<c>AIFunctionFactory.Create(GetWeather)</c>) whose body reads no data
    /// (<see cref="ToolBodies"/>): a stub that works only on the model's arguments, constants, the clock and random
    /// numbers. Decided once per method and compilation; false for methods without a body here.
    /// </summary>
    public bool ToolReadsNoData(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        return Memoize(_toolReadsNoDataCache, method, m => ComputeToolReadsNoData((IMethodSymbol)m, cancellationToken));
    }

    private bool ComputeToolReadsNoData(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        // As for disclosed returns above: the tool's body may be in another file; read once per compilation.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() within a diagnostic analyzer
        var model = Compilation.GetSemanticModel(method.DeclaringSyntaxReferences[0].SyntaxTree);
#pragma warning restore RS1030
        return ToolBodies.BodyOf(method, model, cancellationToken) is { } body && ToolBodies.ReadsNoData(method, body, cancellationToken);
    }

    /// <summary>
    /// A type that a disclosure member returns (<c>[AiDisclosure] LabeledText Label(string text)</c>): a value of it carries
    /// its notice, like <c>AiGenerated&lt;T&gt;</c>. Strings, objects, the BCL's and the SDKs' types never qualify.
    /// </summary>
    public bool IsDisclosureType(ITypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.SpecialType != SpecialType.None || type is not INamedTypeSymbol || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return false;
        }

        var types = _disclosureTypes;
        if (types is null)
        {
            types = FindDisclosureTypes(cancellationToken);
            Interlocked.CompareExchange(ref _disclosureTypes, types, null);
            types = _disclosureTypes!;
        }

        return types.Count > 0 && types.Contains(type.OriginalDefinition);
    }

    /// <summary>The return types of the [AiDisclosure] methods declared in source and of the 'disclosure' lines, found once.</summary>
    private HashSet<ITypeSymbol> FindDisclosureTypes(CancellationToken cancellationToken)
    {
        var methods = new List<IMethodSymbol>();
        if (_configured.TryGetValue(ConfigurationKind.Disclosure, out var configured))
        {
            methods.AddRange(configured.OfType<IMethodSymbol>());
        }

        if (_disclosureAttribute is not null)
        {
            // A text search first: only files that mention the attribute are looked at, and only the methods named there.
            foreach (var tree in Compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (tree.GetText(cancellationToken).ToString().IndexOf("AiDisclosure", StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                foreach (var declaration in tree.GetRoot(cancellationToken).DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>())
                {
                    if (declaration.AttributeLists.Count == 0)
                    {
                        continue;
                    }

                    foreach (var symbol in Compilation.GetSymbolsWithName(declaration.Identifier.ValueText, SymbolFilter.Member, cancellationToken))
                    {
                        if (symbol is IMethodSymbol method && HasAttribute(method, _disclosureAttribute))
                        {
                            methods.Add(method);
                        }
                    }
                }
            }
        }

        var types = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var method in methods)
        {
            var returned = method.ReturnType;
            if (returned is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } task && IsAwaitable(returned))
            {
                returned = task.TypeArguments[0];
            }

            var ns = returned.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            if (returned.SpecialType == SpecialType.None && returned is INamedTypeSymbol && returned.TypeKind is TypeKind.Class or TypeKind.Struct
                && !ns.StartsWith("System", StringComparison.Ordinal) && !IsAiSdkNamespace(ns) && !IsAiGenerated(returned))
            {
                types.Add(returned.OriginalDefinition);
            }
        }

        return types;
    }

    /// <summary>AiGenerated&lt;T&gt;: output that already carries its disclosure.</summary>
    public bool IsAiGenerated(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && _aiGeneratedOfT is not null && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _aiGeneratedOfT);

    private bool Declares(ISymbol member, INamedTypeSymbol? attribute, ConfigurationKind kind)
    {
        _configured.TryGetValue(kind, out var configured);
        for (var current = member; current is not null; current = Overridden(current))
        {
            if (HasAttribute(current, attribute) || configured?.Contains(current) == true)
            {
                return true;
            }

            foreach (var implemented in ImplementedInterfaceMembers(current))
            {
                if (HasAttribute(implemented, attribute) || configured?.Contains(implemented) == true)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return false;
        }

        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }

    // ------------------------------------------------------------------ helpers

    /// <summary>Cache lookup first, so the delegate is allocated only on a miss (netstandard2.0 has no factory-argument GetOrAdd).</summary>
    private static TValue Memoize<TValue>(ConcurrentDictionary<ISymbol, TValue> cache, ISymbol key, Func<ISymbol, TValue> compute) =>
        cache.TryGetValue(key, out var value) ? value : cache.GetOrAdd(key, compute(key));

    /// <summary>The interface members <paramref name="member"/> implements, explicitly or implicitly (original definitions).</summary>
    private static IEnumerable<ISymbol> ImplementedInterfaceMembers(ISymbol member)
    {
        switch (member)
        {
            case IMethodSymbol { ExplicitInterfaceImplementations.Length: > 0 } method:
                foreach (var m in method.ExplicitInterfaceImplementations)
                {
                    yield return m.OriginalDefinition;
                }

                yield break;
            case IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 } property:
                foreach (var p in property.ExplicitInterfaceImplementations)
                {
                    yield return p.OriginalDefinition;
                }

                yield break;
        }

        var type = member.ContainingType;
        if (type is null || member.IsStatic || type.TypeKind == TypeKind.Interface || member.DeclaredAccessibility != Accessibility.Public)
        {
            yield break;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var candidate in @interface.GetMembers(member.Name))
            {
                var implementation = type.FindImplementationForInterfaceMember(candidate);
                if (implementation is not null && SymbolEqualityComparer.Default.Equals(implementation.OriginalDefinition, member))
                {
                    yield return candidate.OriginalDefinition;
                }
            }
        }
    }
}
