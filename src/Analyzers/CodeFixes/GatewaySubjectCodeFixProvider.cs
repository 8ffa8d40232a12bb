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
using ResponsibleAI.Analyzers.Gateways;
using ResponsibleAI.Analyzers.Rules;

namespace ResponsibleAI.CodeFixes;

/// <summary>
/// RAI3005 fix "Add an AiSubject parameter": inserts <c>AiSubject subject</c> as the first parameter (after <c>this</c> of
/// an extension method) of the gateway, of its implementing part when one is written in source, and of the
/// implementation method. Callers of the gateway are not updated. Offered only when the gateway has no AiSubject
/// parameter (two are ambiguous: the user picks).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GatewaySubjectCodeFixProvider)), Shared]
public sealed class GatewaySubjectCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the action.</summary>
    public const string EquivalenceKey = "ResponsibleAI.GatewaySubject";

    private const string Title = "Add an AiSubject parameter";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.GatewaySubjectMissing);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => SolutionFixAllProvider.Instance;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!IsMissing(diagnostic))
        {
            return;
        }

        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (model?.Compilation.GetTypeByMetadataName("ResponsibleAI.AiSubject") is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, ct => AddSubjectAsync(context.Document.Project.Solution, new[] { diagnostic }, ct), EquivalenceKey),
            diagnostic);
    }

    private static bool IsMissing(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.SubjectCount, out var count) && count == "0";

    private static async Task<Solution> AddSubjectAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        // Every method declaration to edit, once, with the parameter name chosen for its gateway.
        var edits = new Dictionary<MethodDeclarationSyntax, string>();
        foreach (var diagnostic in diagnostics.Where(IsMissing))
        {
            if (diagnostic.Location.SourceTree is not { } tree || solution.GetDocument(tree) is not { } document)
            {
                continue;
            }

            var root = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } declaration
                || model?.GetDeclaredSymbol(declaration, cancellationToken) is not { } gateway)
            {
                continue;
            }

            var name = ParameterName(gateway);
            foreach (var method in MethodsToEdit(gateway, diagnostic, model.Compilation))
            {
                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is MethodDeclarationSyntax syntax && !edits.ContainsKey(syntax))
                    {
                        edits.Add(syntax, name);
                    }
                }
            }

            if (!edits.ContainsKey(declaration))
            {
                edits.Add(declaration, name);
            }
        }

        var editor = new SolutionEditor(solution);
        foreach (var edit in edits)
        {
            if (solution.GetDocument(edit.Key.SyntaxTree) is not { } document)
            {
                continue;
            }

            var documentEditor = await editor.GetDocumentEditorAsync(document.Id, cancellationToken).ConfigureAwait(false);
            var name = edit.Value;
            documentEditor.ReplaceNode(edit.Key, (node, _) => AddParameter((MethodDeclarationSyntax)node, name));
        }

        return editor.GetChangedSolution();
    }

    /// <summary>The gateway (both parts of a partial method) and the implementation method(s) it names.</summary>
    private static IEnumerable<IMethodSymbol> MethodsToEdit(IMethodSymbol gateway, Diagnostic diagnostic, Compilation compilation)
    {
        yield return gateway;
        if (gateway.PartialImplementationPart is { } implementingPart)
        {
            yield return implementingPart;
        }

        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Implementation, out var implementation) || implementation is null)
        {
            yield break;
        }

        // The method that would match once the subject is added: same parameter count as the gateway now, no AiSubject
        // yet. With one method of that name, that one.
        var subject = compilation.GetTypeByMetadataName("ResponsibleAI.AiSubject");
        var candidates = GatewayShape.ImplementationCandidates(gateway, implementation)
            .Where(m => !m.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, subject)))
            .ToList();
        var sameCount = candidates.Where(m => m.Parameters.Length == gateway.Parameters.Length).ToList();
        var chosen = sameCount.Count == 1 ? sameCount : candidates.Count == 1 ? candidates : new List<IMethodSymbol>();
        foreach (var method in chosen)
        {
            yield return method;
            if (method.PartialImplementationPart is { } part)
            {
                yield return part;
            }
        }
    }

    /// <summary><c>subject</c>, unless a parameter of the gateway already has that name.</summary>
    private static string ParameterName(IMethodSymbol gateway)
    {
        var taken = new HashSet<string>(gateway.Parameters.Select(p => p.Name));
        var name = "subject";
        for (var i = 2; taken.Contains(name); i++)
        {
            name = "subject" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static MethodDeclarationSyntax AddParameter(MethodDeclarationSyntax method, string name)
    {
        var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name))
            .WithType(SyntaxFactory.ParseTypeName("global::ResponsibleAI.AiSubject").WithAdditionalAnnotations(Simplifier.Annotation).WithTrailingTrivia(SyntaxFactory.Space));
        var parameters = method.ParameterList.Parameters;
        var nodes = parameters.ToList();
        var separators = parameters.GetSeparators().ToList();
        var index = nodes.Count > 0 && nodes[0].Modifiers.Any(SyntaxKind.ThisKeyword) ? 1 : 0;

        // Same layout as the list has: the displaced parameter's indentation, the first separator's line break or space.
        if (index < nodes.Count)
        {
            parameter = parameter.WithLeadingTrivia(nodes[index].GetLeadingTrivia());
        }

        var separator = SyntaxFactory.Token(SyntaxKind.CommaToken)
            .WithTrailingTrivia(separators.Count > 0 ? separators[0].TrailingTrivia : SyntaxFactory.TriviaList(SyntaxFactory.Space));
        nodes.Insert(index, parameter);
        if (nodes.Count > 1)
        {
            separators.Insert(System.Math.Min(index, separators.Count), separator);
        }

        return method.WithParameterList(method.ParameterList.WithParameters(SyntaxFactory.SeparatedList(nodes, separators)));
    }

    /// <summary>Fix All over a document, project or solution: one solution edit, so implementation methods in other files are updated too.</summary>
    private sealed class SolutionFixAllProvider : FixAllProvider
    {
        public static readonly SolutionFixAllProvider Instance = new();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var diagnostics = new List<Diagnostic>();
            switch (fixAllContext.Scope)
            {
                case FixAllScope.Document when fixAllContext.Document is not null:
                    diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false));
                    break;
                case FixAllScope.Project:
                    diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                    break;
                case FixAllScope.Solution:
                    foreach (var project in fixAllContext.Solution.Projects)
                    {
                        diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                    }

                    break;
            }

            return diagnostics.Count == 0
                ? null
                : CodeAction.Create(Title, ct => AddSubjectAsync(fixAllContext.Solution, diagnostics, ct), EquivalenceKey);
        }
    }
}
