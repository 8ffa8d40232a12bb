using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Configuration;

namespace ResponsibleAI.CodeFixes;

/// <summary>A guard the fix can call from the reported spot, with the C# text of the call.</summary>
/// <param name="Title">What the light bulb shows, e.g. <c>governance.EnsureConsentAsync</c>.</param>
/// <param name="Invocation">The call expression (without await).</param>
/// <param name="Guard">Whether it answers with a bool or throws.</param>
/// <param name="Awaitable">The call returns Task/ValueTask and must be awaited.</param>
internal sealed record GuardCandidate(string Title, string Invocation, GuardInfo Guard, bool Awaitable);

/// <summary>
/// Finds the guards reachable from a statement: members of <c>this</c>, of fields, properties and parameters in scope
/// (primary-constructor parameters included), and static guards declared in source; fills the arguments from what is
/// in scope (subject, user id, feature, cancellation token). A guard whose required arguments cannot be filled is not offered.
/// </summary>
internal static class GuardCandidates
{
    public static async System.Threading.Tasks.Task<AiCompilationContext?> CreateContextAsync(Document document, CancellationToken cancellationToken)
    {
        var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            return null;
        }

        var configuration = ConfigurationFile.Empty;
        foreach (var additional in document.Project.AdditionalDocuments)
        {
            if (string.Equals(additional.Name, ConfigurationFile.FileName, System.StringComparison.OrdinalIgnoreCase))
            {
                var text = await additional.GetTextAsync(cancellationToken).ConfigureAwait(false);
                configuration = ConfigurationFile.Parse(text);
            }
        }

