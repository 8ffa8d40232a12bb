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
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using ResponsibleAI.Analyzers;
using ResponsibleAI.Analyzers.Rules;

namespace ResponsibleAI.CodeFixes;

/// <summary>
/// RAI1001/RAI1002 fix "Require consent from callers": marks the containing method or property [AiFeature("…")], so the
/// duty to check consent and opt-out moves to its callers (like CA1416's "add [SupportedOSPlatform]").
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequireAiFeatureCodeFixProvider)), Shared]
public sealed class RequireAiFeatureCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the action (one kind of action, so Fix All applies it everywhere).</summary>
    public const string EquivalenceKey = "ResponsibleAI.RequireAiFeature";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.ConsentNotChecked, RuleIdentifiers.OptOutNotChecked);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model?.Compilation.GetTypeByMetadataName("ResponsibleAI.AiFeatureAttribute") is null)
        {
            return; // the attributes package is not referenced: nothing to add
        }

        var diagnostic = context.Diagnostics[0];
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (SyntaxHelpers.FeatureTarget(node) is not { } target)
        {
            return;
        }

        var title = diagnostic.Id == RuleIdentifiers.ConsentNotChecked
            ? "Require consent from callers (add [AiFeature])"
            : "Require the opt-out lookup from callers (add [AiFeature])";
        context.RegisterCodeFix(
            CodeAction.Create(title, ct => AddAttributesAsync(context.Document, new[] { diagnostic }, ct), EquivalenceKey),
            diagnostic);
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        await AddAttributesAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);

    private static async Task<Document> AddAttributesAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        // One attribute per member, however many calls in it were reported.
        var targets = new Dictionary<MemberDeclarationSyntax, Diagnostic>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (SyntaxHelpers.FeatureTarget(node) is { } target && !targets.ContainsKey(target))
            {
                targets.Add(target, diagnostic);
            }
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var pair in targets)
        {
            var feature = DiagnosticFeature.Of(pair.Value, model.GetDeclaredSymbol(pair.Key, cancellationToken));
            editor.AddAttribute(pair.Key, CreateAttribute(feature.Id, feature.Capability));
        }

        return editor.GetChangedDocument();
    }

    private static AttributeListSyntax CreateAttribute(string id, string capability)
    {
        var arguments = SyntaxFactory.SeparatedList(new[]
        {
            SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id))),
            SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals("Capability"),
                null,
                SyntaxFactory.ParseExpression("global::ResponsibleAI.AiCapability." + capability).WithAdditionalAnnotations(Simplifier.Annotation)),
        });
        var attribute = SyntaxFactory.Attribute(
                SyntaxFactory.ParseName("global::ResponsibleAI.AiFeature").WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.AttributeArgumentList(arguments));
        return SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
    }

    /// <summary>A lower.dotted id from the type and member names: <c>LectureService.SummarizeAsync</c> → <c>lecture-service.summarize</c>.</summary>
    internal static string SuggestFeatureId(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return "ai.feature";
        }

        var member = symbol.Name.EndsWith("Async", System.StringComparison.Ordinal) && symbol.Name.Length > 5
            ? symbol.Name.Substring(0, symbol.Name.Length - 5)
            : symbol.Name;
        var type = symbol.ContainingType?.Name ?? "ai";
        return Kebab(type) + "." + Kebab(member);
    }

    private static string Kebab(string name)
    {
        var builder = new StringBuilder();
        foreach (var ch in name)
        {
            if (char.IsUpper(ch))
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != '-')
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(ch));
            }
            else if (char.IsLetterOrDigit(ch) && ch < 128)
            {
                builder.Append(ch);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        var text = builder.ToString().Trim('-');
        if (text.Length == 0 || !char.IsLetter(text[0]))
        {
            text = "ai" + (text.Length == 0 ? string.Empty : "-" + text);
        }

        return text;
    }
}
