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
/// The fixes of RAI1001 and RAI1002, in one provider so that every tool sees the same ordered actions (dotnet format
/// applies the first action of each provider that fixes an id). In order:
/// <list type="number">
/// <item>the preferred insertion, under one equivalence key whatever the guard: both guards when the call lacks both
/// ("Insert consent check and opt-out lookup"), else the missing one, with the guard a reviewer would pick (one that
/// throws, the two of one receiver). Its Fix All inserts, at every reported call, that call's own preferred guards, so
/// the result is the same whichever rule a bulk run fixes first;</item>
/// <item>the other guards reachable from the call, one action each;</item>
/// <item>"Require consent from callers" (<see cref="RequireAiFeatureFix"/>), where a caller can take the duty.</item>
/// </list>
/// Boolean guards become an early throw of AiConsentRequiredException / AiOptedOutException; throwing guards are called
/// (and awaited) as they are.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConsentAndOptOutCodeFixProvider)), Shared]
public sealed class ConsentAndOptOutCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the first action: the preferred guards of each call.</summary>
    public const string PreferredKey = "ResponsibleAI.InsertPreferredGuards";

    /// <summary>Equivalence key of "Require consent from callers".</summary>
    public const string RequireAiFeatureKey = "ResponsibleAI.RequireAiFeature";

    private const string KeyPrefix = "ResponsibleAI.InsertGuard:";
    private const string BothKeyPrefix = "ResponsibleAI.InsertGuards:";
    private const int MaxOffered = 3;
    private const int MaxPairsOffered = 2;

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
        if (root is null || model is null)
        {
            return;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var aiContext = await GuardCandidates.CreateContextAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
        var plan = new FeaturePlan();
        var preferred = aiContext is null ? null : Preferred(diagnostic, node, model, aiContext, plan, context.CancellationToken);
        var featureTarget = RequireAiFeatureFix.Target(node, model, context.CancellationToken);
        if (preferred is not null)
        {
            RegisterInsertions(context, diagnostic, node, model, aiContext!, plan, preferred);
        }

        if (featureTarget is not null)
        {
            // First when no guard is in reach: then it is what the first action's Fix All does at this call.
            context.RegisterCodeFix(RequireAiFeatureFix.Action(context.Document, diagnostic, preferred is null ? PreferredKey : RequireAiFeatureKey), diagnostic);
        }
    }

    private static void RegisterInsertions(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node, SemanticModel model, AiCompilationContext aiContext, FeaturePlan plan, GuardPair preferred)
    {
        var cancellationToken = context.CancellationToken;
        var consent = diagnostic.Id == RuleIdentifiers.ConsentNotChecked;
        var verb = consent ? "Insert consent check" : "Insert opt-out lookup";

        // Both guards missing: the actions that insert both are registered with the RAI1001 and RAI1002 of this call.
        var both = LacksBoth(diagnostic);
        var siblings = both
            ? context.Diagnostics.Where(d => d.Location.SourceSpan == diagnostic.Location.SourceSpan && d.Id is RuleIdentifiers.ConsentNotChecked or RuleIdentifiers.OptOutNotChecked).ToImmutableArray()
            : ImmutableArray.Create(diagnostic);
        var preferredTitle = (preferred.Second is not null || preferred.First.Guard.Fact == Facts.All ? "Insert consent check and opt-out lookup" : verb) + ": " + preferred.Title;
        context.RegisterCodeFix(CodeAction.Create(preferredTitle, ct => InsertAsync(context.Document, preferred.Fixes(diagnostic), plan, ct), PreferredKey), siblings);

        if (both)
        {
            foreach (var pair in Pairs(diagnostic, node, model, aiContext, plan, cancellationToken).Where(p => p.Title != preferred.Title).Take(MaxPairsOffered - 1))
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Insert consent check and opt-out lookup: {pair.Title}", ct => InsertAsync(context.Document, pair.Fixes(diagnostic), plan, ct), BothKeyPrefix + pair.Title),
                    siblings);
            }
        }

        foreach (var candidate in Candidates(diagnostic, node, model, aiContext, plan, cancellationToken).Where(c => both || c.Title != preferred.Title).Take(MaxOffered))
        {
            var key = KeyPrefix + diagnostic.Id + ":" + candidate.Title;
            context.RegisterCodeFix(
                CodeAction.Create($"{verb}: {candidate.Title}", ct => InsertAsync(context.Document, new[] { (diagnostic, candidate, consent) }, plan, ct), key),
                diagnostic);
        }
    }

    /// <summary>
    /// The members whose unguarded calls this provider's first action marks [AiFeature] (no guard in reach, a caller
    /// exists): their returns stop being RAI1003 once it runs, so a bulk RAI1003 fix leaves those returns to it, and the
    /// result does not depend on which rule a bulk run fixes first.
    /// </summary>
    internal static async Task<HashSet<MemberDeclarationSyntax>> MembersTheFirstActionMarksAsync(Document document, CancellationToken cancellationToken)
    {
        var members = new HashSet<MemberDeclarationSyntax>();
        var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var aiContext = await GuardCandidates.CreateContextAsync(document, cancellationToken).ConfigureAwait(false);
        if (compilation is null || root is null || model is null || aiContext is null)
        {
            return members;
        }

        var analyzer = Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerExtensions.WithAnalyzers(compilation,
            ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new ConsentAndOptOutAnalyzer()),
            document.Project.AnalyzerOptions);
        foreach (var diagnostic in await analyzer.GetAnalyzerSemanticDiagnosticsAsync(model, null, cancellationToken).ConfigureAwait(false))
        {
            if (diagnostic.Id is RuleIdentifiers.ConsentNotChecked or RuleIdentifiers.OptOutNotChecked && diagnostic.Location.SourceTree == root.SyntaxTree)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (Preferred(diagnostic, node, model, aiContext, new FeaturePlan(), cancellationToken) is null && RequireAiFeatureFix.Target(node, model, cancellationToken) is { } member)
                {
                    members.Add(member);
                }
            }
        }

        return members;
    }

    private static bool LacksBoth(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.MissingGuards, out var missing) && missing == DiagnosticProperties.BothGuardsMissing;

    /// <summary>
    /// What the first action inserts at the call: when it lacks both guards, the best pair (or one guard that checks
    /// both), else the best guard for the diagnostic's rule. The same for the call's RAI1001 and its RAI1002.
    /// </summary>
    private static GuardPair? Preferred(Diagnostic diagnostic, SyntaxNode node, SemanticModel model, AiCompilationContext aiContext, FeaturePlan plan, CancellationToken cancellationToken)
    {
        if (SyntaxHelpers.AnchorStatement(node) is null)
        {
            return null; // an expression body: no statement to insert before
        }

        if (LacksBoth(diagnostic) && Pairs(diagnostic, node, model, aiContext, plan, cancellationToken).FirstOrDefault() is { } pair)
        {
            return pair;
        }

        return Candidates(diagnostic, node, model, aiContext, plan, cancellationToken).FirstOrDefault() is { } single
            ? new GuardPair(single, null, diagnostic.Id == RuleIdentifiers.ConsentNotChecked)
            : null;
    }

    private static IEnumerable<GuardCandidate> Candidates(Diagnostic diagnostic, SyntaxNode node, SemanticModel model, AiCompilationContext aiContext, FeaturePlan plan, CancellationToken cancellationToken) =>
        Candidates(diagnostic.Id == RuleIdentifiers.ConsentNotChecked ? Facts.Consent : Facts.NotOptedOut, diagnostic, node, model, aiContext, plan, cancellationToken);

    private static IEnumerable<GuardCandidate> Candidates(Facts wanted, Diagnostic diagnostic, SyntaxNode node, SemanticModel model, AiCompilationContext aiContext, FeaturePlan plan, CancellationToken cancellationToken)
    {
        return GuardCandidates.Find(model, aiContext, node, wanted, SyntaxHelpers.IsInAsyncFunction(node), () => plan.Resolve(model, node, diagnostic, cancellationToken), cancellationToken)
            // Prefer the guard that throws (one line, no message to invent), then the shorter call.
            .OrderBy(static g => g.Guard.ReturnsBoolean)
            .ThenBy(static g => g.Invocation.Length);
    }

    /// <summary>
    /// The ways to insert both guards: one member that checks both (<c>[AiConsentGuard, AiOptOutGuard]</c>), else a
    /// consent guard and an opt-out guard, the two of one receiver first (<c>governance.EnsureConsentAsync</c> with
    /// <c>governance.EnsureNotOptedOutAsync</c>).
    /// </summary>
    private static IEnumerable<GuardPair> Pairs(Diagnostic diagnostic, SyntaxNode node, SemanticModel model, AiCompilationContext aiContext, FeaturePlan plan, CancellationToken cancellationToken)
    {
        var guards = Candidates(Facts.All, diagnostic, node, model, aiContext, plan, cancellationToken).ToList();
        var pairs = new List<GuardPair>();
        foreach (var both in guards.Where(static g => g.Guard.Fact == Facts.All && !g.Guard.ReturnsBoolean))
        {
            pairs.Add(new GuardPair(both, null, Consent: true));
        }

        foreach (var first in guards.Where(static g => g.Guard.Fact == Facts.Consent))
        {
            foreach (var second in guards.Where(static g => g.Guard.Fact == Facts.NotOptedOut))
            {
                pairs.Add(new GuardPair(first, second, Consent: true));
            }
        }

        return pairs
            .OrderBy(static p => p.Second is null ? 0 : 1)
            .ThenBy(static p => p.SameReceiver ? 0 : 1)
            .ThenBy(static p => p.First.Guard.ReturnsBoolean || p.Second?.Guard.ReturnsBoolean == true ? 1 : 0)
            .ThenBy(static p => p.Title.Length)
            .ThenBy(static p => p.Title, System.StringComparer.Ordinal);
    }

    /// <summary>
    /// A consent guard and an opt-out guard inserted together; with <see cref="Second"/> null, one guard: one that checks
    /// both, or the guard of one rule (<see cref="Consent"/> says which, for a boolean guard's message).
    /// </summary>
    private sealed record GuardPair(GuardCandidate First, GuardCandidate? Second, bool Consent)
    {
        public string Title => Second is null ? First.Title : First.Title + ", " + Second.Title;

        public bool SameReceiver => Second is not null && Receiver(First.Title) == Receiver(Second.Title);

        /// <summary>The fixes to apply at <paramref name="diagnostic"/>'s call: consent first, then the opt-out lookup.</summary>
        public IEnumerable<(Diagnostic, GuardCandidate, bool Consent)> Fixes(Diagnostic diagnostic) =>
            Second is null ? new[] { (diagnostic, First, Consent) } : new[] { (diagnostic, First, true), (diagnostic, Second, false) };

        private static string Receiver(string title) => title.LastIndexOf('.') is var dot and > 0 ? title.Substring(0, dot) : string.Empty;
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        if (context.CodeActionEquivalenceKey is RequireAiFeatureKey)
        {
            return await RequireAiFeatureFix.AddAttributesAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);
        }

        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var aiContext = await GuardCandidates.CreateContextAsync(document, context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || aiContext is null)
        {
            return document;
        }

        // No key (dotnet format, when the first diagnostic it looks at has no fix) means the first action.
        var key = context.CodeActionEquivalenceKey ?? PreferredKey;
        var plan = new FeaturePlan();

        var fixes = new List<(Diagnostic, GuardCandidate, bool)>();
        var fixedCalls = new HashSet<Microsoft.CodeAnalysis.Text.TextSpan>();
        var features = new List<Diagnostic>();
        if (key == PreferredKey)
        {
            // Each call's own first action: its preferred guards, else [AiFeature] on its member. A call's RAI1001 and
            // RAI1002 give one insertion, so the result does not depend on which rule a bulk run fixes first.
            foreach (var diagnostic in diagnostics.OrderBy(static d => d.Location.SourceSpan.Start).ThenBy(static d => d.Id, System.StringComparer.Ordinal))
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (Preferred(diagnostic, node, model, aiContext, plan, context.CancellationToken) is { } preferred)
                {
                    if (!LacksBoth(diagnostic) || fixedCalls.Add(diagnostic.Location.SourceSpan))
                    {
                        fixes.AddRange(preferred.Fixes(diagnostic));
                    }
                }
                else
                {
                    features.Add(diagnostic);
                }
            }
        }
        else if (key.StartsWith(BothKeyPrefix, System.StringComparison.Ordinal))
        {
            // Both guards, the pair chosen, at every call that lacks both (its RAI1001 and RAI1002 give one insertion).
            var chosenPair = key.Substring(BothKeyPrefix.Length);
            foreach (var diagnostic in diagnostics.Where(LacksBoth))
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (fixedCalls.Add(diagnostic.Location.SourceSpan)
                    && Pairs(diagnostic, node, model, aiContext, plan, context.CancellationToken).FirstOrDefault(p => p.Title == chosenPair) is { } pair)
                {
                    fixes.AddRange(pair.Fixes(diagnostic));
                }
            }
        }
        else if (key.StartsWith(KeyPrefix, System.StringComparison.Ordinal))
        {
            // The key names the rule and the guard chosen; apply the same guard wherever it is reachable.
            var chosen = key.Substring(KeyPrefix.Length);
            foreach (var diagnostic in diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var candidate = Candidates(diagnostic, node, model, aiContext, plan, context.CancellationToken)
                    .FirstOrDefault(g => diagnostic.Id + ":" + g.Title == chosen);
                if (candidate is not null)
                {
                    fixes.Add((diagnostic, candidate, diagnostic.Id == RuleIdentifiers.ConsentNotChecked));
                }
            }
        }

        return await InsertAsync(document, fixes, plan, context.CancellationToken, features).ConfigureAwait(false);
    }

    private static async Task<Document> InsertAsync(Document document, IEnumerable<(Diagnostic Diagnostic, GuardCandidate Guard, bool Consent)> fixes, FeaturePlan plan, CancellationToken cancellationToken, IReadOnlyCollection<Diagnostic>? features = null)
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
        foreach (var (diagnostic, guard, consent) in fixes.OrderBy(f => f.Diagnostic.Location.SourceSpan.Start).ThenBy(f => f.Consent ? 0 : 1))
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

            var statement = CreateGuardStatement(guard, consent, haveRuntimeTypes, EndOfLine(anchor));
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

        if (features is { Count: > 0 })
        {
            RequireAiFeatureFix.AddAttributes(editor, features, cancellationToken);
        }

        plan.AddFields(editor, inserted.Select(static i => i.Guard));

        foreach (var pair in wrapped)
        {
            var block = SyntaxFactory.Block(pair.Value.Concat(new[] { pair.Key.WithoutTrivia().WithTrailingTrivia(EndOfLine(pair.Key)) }))
                .WithLeadingTrivia(pair.Key.GetLeadingTrivia())
                .WithTrailingTrivia(pair.Key.GetTrailingTrivia())
                .WithAdditionalAnnotations(Formatter.Annotation);
            editor.ReplaceNode(pair.Key, block);
        }

        return await SyntaxHelpers.AddImportsAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
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
