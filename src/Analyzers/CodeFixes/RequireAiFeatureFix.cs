using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using ResponsibleAI.Analyzers;
using ResponsibleAI.Analyzers.Rules;

namespace ResponsibleAI.CodeFixes;

/// <summary>
/// "Require consent from callers": marks the member that makes the call [AiFeature("…")], so the duty to check consent
/// and look up the opt-out moves to its callers (like CA1416's "add [SupportedOSPlatform]"). Offered only where there is
/// a caller to take the duty: not for a call in a lambda or a local function (an endpoint handler, a callback), in a
/// program's entry point or top-level statements, nor in a member the framework calls per request (a controller action,
/// a Razor page handler, a SignalR hub method, a Blazor component).
/// </summary>
internal static class RequireAiFeatureFix
{
    /// <summary>The member that would carry the attribute, or null when the fix is not offered at <paramref name="node"/>.</summary>
    public static MemberDeclarationSyntax? Target(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.Compilation.GetTypeByMetadataName("ResponsibleAI.AiFeatureAttribute") is null
            || SyntaxHelpers.FeatureTarget(node) is not { } target)
        {
            return null; // no attributes package to use, or no member to mark
        }

        return model.GetDeclaredSymbol(target, cancellationToken) is { } member && IsRequestEntryPoint(member, model.Compilation, cancellationToken) ? null : target;
    }

    private static bool IsRequestEntryPoint(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is IMethodSymbol { Name: "Main", IsStatic: true } method
            && SymbolEqualityComparer.Default.Equals(compilation.GetEntryPoint(cancellationToken), method))
        {
            return true;
        }

        if (member.GetAttributes().Any(static a => a.AttributeClass?.Name is { } name
            && (name.StartsWith("Http", System.StringComparison.Ordinal) || name is "RouteAttribute" or "HubMethodNameAttribute")))
        {
            return true;
        }

        for (var type = member.ContainingType; type is not null; type = type.BaseType)
        {
            if (type.Name is "ControllerBase" or "PageModel" or "Hub" or "ComponentBase"
                && type.ContainingNamespace?.ToDisplayString() is { } ns && ns.StartsWith("Microsoft.AspNetCore", System.StringComparison.Ordinal))
            {
                return member.DeclaredAccessibility == Accessibility.Public;
            }
        }

        return false;
    }

    public static CodeAction Action(Document document, Diagnostic diagnostic, string equivalenceKey)
    {
        var title = diagnostic.Id switch
        {
            RuleIdentifiers.ConsentNotChecked => "Require consent from callers (add [AiFeature])",
            RuleIdentifiers.OptOutNotChecked => "Require the opt-out lookup from callers (add [AiFeature])",
            _ => "Declare the AI feature (add [AiFeature])",
        };
        return CodeAction.Create(title, ct => AddAttributesAsync(document, new[] { diagnostic }, ct), equivalenceKey);
    }

    public static async Task<Document> AddAttributesAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        AddAttributes(editor, diagnostics, cancellationToken);
        return await SyntaxHelpers.AddImportsAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One [AiFeature] per member that a diagnostic's call is in, however many calls in it were reported.</summary>
    public static void AddAttributes(DocumentEditor editor, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = editor.OriginalRoot;
        var model = editor.SemanticModel;
        var targets = new Dictionary<MemberDeclarationSyntax, Diagnostic>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (Target(node, model, cancellationToken) is { } target && !targets.ContainsKey(target))
            {
                targets.Add(target, diagnostic);
            }
        }

        foreach (var pair in targets)
        {
            var member = model.GetDeclaredSymbol(pair.Key, cancellationToken);
            var feature = DiagnosticFeature.Of(pair.Value, member);
            var node = root.FindNode(pair.Value.Location.SourceSpan, getInnermostNodeForTie: true);
            editor.AddAttribute(pair.Key, CreateAttribute(FeaturePlan.IdFor(model, node, pair.Value, member, cancellationToken), feature.Capability));
        }
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
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if (char.IsUpper(ch))
            {
                // A word starts at an upper-case letter after a lower-case one or a digit, or at the last capital of an
                // acronym that a word follows: HTTPHandler → http-handler, GetAIResponse → get-ai-response.
                var previous = i > 0 ? name[i - 1] : '\0';
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                var startsWord = char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next));
                if (startsWord && builder.Length > 0 && builder[builder.Length - 1] != '-')
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
