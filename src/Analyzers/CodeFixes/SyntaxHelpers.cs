using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ResponsibleAI.CodeFixes;

/// <summary>Finding where a fix may edit: the enclosing function and the statement to insert before.</summary>
internal static class SyntaxHelpers
{
    /// <summary>The innermost method, accessor, local function or lambda containing <paramref name="node"/>.</summary>
    public static SyntaxNode? EnclosingFunction(SyntaxNode node) =>
        node.AncestorsAndSelf().FirstOrDefault(static n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
            or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax);

    /// <summary>The member declaration that can carry [AiFeature]: a method or a property (through its accessors).</summary>
    public static MemberDeclarationSyntax? FeatureTarget(SyntaxNode node)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case MethodDeclarationSyntax method:
                    return method;
                case PropertyDeclarationSyntax property:
                    return property;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return null; // a callback or an endpoint handler: whoever invokes it is not a caller that can ask
                case IndexerDeclarationSyntax or ConstructorDeclarationSyntax or DestructorDeclarationSyntax or OperatorDeclarationSyntax
                    or ConversionOperatorDeclarationSyntax or FieldDeclarationSyntax or EventDeclarationSyntax or GlobalStatementSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>Is the function that contains <paramref name="node"/> async?</summary>
    public static bool IsInAsyncFunction(SyntaxNode node) => EnclosingFunction(node) switch
    {
        MethodDeclarationSyntax m => m.Modifiers.Any(SyntaxKind.AsyncKeyword),
        LocalFunctionStatementSyntax l => l.Modifiers.Any(SyntaxKind.AsyncKeyword),
        AnonymousFunctionExpressionSyntax a => a.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
        _ => false,
    };

    /// <summary>
    /// The statement before which a guard goes: the nearest enclosing statement that sits directly in a block or switch
    /// section, without leaving the enclosing function. Null when the call is in an expression body.
    /// </summary>
    public static StatementSyntax? AnchorStatement(SyntaxNode node)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            if (ancestor is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax
                or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax or MemberDeclarationSyntax)
            {
                return ancestor is LocalFunctionStatementSyntax local && local.Span.Contains(node.Span) && local != node ? null : null;
            }

            if (ancestor is StatementSyntax statement && statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax)
            {
                return statement;
            }

            if (ancestor is StatementSyntax embedded && embedded.Parent is IfStatementSyntax or ElseClauseSyntax or WhileStatementSyntax
                or ForStatementSyntax or ForEachStatementSyntax or UsingStatementSyntax or LockStatementSyntax or FixedStatementSyntax
                or LabeledStatementSyntax or DoStatementSyntax)
            {
                return embedded;
            }
        }

        return null;
    }

    /// <summary>Marks every global::-qualified name inside <paramref name="node"/> for the Simplifier (it only reduces annotated nodes).</summary>
    public static TNode SimplifyNames<TNode>(TNode node)
        where TNode : SyntaxNode
    {
        var names = node.DescendantNodesAndSelf().Where(static n =>
            n is AliasQualifiedNameSyntax or QualifiedNameSyntax && n.Parent is not NameSyntax
            || n is MemberAccessExpressionSyntax m && m.Expression.ToString().StartsWith("global::", System.StringComparison.Ordinal) && n.Parent is not MemberAccessExpressionSyntax);
        return node.ReplaceNodes(names, static (_, rewritten) => rewritten.WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation));
    }

    /// <summary>
    /// Adds the <c>using</c> directives that the names a fix wrote need (<c>using ResponsibleAI;</c>), so that the
    /// simplifier can reduce <c>global::ResponsibleAI.AiGenerated</c> to <c>AiGenerated</c>, as the SDK's own fixes do.
    /// </summary>
    public static async System.Threading.Tasks.Task<Document> AddImportsAsync(Document document, System.Threading.CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || !root.GetAnnotatedNodes(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation).Any())
        {
            return document;
        }

        // Already in scope (a using or a global using): nothing to add, and the file is left as it is.
        var position = root.GetAnnotatedNodes(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation).First().SpanStart;
        if (model.LookupNamespacesAndTypes(position, name: "AiGenerated").Any(static s => s.ContainingNamespace?.ToDisplayString() == "ResponsibleAI"))
        {
            return document;
        }

        return await Microsoft.CodeAnalysis.Editing.ImportAdder.AddImportsAsync(document, Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Is <paramref name="statement"/> an embedded statement that must be wrapped in a block before inserting?</summary>
    public static bool NeedsBlock(StatementSyntax statement) => statement.Parent is not (BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax);
}
