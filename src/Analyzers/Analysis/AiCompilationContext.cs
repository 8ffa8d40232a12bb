using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ResponsibleAI.Analyzers.Catalog;
using ResponsibleAI.Analyzers.Configuration;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// Everything the rules need to know about one compilation, resolved once at compilation start:
/// the attribute types, the catalog rows whose SDK is referenced, and the configuration entries that name
/// something in this compilation. Answers "is this an AI call", "is this a guard" and "does this member carry
/// [AiFeature]", memoised per symbol (per-compilation state only; nothing static is mutable).
/// </summary>
internal sealed class AiCompilationContext
{
    public const string AttributeNamespace = "ResponsibleAI";

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

    private AiCompilationContext(
        Compilation compilation,
        Dictionary<INamedTypeSymbol, Dictionary<string, CatalogEntry>> catalog,
        Dictionary<ISymbol, ConfigurationEntry> configuredFeatures,
        Dictionary<ISymbol, Facts> configuredGuards)
    {
        Compilation = compilation;
        _catalog = catalog;
        _configuredFeatures = configuredFeatures;
        _configuredGuards = configuredGuards;
        _aiFeatureAttribute = compilation.GetTypeByMetadataName("ResponsibleAI.AiFeatureAttribute");
        _consentGuardAttribute = compilation.GetTypeByMetadataName("ResponsibleAI.AiConsentGuardAttribute");
        _optOutGuardAttribute = compilation.GetTypeByMetadataName("ResponsibleAI.AiOptOutGuardAttribute");
        _task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        _taskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        _valueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        _valueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
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

        var features = new Dictionary<ISymbol, ConfigurationEntry>(SymbolEqualityComparer.Default);
        var guards = new Dictionary<ISymbol, Facts>(SymbolEqualityComparer.Default);
        foreach (var entry in configuration.Entries)
        {
            if (entry.Kind is not (ConfigurationKind.Feature or ConfigurationKind.ConsentGuard or ConfigurationKind.OptOutGuard))
            {
                continue;
            }

            // An ID that names nothing here is ignored: a shared file may name libraries this project does not use.
            foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(entry.DocumentationId, compilation))
            {
                switch (entry.Kind)
                {
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

        var context = new AiCompilationContext(compilation, catalog, features, guards);
        return catalog.Count == 0 && features.Count == 0 && guards.Count == 0
               && context._aiFeatureAttribute is null && context._consentGuardAttribute is null && context._optOutGuardAttribute is null
            ? null
            : context;
    }

    // ------------------------------------------------------------------ AI calls

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
            return new AiCallInfo($"{type.Name}.{method.Name}", null, entry.Capability, entry.GeneratesContent, entry.Sdk, AiCallOrigin.Catalog);
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
            return FromAttribute(member, attribute);
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
        var id = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        var capability = AiCapability.Other;
        string? provider = null;
        bool? generatesContent = null;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Capability" when named.Value.Value is int value && Enum.IsDefined(typeof(AiCapability), value):
                    capability = (AiCapability)value;
                    break;
                case "Provider":
                    provider = named.Value.Value as string;
                    break;
                case "GeneratesContent" when named.Value.Value is bool flag:
                    generatesContent = flag;
                    break;
            }
        }

        return new AiCallInfo(Display(member), id, capability, generatesContent ?? AiCapabilityFacts.GeneratesContentByDefault(capability), provider, AiCallOrigin.Attribute);
    }

    private static AiCallInfo FromConfiguration(ISymbol member, ConfigurationEntry entry)
    {
        var capability = entry.Capability ?? AiCapability.Other;
        return new AiCallInfo(Display(member), entry.FeatureId, capability,
            entry.GeneratesContent ?? AiCapabilityFacts.GeneratesContentByDefault(capability), entry.Provider, AiCallOrigin.Configuration);
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

    private bool HasFeatureDeclaration(ISymbol symbol) => _configuredFeatures.ContainsKey(symbol) || FindAiFeature(symbol) is not null;

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
