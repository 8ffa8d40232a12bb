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
using ResponsibleAI.Analyzers.Analysis;

namespace ResponsibleAI.CodeFixes;

/// <summary>
/// RAI1004 fix "Route through a human review": replaces the value with a call of a reachable [HumanReview] member
/// (or one named by a 'human-review' line) that takes it and returns what the target expects; awaited where needed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RouteThroughReviewCodeFixProvider)), Shared]
public sealed class RouteThroughReviewCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the first action: each value through the first review in its reach.</summary>
    public const string PreferredKey = "ResponsibleAI.RouteThroughReview";

    private const string KeyPrefix = "ResponsibleAI.RouteThroughReview:";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.OutputNotReviewed);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
    {
        // No key (dotnet format, when the first diagnostic it looks at has no fix) means the first action.
        var key = context.CodeActionEquivalenceKey ?? PreferredKey;
        return key == PreferredKey ? await RouteAsync(document, diagnostics, null, context.CancellationToken).ConfigureAwait(false)
            : key.StartsWith(KeyPrefix, System.StringComparison.Ordinal) ? await RouteAsync(document, diagnostics, key.Substring(KeyPrefix.Length), context.CancellationToken).ConfigureAwait(false)
            : document;
    });

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var aiContext = await GuardCandidates.CreateContextAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root is null || model is null || aiContext is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
        {
            return;
        }

        // The first review under one key whatever its name, so that Fix All and dotnet format give each value its own first choice.
        var first = true;
        foreach (var review in Reviews(model, aiContext, value, context.CancellationToken).Take(3))
        {
            context.RegisterCodeFix(
                CodeAction.Create($"Route through a human review: {review.Title}", ct => RouteAsync(context.Document, new[] { diagnostic }, review.Title, ct), first ? PreferredKey : KeyPrefix + review.Title),
                diagnostic);
            first = false;
        }
    }

    private sealed record Review(string Title, string Receiver, IMethodSymbol Method, bool Await);

    private static IEnumerable<Review> Reviews(SemanticModel model, AiCompilationContext aiContext, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        var info = model.GetTypeInfo(value, cancellationToken);
        if (info.Type is not { } valueType || info.ConvertedType is not { } targetType)
        {
            yield break;
        }

        var canAwait = SyntaxHelpers.IsInAsyncFunction(value);
        var seen = new HashSet<string>();
        foreach (var (receiver, method) in GuardCandidates.ReachableMethods(model, value, cancellationToken))
        {
            if (!aiContext.IsHumanReview(method) || method.IsGenericMethod || method.Parameters.Length == 0
                || method.Parameters.Skip(1).Any(p => !p.IsOptional)
                || !model.Compilation.ClassifyConversion(valueType, method.Parameters[0].Type).IsImplicit)
            {
                continue;
            }

            var result = method.ReturnType;
            var awaitIt = aiContext.IsAwaitable(result);
            if (awaitIt)
            {
                if (!canAwait || result is not INamedTypeSymbol { TypeArguments.Length: 1 } task)
                {
                    continue;
                }

                result = task.TypeArguments[0];
            }

            if (!model.Compilation.ClassifyConversion(result, targetType).IsImplicit)
            {
                continue;
            }

            var title = (receiver is null ? string.Empty : receiver.Replace("global::", string.Empty) + ".") + method.Name;
            if (seen.Add(title))
            {
                yield return new Review(title, receiver ?? string.Empty, method, awaitIt);
            }
        }
    }

    /// <param name="title">The review to use; null for each value's first.</param>
    private static async Task<Document> RouteAsync(Document document, IEnumerable<Diagnostic> diagnostics, string? title, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var aiContext = await GuardCandidates.CreateContextAsync(document, cancellationToken).ConfigureAwait(false);
        if (aiContext is null)
        {
            return document;
        }

        foreach (var diagnostic in diagnostics)
        {
            if (editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || Reviews(editor.SemanticModel, aiContext, value, cancellationToken).FirstOrDefault(r => title is null || r.Title == title) is not { } review)
            {
                continue;
            }

            var callee = review.Receiver.Length == 0 ? review.Method.Name : review.Receiver + "." + review.Method.Name;
            ExpressionSyntax call = SyntaxFactory.InvocationExpression(
                SyntaxHelpers.SimplifyNames(SyntaxFactory.ParseExpression(callee)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))));
            if (review.Await)
            {
                call = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.AwaitExpression(call)).WithAdditionalAnnotations(Simplifier.Annotation);
            }

            editor.ReplaceNode(value, call.WithTriviaFrom(value));
        }

        return await SyntaxHelpers.AddImportsAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }
}
