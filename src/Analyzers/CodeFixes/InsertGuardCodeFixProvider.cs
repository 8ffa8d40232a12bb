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
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ResponsibleAI.Analyzers;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Rules;

namespace ResponsibleAI.CodeFixes;

/// <summary>
/// RAI1001 "Insert consent check" / RAI1002 "Insert opt-out lookup": inserts a call to a guard reachable from the
/// reported spot before the statement that makes the AI call. Boolean guards become an early throw of
/// AiConsentRequiredException / AiOptedOutException; throwing guards are called (and awaited) as they are.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsertGuardCodeFixProvider)), Shared]
public sealed class InsertGuardCodeFixProvider : CodeFixProvider
{
    private const string KeyPrefix = "ResponsibleAI.InsertGuard:";
    private const int MaxOffered = 3;

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.ConsentNotChecked, RuleIdentifiers.OptOutNotChecked);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var aiContext = await GuardCandidates.CreateContextAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || aiContext is null)
        {
            return;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (SyntaxHelpers.AnchorStatement(node) is null)
        {
            return;
        }

        foreach (var candidate in Candidates(diagnostic, node, model, aiContext, context.CancellationToken).Take(MaxOffered))
        {
            var verb = diagnostic.Id == RuleIdentifiers.ConsentNotChecked ? "Insert consent check" : "Insert opt-out lookup";
            var key = KeyPrefix + diagnostic.Id + ":" + candidate.Title;
            context.RegisterCodeFix(
                CodeAction.Create($"{verb}: {candidate.Title}", ct => InsertAsync(context.Document, new[] { (diagnostic, candidate) }, ct), key),
                diagnostic);
        }
    }

    private static IEnumerable<GuardCandidate> Candidates(Diagnostic diagnostic, SyntaxNode node, SemanticModel model, AiCompilationContext aiContext, CancellationToken cancellationToken)
    {
        var wanted = diagnostic.Id == RuleIdentifiers.ConsentNotChecked ? Facts.Consent : Facts.NotOptedOut;
        var feature = DiagnosticFeature.Of(diagnostic, model.GetEnclosingSymbol(node.SpanStart, cancellationToken));
        return GuardCandidates.Find(model, aiContext, node, wanted, SyntaxHelpers.IsInAsyncFunction(node), feature.Id, feature.Capability, cancellationToken)
            // Prefer the guard that throws (one line, no message to invent), then the shorter call.
            .OrderBy(static g => g.Guard.ReturnsBoolean)
            .ThenBy(static g => g.Invocation.Length);
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var aiContext = await GuardCandidates.CreateContextAsync(document, context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || aiContext is null || context.CodeActionEquivalenceKey is not { } key || !key.StartsWith(KeyPrefix, System.StringComparison.Ordinal))
        {
            return document;
        }

        // The key names the rule and the guard chosen; apply the same guard wherever it is reachable.
        var chosen = key.Substring(KeyPrefix.Length);
        var fixes = new List<(Diagnostic, GuardCandidate)>();
        foreach (var diagnostic in diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var candidate = Candidates(diagnostic, node, model, aiContext, context.CancellationToken)
                .FirstOrDefault(g => diagnostic.Id + ":" + g.Title == chosen);
            if (candidate is not null)
            {
                fixes.Add((diagnostic, candidate));
            }
        }

        return await InsertAsync(document, fixes, context.CancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> InsertAsync(Document document, IEnumerable<(Diagnostic Diagnostic, GuardCandidate Guard)> fixes, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var haveRuntimeTypes = editor.SemanticModel.Compilation.GetTypeByMetadataName("ResponsibleAI.AiConsentRequiredException") is not null;
        var inserted = new List<(StatementSyntax Anchor, string Guard)>();
        var wrapped = new Dictionary<StatementSyntax, List<StatementSyntax>>();
        foreach (var (diagnostic, guard) in fixes.OrderBy(f => f.Diagnostic.Location.SourceSpan.Start))
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (SyntaxHelpers.AnchorStatement(node) is not { } anchor)
            {
                continue;
            }

            // One guard covers every later call in the same block (Fix All over a method inserts it once).
            if (inserted.Any(i => i.Guard == guard.Invocation && i.Anchor.Parent is { } block && block.Span.Contains(anchor.Span) && i.Anchor.SpanStart <= anchor.SpanStart))
            {
                continue;
            }

            var statement = CreateGuardStatement(guard, diagnostic.Id == RuleIdentifiers.ConsentNotChecked, haveRuntimeTypes, EndOfLine(anchor));
            inserted.Add((anchor, guard.Invocation));
            if (SyntaxHelpers.NeedsBlock(anchor))
            {
                if (!wrapped.TryGetValue(anchor, out var list))
                {
                    wrapped[anchor] = list = new List<StatementSyntax>();
                }

                list.Add(statement);
            }
            else
            {
                editor.InsertBefore(anchor, statement);
            }
        }

        foreach (var pair in wrapped)
        {
            var block = SyntaxFactory.Block(pair.Value.Concat(new[] { pair.Key.WithoutTrivia().WithTrailingTrivia(EndOfLine(pair.Key)) }))
                .WithLeadingTrivia(pair.Key.GetLeadingTrivia())
                .WithTrailingTrivia(pair.Key.GetTrailingTrivia())
                .WithAdditionalAnnotations(Formatter.Annotation);
            editor.ReplaceNode(pair.Key, block);
        }

        return editor.GetChangedDocument();
    }

    private static StatementSyntax CreateGuardStatement(GuardCandidate guard, bool consent, bool haveRuntimeTypes, SyntaxTrivia endOfLine)
    {
        var call = guard.Awaitable ? "await " + guard.Invocation : guard.Invocation;
        if (!guard.Guard.ReturnsBoolean)
        {
            return Finish(SyntaxFactory.ParseStatement(call + ";"), endOfLine);
        }

        var condition = consent ? "!" + call : call;
        var message = consent
            ? "\"Consent is required before this AI feature may process the subject's data.\""
            : "\"The subject has opted out of this AI feature.\"";
        var type = !haveRuntimeTypes ? "global::System.InvalidOperationException"
            : consent ? "global::ResponsibleAI.AiConsentRequiredException" : "global::ResponsibleAI.AiOptedOutException";
        var exception = type + "(" + message + ")";
        return Finish(SyntaxFactory.ParseStatement($"if ({condition}) throw new {exception};"), endOfLine);
    }

    /// <summary>The line ending the document uses after <paramref name="statement"/> (LF or CRLF), elastic if none.</summary>
    private static SyntaxTrivia EndOfLine(StatementSyntax statement)
    {
        foreach (var trivia in statement.GetTrailingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.ElasticCarriageReturnLineFeed;
    }

    /// <summary>Simplifiable global:: names, elastic trivia for the formatter.</summary>
    private static StatementSyntax Finish(StatementSyntax statement, SyntaxTrivia endOfLine)
    {
        statement = SyntaxHelpers.SimplifyNames(statement);
        return statement
            .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
            .WithTrailingTrivia(endOfLine)
            .WithAdditionalAnnotations(Formatter.Annotation);
    }
}
