using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibleAI.Analyzers;
using ResponsibleAI.Analyzers.Rules;

namespace ResponsibleAI.CodeFixes;

/// <summary>
/// RAI2003 fix "Use the provider's default safety level": the weak value becomes the safe one in the same form
/// (<c>HarmBlockThreshold.BlockNone</c> → <c>HarmBlockThreshold.BlockMediumAndAbove</c>, <c>"BLOCK_NONE"</c> →
/// <c>"BLOCK_MEDIUM_AND_ABOVE"</c>, <c>AddWatermark = false</c> → <c>true</c>). RAI2004 fix "Do not store at the
/// provider": <c>StoredOutputEnabled = true</c> → <c>false</c>. Training calls and uploads get no fix: only the author
/// knows whether that data may train a model.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProviderSettingsCodeFixProvider)), Shared]
public sealed class ProviderSettingsCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the RAI2003 action.</summary>
    public const string SafetyKey = "ResponsibleAI.UseSafeSafetyValue";

    /// <summary>Equivalence key of the RAI2004 action.</summary>
    public const string StorageKey = "ResponsibleAI.DoNotStoreAtProvider";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.SafetyFilterWeakened, RuleIdentifiers.CustomerDataToTraining);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        static async (context, document, diagnostics) => await ReplaceAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || Replacement(root, model, diagnostic, context.CancellationToken) is not { } replacement)
        {
            return;
        }

        var safety = diagnostic.Id == RuleIdentifiers.SafetyFilterWeakened;
        context.RegisterCodeFix(
            CodeAction.Create(
                safety ? $"Use the safe value {replacement.New}" : $"Do not store at the provider ({replacement.New})",
                ct => ReplaceAsync(context.Document, new[] { diagnostic }, ct),
                safety ? SafetyKey : StorageKey),
            diagnostic);
    }

    private static async Task<Document> ReplaceAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (Replacement(root, model, diagnostic, cancellationToken) is { } replacement)
            {
                replacements[replacement.Old] = replacement.Node;
            }
        }

        return replacements.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original].WithTriviaFrom(original)));
    }

    private static (SyntaxNode Old, SyntaxNode Node, string New)? Replacement(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.SafeValue, out var safe) || safe is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax weak)
        {
            return null;
        }

        switch (weak)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression) || literal.IsKind(SyntaxKind.FalseLiteralExpression):
                return safe is "true" or "false"
                    ? (literal, SyntaxFactory.LiteralExpression(safe == "true" ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression), safe)
                    : null;
            case LiteralExpressionSyntax { Token.Value: string text } literal:
                var written = InStyleOf(text, safe);
                return (literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(written)), "\"" + written + "\"");
            case MemberAccessExpressionSyntax access:
                // The safe member in the spelling this type uses (BlockMediumAndAbove, BLOCK_MEDIUM_AND_ABOVE, HIGH, Sync).
                var type = model.GetTypeInfo(access, cancellationToken).Type;
                var member = type?.GetMembers().FirstOrDefault(m => m.IsStatic && Normalize(m.Name) == Normalize(safe))?.Name;
                return member is null ? null : (access, access.WithName(SyntaxFactory.IdentifierName(member)), access.Expression + "." + member);
            default:
                return null;
        }
    }

    /// <summary>The safe value written like the weak one: <c>"off"</c> → <c>"block_medium_and_above"</c>, <c>"OFF"</c> → <c>"BLOCK_MEDIUM_AND_ABOVE"</c>.</summary>
    private static string InStyleOf(string weak, string safe)
    {
        var snake = new StringBuilder();
        for (var i = 0; i < safe.Length; i++)
        {
            if (i > 0 && char.IsUpper(safe[i]) && char.IsLower(safe[i - 1]))
            {
                snake.Append('_');
            }

            snake.Append(safe[i]);
        }

        var value = snake.ToString();
        return weak.Any(char.IsLetter) && weak.Where(char.IsLetter).All(char.IsUpper) ? value.ToUpperInvariant() : value.ToLowerInvariant();
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty).ToLowerInvariant();
}