        return AiCompilationContext.Create(compilation, configuration, cancellationToken);
    }

    /// <param name="feature">The feature descriptor to pass where a guard takes one (asked only then).</param>
    public static List<GuardCandidate> Find(SemanticModel model, AiCompilationContext context, SyntaxNode site, Facts wanted, bool allowAwait, System.Func<FeatureReference> feature, CancellationToken cancellationToken)
    {
        var results = new List<GuardCandidate>();
        var seen = new HashSet<string>();
        var scope = model.LookupSymbols(site.SpanStart);

        foreach (var (receiver, member) in ReachableMembers(model, site, cancellationToken))
        {
            TryAdd(member, receiver);
        }

        return results;

        void TryAdd(ISymbol member, string? receiver)
        {
            var guard = member switch
            {
                IMethodSymbol m when m.MethodKind == MethodKind.Ordinary => context.GetGuard(m),
                IPropertySymbol p => context.GetGuard(p),
                _ => null,
            };
            if (guard is not { } info || (info.Fact & wanted) == 0)
            {
                return;
            }

            var returnType = member is IMethodSymbol method ? method.ReturnType : ((IPropertySymbol)member).Type;
            var awaitable = context.IsAwaitable(returnType);
            if (awaitable && !allowAwait)
            {
                return;
            }

            string? arguments = "";
            if (member is IMethodSymbol invoked)
            {
                arguments = Arguments(invoked, scope, model, feature);
                if (arguments is null)
                {
                    return;
                }
            }

            var access = receiver is null ? member.Name : receiver + "." + member.Name;
            var invocation = member is IMethodSymbol ? access + "(" + arguments + ")" : access;
            if (seen.Add(invocation))
            {
                results.Add(new GuardCandidate(access, invocation, new GuardInfo(info.Fact & wanted, info.ReturnsBoolean), awaitable));
            }
        }
    }

    /// <summary>Every ordinary method reachable from <paramref name="site"/>, with the receiver text to call it with.</summary>
    public static IEnumerable<(string? Receiver, IMethodSymbol Method)> ReachableMethods(SemanticModel model, SyntaxNode site, CancellationToken cancellationToken)
    {
        foreach (var (receiver, member) in ReachableMembers(model, site, cancellationToken))
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
            {
                yield return (receiver, method);
            }
        }
    }

    /// <summary>
    /// The methods and properties reachable from <paramref name="site"/>, with the receiver text to use (null for
    /// <c>this</c>): instance members of parameters, locals, fields and properties in scope and of the containing type,
    /// and static members declared in source. Only accessible ones.
    /// </summary>
    private static IEnumerable<(string? Receiver, ISymbol Member)> ReachableMembers(SemanticModel model, SyntaxNode site, CancellationToken cancellationToken)
    {
        var position = site.SpanStart;
        foreach (var symbol in model.LookupSymbols(position))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (receiver, type) = symbol switch
            {
                IParameterSymbol p => (p.Name, p.Type),
                ILocalSymbol l => (l.Name, l.Type),
                IFieldSymbol { IsImplicitlyDeclared: false } f => (f.Name, f.Type),
                IPropertySymbol { IsIndexer: false } pr => (pr.Name, pr.Type),
                _ => (null, null),
            };
            if (receiver is null || type is null || type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum)
            {
                continue;
            }

            foreach (var member in InstanceMembers(type))
            {
                if (member is IMethodSymbol or IPropertySymbol && model.IsAccessible(position, member))
                {
                    yield return (receiver, member);
                }
            }
        }

        foreach (var member in model.Compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Member, cancellationToken))
        {
            if (member.IsStatic && member is IMethodSymbol or IPropertySymbol && model.IsAccessible(position, member))
            {
                yield return (member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), member);
            }
        }

        if (model.GetEnclosingSymbol(position, cancellationToken)?.ContainingType is { } self)
        {
            foreach (var member in InstanceMembers(self))
            {
                if (member is IMethodSymbol or IPropertySymbol && model.IsAccessible(position, member))
                {
                    yield return (null, member);
                }
            }
        }
    }

    private static IEnumerable<ISymbol> InstanceMembers(ITypeSymbol type)
    {
        var types = new List<ITypeSymbol>();
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            types.Add(t);
        }

        types.AddRange(type.AllInterfaces);
        return types.SelectMany(static t => t.GetMembers()).Where(static m => !m.IsStatic && m.DeclaredAccessibility != Accessibility.Private);
    }

    /// <summary>The argument list text, or null when a required argument has no value in scope.</summary>
    private static string? Arguments(IMethodSymbol method, IEnumerable<ISymbol> scope, SemanticModel model, System.Func<FeatureReference> feature)
    {
        // Parameters, locals and (for non-string arguments such as a feature descriptor) fields and properties in scope.
        var values = scope.Where(static s => s is IParameterSymbol or ILocalSymbol or IFieldSymbol { IsImplicitlyDeclared: false } or IPropertySymbol { IsIndexer: false }).ToList();
        var parts = new List<string>();
        foreach (var parameter in method.Parameters)
        {
            if (parameter.IsOptional && parameter.Type.Name != "CancellationToken")
            {
                break;
            }

            var value = ArgumentFor(parameter, values, feature);
            if (value is null)
            {
                if (parameter.IsOptional)
                {
                    break;
                }

                return null;
            }

            parts.Add(value);
        }

        return string.Join(", ", parts);
    }

    private static string? ArgumentFor(IParameterSymbol parameter, List<ISymbol> values, System.Func<FeatureReference> feature)
    {
        var typeName = parameter.Type.ToDisplayString();
        ISymbol? Match(System.Func<ITypeSymbol, bool> typeTest)
        {
            // Same name and type first; else the only value of that type.
            var byName = values.FirstOrDefault(v => string.Equals(v.Name, parameter.Name, System.StringComparison.OrdinalIgnoreCase) && typeTest(TypeOf(v)));
            if (byName is not null)
            {
                return byName;
            }

            var byType = values.Where(v => typeTest(TypeOf(v))).Take(2).ToList();
            return byType.Count == 1 ? byType[0] : null;
        }

        switch (typeName)
        {
            case "System.Threading.CancellationToken":
                return values.Where(IsLocalValue).Where(static v => TypeOf(v).ToDisplayString() == "System.Threading.CancellationToken").Select(static v => v.Name).FirstOrDefault() ?? (parameter.IsOptional ? null : "global::System.Threading.CancellationToken.None");
            case "ResponsibleAI.AiSubject":
                if (Match(static t => t.ToDisplayString() == "ResponsibleAI.AiSubject") is { } subject)
                {
                    return subject.Name;
                }

                var id = values.FirstOrDefault(v => IsLocalValue(v) && TypeOf(v).SpecialType == SpecialType.System_String && LooksLikeSubject(v.Name));
                return id is null ? null : "new global::ResponsibleAI.AiSubject(" + id.Name + ")";
            case "ResponsibleAI.AiFeatureDescriptor":
                // A descriptor the method was given (a parameter or local of that type), else the feature's own.
                return values.Where(IsLocalValue).Where(static v => TypeOf(v).ToDisplayString() == "ResponsibleAI.AiFeatureDescriptor").Select(static v => v.Name).FirstOrDefault()
                    ?? feature().Descriptor;
            case "string":
                if (parameter.Name.IndexOf("feature", System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return feature().Descriptor + ".Id";
                }

                var named = values.FirstOrDefault(v => IsLocalValue(v) && TypeOf(v).SpecialType == SpecialType.System_String && string.Equals(v.Name, parameter.Name, System.StringComparison.OrdinalIgnoreCase));
                if (named is not null)
                {
                    return named.Name;
                }

                var subjectLike = values.Where(v => IsLocalValue(v) && TypeOf(v).SpecialType == SpecialType.System_String && LooksLikeSubject(v.Name)).ToList();
                return subjectLike.Count == 1 ? subjectLike[0].Name : null;
            default:
                return Match(t => SymbolEqualityComparer.Default.Equals(t, parameter.Type))?.Name;
        }
    }

    private static ITypeSymbol TypeOf(ISymbol symbol) => symbol switch
    {
        IParameterSymbol p => p.Type,
        ILocalSymbol l => l.Type,
        IFieldSymbol f => f.Type,
        IPropertySymbol pr => pr.Type,
        _ => throw new System.InvalidOperationException(),
    };

    private static bool IsLocalValue(ISymbol symbol) => symbol is IParameterSymbol or ILocalSymbol;

    private static bool LooksLikeSubject(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower is "user" or "userid" or "subject" or "subjectid" or "student" or "studentid" or "customer" or "customerid"
            or "person" or "personid" or "member" or "memberid" or "account" or "accountid" or "learner" or "learnerid";
    }
}
