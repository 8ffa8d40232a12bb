using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Catalog;

namespace ResponsibleAI.Analyzers.Rules;

/// <summary>
/// RAI2005: a key-shaped string literal that reaches an AI SDK's key parameter or key property, or a key credential
/// (<c>ApiKeyCredential</c>, <c>AzureKeyCredential</c>) that an AI type receives; directly, or through a constant, a field or
/// a local. Reported once per literal, on the literal. Placeholders, configuration and environment reads, and keys of
/// services that are not AI are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedCredentialAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HardCodedCredential);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (!AiSdkPresence.IsReferenced(start.Compilation))
            {
                return;
            }

            var reported = new ConcurrentDictionary<Location, bool>();
            // Keys kept in another type (a Secrets class) that reach an AI type here: reported on their literal when the
            // whole compilation has been seen (the build and full-solution analysis; no code fix there).
            var elsewhere = new ConcurrentDictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default);

            // Only bodies with a key-shaped string, or that read a member initialized with one, are bound (CodeBlock, SyntaxGate).
            var gate = SyntaxGate.For(start.Compilation);
            start.RegisterCodeBlockAction(codeBlock => CodeBlock.ForEachOperation(codeBlock, gate, BodyInterest.Credential, c =>
            {
                switch (c.Operation)
                {
                    case IArgumentOperation argument:
                        AnalyzeUse(c, argument.Value, reported);
                        CollectFieldFromElsewhere(c, elsewhere);
                        break;
                    case ISimpleAssignmentOperation assignment:
                        AnalyzeUse(c, assignment.Value, reported);
                        CollectFieldFromElsewhere(c, elsewhere);
                        break;
                    case IFieldInitializerOperation or IPropertyInitializerOperation:
                        AnalyzeMemberInitializer(c, (ISymbolInitializerOperation)c.Operation, reported);
                        break;
                }
            }));
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var pair in elsewhere.OrderBy(static p => p.Key.ToDisplayString(), System.StringComparer.Ordinal))
                {
                    if (Initializer(pair.Key, end.CancellationToken) is { } literal && CredentialCatalog.KeyShape(literal.Value) is { } shape
                        && reported.TryAdd(literal.Location, true))
                    {
                        end.ReportDiagnostic(Create(literal.Location, shape, pair.Value, fixable: false));
                    }
                }
            });
        });
    }

    /// <summary>A value given to a key parameter or property (or to a key credential that reaches an AI type).</summary>
    private static void AnalyzeUse(OperationInBlock context, IOperation value, ConcurrentDictionary<Location, bool> reported)
    {
        if (SinkOf(value, context.CancellationToken) is not { } target
            || Literal(value, context.CancellationToken) is not { } literal
            || CredentialCatalog.KeyShape(literal.Value) is not { } shape)
        {
            return;
        }

        // The literal is in this member: reported there. A field's or property's literal is reported by its initializer's
        // action (a member of this type, AnalyzeMemberInitializer) or at the compilation end (another type's,
        // CollectFieldFromElsewhere).
        if (literal.Location.SourceTree == value.Syntax.SyntaxTree && Declares(context.ContainingSymbol, literal.Location, context.CancellationToken))
        {
            Report(context, literal.Location, shape, target, reported);
        }
    }

    private static void CollectFieldFromElsewhere(OperationInBlock context, ConcurrentDictionary<ISymbol, ISymbol> elsewhere)
    {
        var value = context.Operation switch
        {
            IArgumentOperation argument => argument.Value,
            ISimpleAssignmentOperation assignment => assignment.Value,
            _ => null,
        };
        if (value is null || SinkOf(value, context.CancellationToken) is not { } target)
        {
            return;
        }

        foreach (var member in MembersIn(value, 0, context.CancellationToken))
        {
            if (!SameType(member, value.Syntax, context.CancellationToken))
            {
                elsewhere.TryAdd(member.OriginalDefinition, target);
            }
        }
    }

    /// <summary>
    /// The fields and properties a value may come from: itself, either branch of <c>?:</c>, either side of <c>??</c>, and
    /// the initializer of a local it reads (<c>var key = config["Key"] ?? Secrets.OpenAiKey;</c>).
    /// </summary>
    private static IEnumerable<ISymbol> MembersIn(IOperation value, int depth, CancellationToken cancellationToken)
    {
        if (depth > 4)
        {
            yield break;
        }

        switch (OperationPaths.Unwrap(value))
        {
            case IFieldReferenceOperation { Field: var field }:
                yield return field;
                break;
            case IPropertyReferenceOperation { Property: var property }:
                yield return property;
                break;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                foreach (var member in MembersIn(conditional.WhenTrue, depth + 1, cancellationToken).Concat(MembersIn(whenFalse, depth + 1, cancellationToken)))
                {
                    yield return member;
                }

                break;
            case ICoalesceOperation coalesce:
                foreach (var member in MembersIn(coalesce.Value, depth + 1, cancellationToken).Concat(MembersIn(coalesce.WhenNull, depth + 1, cancellationToken)))
                {
                    yield return member;
                }

                break;
            case ILocalReferenceOperation { Local: var local } reference when LocalInitializer(local, reference, cancellationToken) is { } initializer:
                foreach (var member in MembersIn(initializer, depth + 1, cancellationToken))
                {
                    yield return member;
                }

                break;
        }
    }

    /// <summary>The value a local is declared with, from the operation tree of the body that reads it; null when it has none.</summary>
    private static IOperation? LocalInitializer(ILocalSymbol local, IOperation use, CancellationToken cancellationToken) =>
        local.DeclaringSyntaxReferences.Length == 1
        && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
        && initializer.SyntaxTree == use.Syntax.SyntaxTree
            ? use.SemanticModel?.GetOperation(initializer, cancellationToken)
            : null;

    /// <summary>A key-shaped field or property initializer that a member of the same type passes to an AI type: reported on the literal.</summary>
    private static void AnalyzeMemberInitializer(OperationInBlock context, ISymbolInitializerOperation initializer, ConcurrentDictionary<Location, bool> reported)
    {
        var members = initializer switch
        {
            IFieldInitializerOperation fields => fields.InitializedFields.Cast<ISymbol>(),
            IPropertyInitializerOperation properties => properties.InitializedProperties.Cast<ISymbol>(),
            _ => Enumerable.Empty<ISymbol>(),
        };
        foreach (var member in members)
        {
            if (Initializer(member, context.CancellationToken) is not { } literal
                || CredentialCatalog.KeyShape(literal.Value) is not { } shape
                || initializer.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
            {
                continue;
            }

            var model = initializer.SemanticModel!;
            foreach (var name in type.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (name.Identifier.ValueText == member.Name
                    && model.GetOperation(name, context.CancellationToken) is { } reference and (IFieldReferenceOperation or IPropertyReferenceOperation)
                    && SymbolEqualityComparer.Default.Equals(((IMemberReferenceOperation)reference).Member.OriginalDefinition, member.OriginalDefinition)
                    && SinkOf(reference, context.CancellationToken) is { } target)
                {
                    Report(context, literal.Location, shape, target, reported);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The AI member a value goes to as a key: an AI type's key parameter or key property, or a key credential's
    /// constructor when the credential goes to an AI type. Null for anything else.
    /// </summary>
    private static ISymbol? SinkOf(IOperation value, CancellationToken cancellationToken) => SinkOf(value, 0, cancellationToken);

    private static ISymbol? SinkOf(IOperation value, int depth, CancellationToken cancellationToken)
    {
        // A branch of ?: or a side of ?? goes where the whole expression goes.
        var outer = OperationPaths.Outermost(value);
        while (outer.Parent is IConditionalOperation conditional && conditional.Condition != outer || outer.Parent is ICoalesceOperation)
        {
            outer = OperationPaths.Outermost(outer.Parent!);
        }

        switch (outer.Parent)
        {
            case IVariableInitializerOperation when depth < 2:
                // The value of a local (var key = config["Key"] ?? Fallback;): goes where the local goes.
                foreach (var use in OperationPaths.Destinations(outer, cancellationToken).Skip(1))
                {
                    if (SinkOf(use, depth + 1, cancellationToken) is { } viaLocal)
                    {
                        return viaLocal;
                    }
                }

                return null;
            case IArgumentOperation { Parameter: { ContainingSymbol: IMethodSymbol method } parameter } argument:
                if (method.MethodKind == MethodKind.Constructor && CredentialCatalog.IsCredentialType(method.ContainingType))
                {
                    return parameter.Type.SpecialType == SpecialType.System_String && argument.Parent is IObjectCreationOperation creation
                        ? ReachesAiType(creation, cancellationToken)
                        : null;
                }

                return parameter.Type.SpecialType == SpecialType.System_String && CredentialCatalog.IsKeyName(parameter.Name) && CredentialCatalog.IsAiType(method.ContainingType)
                    ? method
                    : null;
            case ISimpleAssignmentOperation assignment when assignment.Value == outer:
                var member = assignment.Target switch
                {
                    IPropertyReferenceOperation property => (ISymbol)property.Property,
                    IFieldReferenceOperation field => field.Field,
                    _ => null,
                };
                return member is not null && Type(member).SpecialType == SpecialType.System_String && CredentialCatalog.IsKeyName(member.Name) && CredentialCatalog.IsAiType(member.ContainingType)
                    ? member
                    : null;
            default:
                return null;
        }
    }

    private static bool Declares(ISymbol symbol, Location location, CancellationToken cancellationToken)
    {
        for (; symbol is not null; symbol = symbol.ContainingSymbol)
        {
            if (symbol is IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol)
            {
                foreach (var reference in symbol.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree == location.SourceTree && reference.GetSyntax(cancellationToken).FullSpan.Contains(location.SourceSpan))
                    {
                        return true;
                    }
                }
            }

            if (symbol is INamedTypeSymbol)
            {
                break;
            }
        }

        return false;
    }

    private static bool SameType(ISymbol member, SyntaxNode use, CancellationToken cancellationToken) =>
        member.DeclaringSyntaxReferences.Length == 1
        && member.DeclaringSyntaxReferences[0].SyntaxTree == use.SyntaxTree
        && member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).FirstAncestorOrSelf<TypeDeclarationSyntax>() == use.FirstAncestorOrSelf<TypeDeclarationSyntax>();

    /// <summary>The AI member a key credential created here is passed to or stored in: directly, or through a local of the same body.</summary>
    private static ISymbol? ReachesAiType(IOperation creation, CancellationToken cancellationToken)
    {
        foreach (var destination in OperationPaths.Destinations(creation, cancellationToken))
        {
            switch (destination.Parent)
            {
                case IArgumentOperation { Parameter.ContainingSymbol: IMethodSymbol method } when CredentialCatalog.IsAiType(method.ContainingType):
                    return method;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } when CredentialCatalog.IsAiType(property.ContainingType):
                    return property;
            }
        }

        return null;
    }

    private static void Report(OperationInBlock context, Location location, (string Provider, string Variable) shape, ISymbol target, ConcurrentDictionary<Location, bool> reported)
    {
        if (!reported.TryAdd(location, true))
        {
            return;
        }

        context.ReportDiagnostic(Create(location, shape, target, fixable: true));
    }

    private static Diagnostic Create(Location location, (string Provider, string Variable) shape, ISymbol target, bool fixable)
    {
        var properties = fixable
            ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Variable, shape.Variable)
            : ImmutableDictionary<string, string?>.Empty;
        var sink = target is IMethodSymbol { MethodKind: MethodKind.Constructor } || target.ContainingType is null
            ? (target.ContainingType ?? (ISymbol)target).Name
            : target.ContainingType.Name + "." + target.Name;
        return Diagnostic.Create(DiagnosticDescriptors.HardCodedCredential, location, properties, shape.Provider, sink);
    }

    /// <summary>
    /// The string literal a value comes from, and where it is written: the value itself, a constant (local or field), a
    /// field's or auto-property's initializer (a key written in the source is exposed, whatever may replace it at run
    /// time), or the initializer of a local; null for anything computed at run time.
    /// </summary>
    private static (string Value, Location Location)? Literal(IOperation value, CancellationToken cancellationToken)
    {
        value = OperationPaths.Unwrap(value);
        switch (value)
        {
            case IFieldReferenceOperation { Field: var field }:
                return Initializer(field, cancellationToken);
            case IPropertyReferenceOperation { Property: var property }:
                return Initializer(property, cancellationToken);
            case ILocalReferenceOperation { Local: var local }:
                return Initializer(local, cancellationToken);
            case ICoalesceOperation coalesce:
                // config["OpenAI:Key"] ?? "sk-...": the fallback is a hard-coded key.
                return Literal(coalesce.WhenNull, cancellationToken);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return KeyShaped(Literal(conditional.WhenTrue, cancellationToken)) ?? KeyShaped(Literal(whenFalse, cancellationToken));
        }

        return value.ConstantValue is { HasValue: true, Value: string text } && value.Syntax is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax
            ? (text, value.Syntax.GetLocation())
            : null;
    }

    private static (string Value, Location Location)? KeyShaped((string Value, Location Location)? literal) =>
        literal is { } found && CredentialCatalog.KeyShape(found.Value) is not null ? found : null;

    private static (string Value, Location Location)? Initializer(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        return symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            VariableDeclaratorSyntax { Initializer.Value: var initializer } => LiteralIn(initializer),
            PropertyDeclarationSyntax { Initializer.Value: var initializer } => LiteralIn(initializer),
            _ => null,
        };
    }

    /// <summary>A literal written as an initializer: itself, the fallback of <c>??</c>, or a key-shaped branch of <c>?:</c>.</summary>
    private static (string Value, Location Location)? LiteralIn(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression switch
        {
            LiteralExpressionSyntax { Token.Value: string text } => (text, expression.GetLocation()),
            BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.CoalesceExpression } coalesce => LiteralIn(coalesce.Right),
            ConditionalExpressionSyntax conditional => KeyShaped(LiteralIn(conditional.WhenTrue)) ?? KeyShaped(LiteralIn(conditional.WhenFalse)),
            _ => null,
        };
    }

    private static ITypeSymbol Type(ISymbol member) => member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
}
