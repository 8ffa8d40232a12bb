using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibleAI.Analyzers;

namespace ResponsibleAI.CodeFixes;

/// <summary>
/// RAI1005 fix "Declare the AI feature (add [AiFeature])": the member that makes the call gets
/// <c>[AiFeature("type-name.member-name", Capability = …)]</c>, so the registry lists it (and its callers take the consent
/// and opt-out duty, as for RAI1001's "Require consent from callers"). Offered where that fix is: not in a lambda, a local
/// function, an entry point or a per-request framework member. Fix All marks each member once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InventoryCodeFixProvider)), Shared]
public sealed class InventoryCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the action.</summary>
    public const string EquivalenceKey = "ResponsibleAI.DeclareAiFeature";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.AiUseNotInInventory);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        static async (context, document, diagnostics) => await RequireAiFeatureFix.AddAttributesAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null
            || RequireAiFeatureFix.Target(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), model, context.CancellationToken) is null)
        {
            return;
        }

        context.RegisterCodeFix(RequireAiFeatureFix.Action(context.Document, diagnostic, EquivalenceKey), diagnostic);
    }
}
