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
using ResponsibleAI.Analyzers;
using ResponsibleAI.Analyzers.Gateways;

namespace ResponsibleAI.CodeFixes;

/// <summary>RAI3002 fix "Make containing types partial": adds <c>partial</c> to every containing type declaration that lacks it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GatewayPartialTypeCodeFixProvider)), Shared]
public sealed class GatewayPartialTypeCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the action.</summary>
    public const string EquivalenceKey = "ResponsibleAI.GatewayPartialType";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.GatewayTypeNotPartial);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        static async (context, document, diagnostics) => await MakePartialAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root is null || Targets(root, diagnostic).Count == 0)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Make containing types partial", ct => MakePartialAsync(context.Document, new[] { diagnostic }, ct), EquivalenceKey),
            diagnostic);
    }

    private static async Task<Document> MakePartialAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = new HashSet<TypeDeclarationSyntax>(diagnostics.SelectMany(d => Targets(root, d)));
        return targets.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNodes(targets, static (_, rewritten) => AddPartial((TypeDeclarationSyntax)rewritten)));
    }

    private static List<TypeDeclarationSyntax> Targets(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method
            ? GatewayShape.NonPartialContainingTypes(method).ToList()
            : new List<TypeDeclarationSyntax>();

    /// <summary>Adds <c>partial</c> as the last modifier (it must come right before <c>class</c>, <c>struct</c> or <c>record</c>).</summary>
    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax type)
    {
        if (type.Modifiers.Count == 0)
        {
            var keyword = type.Keyword;
            var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return type.WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList())).WithModifiers(SyntaxFactory.TokenList(partial));
        }

        return type.WithModifiers(type.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space)));
    }
}
