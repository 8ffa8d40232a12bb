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
using Microsoft.CodeAnalysis.Simplification;
using ResponsibleAI.Analyzers;
using ResponsibleAI.Analyzers.Gateways;

namespace ResponsibleAI.CodeFixes;

/// <summary>
/// RAI3007 fix "Return AiGenerated&lt;T&gt;": wraps the gateway's result type in <c>AiGenerated&lt;&gt;</c>, keeping
/// <c>Task</c>, <c>ValueTask</c> or <c>IAsyncEnumerable</c> around it (<c>Task&lt;string&gt;</c> becomes
/// <c>Task&lt;AiGenerated&lt;string&gt;&gt;</c>). The implementation method keeps returning the raw value: the generator
/// wraps it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GatewayReturnTypeCodeFixProvider)), Shared]
public sealed class GatewayReturnTypeCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the action.</summary>
    public const string EquivalenceKey = "ResponsibleAI.GatewayReturnType";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.GatewayReturnsRawContent);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        static async (context, document, diagnostics) => await WrapAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root is null || model is null || GatewayTypes.Create(model.Compilation) is not { } types
            || ReturnType(root, diagnostic) is not { } returnType || Rewrite(returnType, model, types, context.CancellationToken) is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Return AiGenerated<T>", ct => WrapAsync(context.Document, new[] { diagnostic }, ct), EquivalenceKey),
            diagnostic);
    }

    private static async Task<Document> WrapAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || GatewayTypes.Create(model.Compilation) is not { } types)
        {
            return document;
        }

        var replacements = new Dictionary<TypeSyntax, TypeSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (ReturnType(root, diagnostic) is { } returnType && !replacements.ContainsKey(returnType)
                && Rewrite(returnType, model, types, cancellationToken) is { } rewritten)
            {
                replacements.Add(returnType, rewritten);
            }
        }

        return replacements.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }

    private static TypeSyntax? ReturnType(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<MethodDeclarationSyntax>()?.ReturnType;

    /// <summary>
    /// <c>T</c> → <c>AiGenerated&lt;T&gt;</c>; <c>Task&lt;T&gt;</c>, <c>ValueTask&lt;T&gt;</c>, <c>IAsyncEnumerable&lt;T&gt;</c> →
    /// the same with <c>AiGenerated&lt;T&gt;</c> inside. Null when the type is written in a way the fix cannot edit (an alias).
    /// </summary>
    private static TypeSyntax? Rewrite(TypeSyntax returnType, SemanticModel model, GatewayTypes types, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(returnType, cancellationToken).Type is not { } type
            || GatewayShape.ClassifyReturn(type, types) is not { Disclosed: false } shape || shape.HasNoResult)
        {
            return null;
        }

        if (shape.Shape == GatewayReturnShape.Value)
        {
            return Wrap(returnType.WithoutTrivia()).WithTriviaFrom(returnType);
        }

        var generic = returnType switch
        {
            GenericNameSyntax name => name,
            QualifiedNameSyntax { Right: GenericNameSyntax name } => name,
            AliasQualifiedNameSyntax { Name: GenericNameSyntax name } => name,
            _ => null,
        };
        if (generic is not { TypeArgumentList.Arguments.Count: 1 })
        {
            return null;
        }

        var argument = generic.TypeArgumentList.Arguments[0];
        return returnType.ReplaceNode(argument, Wrap(argument.WithoutTrivia()).WithTriviaFrom(argument));
    }

    private static TypeSyntax Wrap(TypeSyntax value) =>
        SyntaxFactory.QualifiedName(
                SyntaxFactory.AliasQualifiedName(
                    SyntaxFactory.IdentifierName(SyntaxFactory.Token(SyntaxKind.GlobalKeyword)),
                    SyntaxFactory.IdentifierName("ResponsibleAI")),
                SyntaxFactory.GenericName(SyntaxFactory.Identifier("AiGenerated"), SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(value))))
            .WithAdditionalAnnotations(Simplifier.Annotation);
}
