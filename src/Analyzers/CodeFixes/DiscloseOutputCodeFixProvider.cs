using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using ResponsibleAI.Analyzers;
using ResponsibleAI.Analyzers.Rules;

namespace ResponsibleAI.CodeFixes;

/// <summary>
/// RAI1003 fixes: "Disclose with AiGenerated.Create" wraps the leaving value (as text with its notice where a string is
/// expected); "Return AiGenerated&lt;T&gt;" changes the member's return type and wraps every value it returns.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DiscloseOutputCodeFixProvider)), Shared]
public sealed class DiscloseOutputCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the first action: at each value, wrapping where it can be wrapped, else the return type.</summary>
    public const string PreferredKey = "ResponsibleAI.DiscloseOutput";

    /// <summary>Equivalence key of the wrapping fix, when it is not the first action.</summary>
    public const string WrapKey = "ResponsibleAI.DiscloseOutput.Wrap";

    /// <summary>Equivalence key of the return-type fix, when it is not the first action.</summary>
    public const string ReturnTypeKey = "ResponsibleAI.DiscloseOutput.ReturnType";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.OutputNotDisclosed);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
    {
        // Returns from a member that the RAI1001/RAI1002 bulk fix marks [AiFeature] are left to it (they stop being
        // RAI1003 then): the outcome is the same whichever rule a bulk run fixes first.
        var marked = await ConsentAndOptOutCodeFixProvider.MembersTheFirstActionMarksAsync(document, context.CancellationToken).ConfigureAwait(false);
        if (marked.Count > 0)
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            diagnostics = diagnostics.Where(d => !LeftToTheGuardFix(d)).ToImmutableArray();

            bool LeftToTheGuardFix(Diagnostic d) =>
                d.Properties.TryGetValue(DiagnosticProperties.Sink, out var sink) && sink == "Return"
                && root?.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true) is { } node
                && SyntaxHelpers.FeatureTarget(node) is { } member && marked.Contains(member);
        }

        // No key (dotnet format, when the first diagnostic it looks at has no fix) means the first action.
        switch (context.CodeActionEquivalenceKey ?? PreferredKey)
        {
            case ReturnTypeKey:
                return await ChangeReturnTypesAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);
            case WrapKey:
                return await WrapAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);
            case PreferredKey:
                // Each value's first action: a returned value changes its member's return type where it can, the others
                // are wrapped (values in a member being retyped are wrapped by the retyping).
                var editor = await DocumentEditor.CreateAsync(document, context.CancellationToken).ConfigureAwait(false);
                var retypable = diagnostics.Where(d => editor.OriginalRoot.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax value
                    && CanChangeReturnType(editor.SemanticModel, d, value, context.CancellationToken)).ToList();
                var plan = new FeaturePlan();
                var written = new List<string>();
                var retyped = ChangeReturnTypes(editor, retypable, plan, written, context.CancellationToken);
                Wrap(editor, diagnostics.Except(retypable).Where(d => !retyped.Any(f => f.Span.Contains(d.Location.SourceSpan))), plan, written, context.CancellationToken);
                plan.AddFields(editor, written);
                return await SyntaxHelpers.AddImportsAsync(editor.GetChangedDocument(), context.CancellationToken).ConfigureAwait(false);
            default:
                return document;
        }
    });

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || model.Compilation.GetTypeByMetadataName("ResponsibleAI.AiGenerated") is null)
        {
            return;
        }

        var diagnostic = context.Diagnostics[0];
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
        {
            return;
        }

        // A value returned through a typed API first changes the API's type (its callers keep the notice beside the value,
        // not glued into the text); anything else is wrapped. The first action has one key whatever it does here, so
        // that Fix All and dotnet format give each value its own first choice.
        var first = true;
        if (CanChangeReturnType(model, diagnostic, value, context.CancellationToken))
        {
            context.RegisterCodeFix(
                CodeAction.Create("Return AiGenerated<T>", ct => ChangeReturnTypesAsync(context.Document, new[] { diagnostic }, ct), PreferredKey),
                diagnostic);
            first = false;
        }

        if (WrapMode(model, value, context.CancellationToken) is not null)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Disclose with AiGenerated.Create", ct => WrapAsync(context.Document, new[] { diagnostic }, ct), first ? PreferredKey : WrapKey),
                diagnostic);
        }
    }

    private static bool CanChangeReturnType(SemanticModel model, Diagnostic diagnostic, ExpressionSyntax value, CancellationToken cancellationToken) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Sink, out var sink) && sink == "Return"
        && ReturnTypeTarget(model, value, cancellationToken) is not null;

    /// <summary>How to wrap: null = cannot; false = the AiGenerated value itself; true = its text (ToString) where a string is expected.</summary>
    private static bool? WrapMode(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        var info = model.GetTypeInfo(value, cancellationToken);
        if (info.Type is null || info.Type.TypeKind == TypeKind.Error)
        {
            return null;
        }

        var target = info.ConvertedType ?? info.Type;
        if (target.SpecialType == SpecialType.System_String)
        {
            // Returned from a lambda whose type is inferred (a minimal API endpoint: app.MapGet("/x", () => text)): the
            // lambda can return the AiGenerated value itself, which the response serializes with its notice beside it.
            return !ReturnedFromInferredLambda(model, value, cancellationToken);
        }

        return target.SpecialType == SpecialType.System_Object || target.TypeKind == TypeKind.Dynamic ? false : null;
    }

    private static async Task<Document> WrapAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var plan = new FeaturePlan();
        var written = new List<string>();
        Wrap(editor, diagnostics, plan, written, cancellationToken);
        plan.AddFields(editor, written);
        return await SyntaxHelpers.AddImportsAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    private static void Wrap(DocumentEditor editor, IEnumerable<Diagnostic> diagnostics, FeaturePlan plan, List<string> written, CancellationToken cancellationToken)
    {
        var root = editor.OriginalRoot;
        foreach (var diagnostic in diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || WrapMode(editor.SemanticModel, value, cancellationToken) is not { } asText)
            {
                continue;
            }

            var feature = plan.Resolve(editor.SemanticModel, value, diagnostic, cancellationToken).Descriptor;
            written.Add(feature);
            var wrapped = Wrap(value, SyntaxHelpers.SimplifyNames(SyntaxFactory.ParseExpression(feature)));
            ExpressionSyntax replacement = asText
                ? SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, wrapped, SyntaxFactory.IdentifierName("ToString")))
                : wrapped;
            editor.ReplaceNode(value, replacement.WithTriviaFrom(value));
        }
    }

    private static bool ReturnedFromInferredLambda(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        var returned = value.Parent is ReturnStatementSyntax || value.Parent is AnonymousFunctionExpressionSyntax { ExpressionBody: var body } && body == value;
        var lambda = value.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>();
        if (!returned || lambda is null || value.Ancestors().TakeWhile(n => n != lambda).Any(static n => n is LocalFunctionStatementSyntax))
        {
            return false;
        }

        // Only a lambda with one returned value: with several, a changed one would leave no common return type.
        if (lambda.ExpressionBody is null
            && lambda.Block?.DescendantNodes(static n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>().Count() != 1)
        {
            return false;
        }

        var converted = model.GetTypeInfo(lambda, cancellationToken).ConvertedType;
        return converted is { SpecialType: SpecialType.System_Delegate } || converted?.ToDisplayString() == "System.Delegate";
    }

    /// <summary>The method or local function whose return type can become AiGenerated&lt;T&gt;, with T; null when that would not be natural.</summary>
    private static (SyntaxNode Function, ITypeSymbol Value, INamedTypeSymbol? Wrapper)? ReturnTypeTarget(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        var function = value.Ancestors().FirstOrDefault(static n => n is MethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax);
        if (function is not (MethodDeclarationSyntax or LocalFunctionStatementSyntax))
        {
            return null;
        }

        if (model.GetDeclaredSymbol(function, cancellationToken) is not IMethodSymbol method || method.IsOverride || method.ExplicitInterfaceImplementations.Length > 0
            || method.ContainingType.AllInterfaces.SelectMany(i => i.GetMembers(method.Name)).Any(m => method.ContainingType.FindImplementationForInterfaceMember(m) is { } impl && SymbolEqualityComparer.Default.Equals(impl, method))
            || method.ReturnsVoid || function.DescendantNodes(static n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<YieldStatementSyntax>().Any())
        {
            return null;
        }

        var returnType = method.ReturnType;
        if (method.IsAsync)
        {
            return returnType is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } task && task.Name is "Task" or "ValueTask"
                && IsValueType(task.TypeArguments[0])
                ? (function, task.TypeArguments[0], task.ConstructedFrom)
                : null;
        }

        return IsValueType(returnType) ? (function, returnType, null) : null;

        // AiGenerated<object> would not take the AiGenerated<string> that wrapping a text makes.
        static bool IsValueType(ITypeSymbol type) => type.SpecialType != SpecialType.System_Object && type.TypeKind is not (TypeKind.Dynamic or TypeKind.Error or TypeKind.TypeParameter);
    }

    private static async Task<Document> ChangeReturnTypesAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var plan = new FeaturePlan();
        var written = new List<string>();
        ChangeReturnTypes(editor, diagnostics, plan, written, cancellationToken);
        plan.AddFields(editor, written);
        return await SyntaxHelpers.AddImportsAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes the return types; returns the functions changed.</summary>
    private static List<SyntaxNode> ChangeReturnTypes(DocumentEditor editor, IEnumerable<Diagnostic> diagnostics, FeaturePlan plan, List<string> written, CancellationToken cancellationToken)
    {
        var root = editor.OriginalRoot;
        var done = new HashSet<SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || ReturnTypeTarget(editor.SemanticModel, value, cancellationToken) is not { } target || !done.Add(target.Function))
            {
                continue;
            }

            var descriptor = plan.Resolve(editor.SemanticModel, value, diagnostic, cancellationToken).Descriptor;
            written.Add(descriptor);
            var feature = SyntaxHelpers.SimplifyNames(SyntaxFactory.ParseExpression(descriptor));
            var valueType = (TypeSyntax)editor.Generator.TypeExpression(target.Value);
            TypeSyntax generated = SyntaxFactory.GenericName(SyntaxFactory.Identifier("AiGenerated"), SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(valueType)));
            generated = SyntaxFactory.QualifiedName(SyntaxFactory.AliasQualifiedName(SyntaxFactory.IdentifierName(SyntaxFactory.Token(SyntaxKind.GlobalKeyword)), SyntaxFactory.IdentifierName("ResponsibleAI")), (SimpleNameSyntax)generated)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            var newReturn = target.Wrapper is { } wrapper
                ? (TypeSyntax)editor.Generator.TypeExpression(wrapper.Construct(editor.SemanticModel.Compilation.GetTypeByMetadataName("ResponsibleAI.AiGenerated`1")!.Construct(target.Value)))
                : generated;
            newReturn = newReturn.WithAdditionalAnnotations(Simplifier.Annotation);

            var returnTypeSyntax = target.Function switch
            {
                MethodDeclarationSyntax m => m.ReturnType,
                LocalFunctionStatementSyntax l => l.ReturnType,
                _ => null,
            };
            if (returnTypeSyntax is null)
            {
                continue;
            }

            editor.ReplaceNode(returnTypeSyntax, newReturn.WithTriviaFrom(returnTypeSyntax));

            // Every value the member returns becomes an AiGenerated<T> (the reported one and the others, which may be plain).
            foreach (var returned in ReturnedExpressions(target.Function))
            {
                editor.ReplaceNode(returned, Wrap(returned, feature).WithTriviaFrom(returned));
            }
        }

        return done.ToList();
    }

    private static IEnumerable<ExpressionSyntax> ReturnedExpressions(SyntaxNode function)
    {
        var arrow = function switch
        {
            MethodDeclarationSyntax m => m.ExpressionBody,
            LocalFunctionStatementSyntax l => l.ExpressionBody,
            _ => null,
        };
        if (arrow is not null)
        {
            yield return arrow.Expression;
            yield break;
        }

        foreach (var statement in function.DescendantNodes(static n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>())
        {
            if (statement.Expression is { } expression)
            {
                yield return expression;
            }
        }
    }

    private static ExpressionSyntax Wrap(ExpressionSyntax value, ExpressionSyntax feature) =>
        SyntaxFactory.InvocationExpression(
            SyntaxHelpers.SimplifyNames(SyntaxFactory.ParseExpression("global::ResponsibleAI.AiGenerated.Create")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
            {
                SyntaxFactory.Argument(value.WithoutTrivia()),
                SyntaxFactory.Argument(feature),
            })));
}
