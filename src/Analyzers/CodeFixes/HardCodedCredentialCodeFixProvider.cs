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
using ResponsibleAI.Analyzers.Rules;

namespace ResponsibleAI.CodeFixes;

/// <summary>
/// RAI2005 fix "Read the key from the environment": the literal becomes
/// <c>Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException(...)</c>, named after the
/// key's provider. Not offered where a constant is required (a <c>const</c> declaration): there the declaration has to
/// change first, and which callers rely on it being constant is the author's call.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedCredentialCodeFixProvider)), Shared]
public sealed class HardCodedCredentialCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the action.</summary>
    public const string EquivalenceKey = "ResponsibleAI.ReadKeyFromEnvironment";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.HardCodedCredential);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        static async (context, document, diagnostics) => await ReplaceAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root is null || Target(root, diagnostic) is not { } target)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create($"Read the key from the environment variable {target.Variable}", ct => ReplaceAsync(context.Document, new[] { diagnostic }, ct), EquivalenceKey),
            diagnostic);
    }

    private static async Task<Document> ReplaceAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = diagnostics.Select(d => Target(root, d)).Where(static t => t is not null).Select(static t => t!.Value)
            .GroupBy(static t => t.Literal).ToDictionary(static g => g.Key, static g => g.First().Variable);
        if (targets.Count == 0)
        {
            return document;
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(targets.Keys, (original, _) => Replacement(targets[original]).WithTriviaFrom(original)));
    }

    private static ExpressionSyntax Replacement(string variable) =>
        SyntaxHelpers.SimplifyNames(SyntaxFactory.ParseExpression(
                $"(global::System.Environment.GetEnvironmentVariable(\"{variable}\") ?? throw new global::System.InvalidOperationException(\"Set the {variable} environment variable (or read the key from your configuration or secret store).\"))"))
            .WithAdditionalAnnotations(Simplifier.Annotation);

    private static (ExpressionSyntax Literal, string Variable)? Target(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Variable, out var variable) || variable is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax literal
            || IsConstantDeclaration(literal))
        {
            return null;
        }

        return (literal, variable);
    }

    private static bool IsConstantDeclaration(ExpressionSyntax literal) =>
        literal.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: var declaration } } }
        && declaration switch
        {
            FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
            LocalDeclarationStatementSyntax local => local.IsConst,
            _ => false,
        };
}
