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
    /// <summary>Diagnostic property: the environment variable the code fix reads instead (e.g. OPENAI_API_KEY).</summary>
    public const string VariableProperty = "Variable";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HardCodedCredential);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var reported = new ConcurrentDictionary<Location, bool>();
            start.RegisterOperationAction(c => AnalyzeUse(c, ((IArgumentOperation)c.Operation).Value, reported), OperationKind.Argument);
            start.RegisterOperationAction(c => AnalyzeUse(c, ((ISimpleAssignmentOperation)c.Operation).Value, reported), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => AnalyzeFieldInitializer(c, (IFieldInitializerOperation)c.Operation, reported), OperationKind.FieldInitializer);

            // Keys kept in another type (a Secrets class) that reach an AI type here: reported on their literal when the
            // whole compilation has been seen (the build and full-solution analysis; no code fix there).
            var elsewhere = new ConcurrentDictionary<IFieldSymbol, ISymbol>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(c => CollectFieldFromElsewhere(c, elsewhere), OperationKind.Argument, OperationKind.SimpleAssignment);
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
    private static void AnalyzeUse(OperationAnalysisContext context, IOperation value, ConcurrentDictionary<Location, bool> reported)
    {
        if (SinkOf(value, context.CancellationToken) is not { } target
            || Literal(value, context.CancellationToken) is not { } literal
            || CredentialCatalog.KeyShape(literal.Value) is not { } shape)
        {
            return;
        }

        // The literal is in this member: reported there. A field's literal is reported by its initializer's action (a field
        // of this type, AnalyzeFieldInitializer) or at the compilation end (another type's, CollectFieldFromElsewhere).
        if (literal.Location.SourceTree == value.Syntax.SyntaxTree && Declares(context.ContainingSymbol, literal.Location, context.CancellationToken))
        {
            Report(context, literal.Location, shape, target, reported);
        }
    }

    private static void CollectFieldFromElsewhere(OperationAnalysisContext context, ConcurrentDictionary<IFieldSymbol, ISymbol> elsewhere)
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

        foreach (var field in FieldsIn(value))
        {
            if ((field.IsConst || field.IsReadOnly) && !SameType(field, value.Syntax, context.CancellationToken))
            {
                elsewhere.TryAdd(field.OriginalDefinition, target);
            }
        }
    }

    /// <summary>The fields a value may come from: itself, either branch of <c>?:</c>, either side of <c>??</c>.</summary>
    private static IEnumerable<IFieldSymbol> FieldsIn(IOperation value)
    {
        switch (OperationPaths.Unwrap(value))
        {
            case IFieldReferenceOperation { Field: var field }:
                yield return field;
                break;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                foreach (var field in FieldsIn(conditional.WhenTrue).Concat(FieldsIn(whenFalse)))
                {
                    yield return field;
                }

                break;
            case ICoalesceOperation coalesce:
                foreach (var field in FieldsIn(coalesce.Value).Concat(FieldsIn(coalesce.WhenNull)))
                {
                    yield return field;
                }

                break;
        }
    }

    /// <summary>A key-shaped field initializer that a member of the same type passes to an AI type: reported on the literal.</summary>
    private static void AnalyzeFieldInitializer(OperationAnalysisContext context, IFieldInitializerOperation initializer, ConcurrentDictionary<Location, bool> reported)
    {
        foreach (var field in initializer.InitializedFields)
        {
            if ((!field.IsConst && !field.IsReadOnly)
                || Initializer(field, context.CancellationToken) is not { } literal
                || CredentialCatalog.KeyShape(literal.Value) is not { } shape
                || initializer.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
            {
                continue;
            }

            var model = initializer.SemanticModel!;
            foreach (var name in type.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (name.Identifier.ValueText == field.Name
                    && model.GetOperation(name, context.CancellationToken) is IFieldReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Field, field)
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
    private static ISymbol? SinkOf(IOperation value, CancellationToken cancellationToken)
    {
        // A branch of ?: or a side of ?? goes where the whole expression goes.
        var outer = OperationPaths.Outermost(value);
        while (outer.Parent is IConditionalOperation conditional && conditional.Condition != outer || outer.Parent is ICoalesceOperation)
        {
            outer = OperationPaths.Outermost(outer.Parent!);
        }

        switch (outer.Parent)
        {
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

    private static bool SameType(IFieldSymbol field, SyntaxNode use, CancellationToken cancellationToken) =>
        field.DeclaringSyntaxReferences.Length == 1
        && field.DeclaringSyntaxReferences[0].SyntaxTree == use.SyntaxTree
        && field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).FirstAncestorOrSelf<TypeDeclarationSyntax>() == use.FirstAncestorOrSelf<TypeDeclarationSyntax>();

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

    private static void Report(OperationAnalysisContext context, Location location, (string Provider, string Variable) shape, ISymbol target, ConcurrentDictionary<Location, bool> reported)
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
            ? ImmutableDictionary<string, string?>.Empty.Add(VariableProperty, shape.Variable)
            : ImmutableDictionary<string, string?>.Empty;
        var sink = target is IMethodSymbol { MethodKind: MethodKind.Constructor } || target.ContainingType is null
            ? (target.ContainingType ?? (ISymbol)target).Name
            : target.ContainingType.Name + "." + target.Name;
        return Diagnostic.Create(DiagnosticDescriptors.HardCodedCredential, location, properties, shape.Provider, sink);
    }

    /// <summary>
    /// The string literal a value comes from, and where it is written: the value itself, a constant (local or field), a
    /// readonly field's initializer, or the initializer of a local; null for anything computed at run time.
    /// </summary>
    private static (string Value, Location Location)? Literal(IOperation value, CancellationToken cancellationToken)
    {
        value = OperationPaths.Unwrap(value);
        switch (value)
        {
            case IFieldReferenceOperation { Field: var field } when field.IsConst || field.IsReadOnly:
                return Initializer(field, cancellationToken);
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
        if (symbol.DeclaringSyntaxReferences.Length != 1
            || symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: var initializer })
        {
            return null;
        }

        return LiteralIn(initializer);
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
